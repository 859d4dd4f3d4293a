/**
 * poll() across processes, per service, over fake clients: each step's checkpoint goes through JSON to a new kit (as
 * to another machine), resumes, and the next poll continues the attempt count and the backoff.
 */
import type { DatabaseMigrationServiceClient } from '@aws-sdk/client-database-migration-service';
import type { MgnClient } from '@aws-sdk/client-mgn';
import type { MigrationHubClient } from '@aws-sdk/client-migration-hub';
import { describe, expect, it } from 'vitest';
import { CheckpointError, MigrationKit, type Checkpoint, type MigrationKitClients, type ResumableHandle } from '../src/index.js';
import type { DiscoveryClientLike } from '../src/discovery/index.js';
import { FakeClock } from './support/fake-clock.js';

const IMPORT_TASK = `import-task-${'a'.repeat(32)}`;
const MGN_IMPORT = 'import-0123456789abcdefg';
const RUN = 'arn:aws:dms:us-west-2:111122223333:assessment-run:RUN';
const T0 = Date.UTC(2026, 10, 30, 12);

/** Every service's answer for the handle, from the status `statusAt(step)` of the step being answered. */
function clients(status: () => { discovery: string; mgn: string; hub: string; dms: string }): MigrationKitClients {
  const answer = (name: string) => {
    const s = status();
    switch (name) {
      case 'DescribeImportTasksCommand':
        return { tasks: [{ importTaskId: IMPORT_TASK, status: s.discovery }] };
      case 'ListImportsCommand':
        return { items: [{ importID: MGN_IMPORT, status: s.mgn }] };
      case 'DescribeMigrationTaskCommand':
        return { MigrationTask: { ProgressUpdateStream: 'tool', MigrationTaskName: 'vm-1', Task: { Status: s.hub }, UpdateDateTime: new Date(T0) } };
      case 'DescribeReplicationTaskAssessmentRunsCommand':
        return { ReplicationTaskAssessmentRuns: [{ ReplicationTaskAssessmentRunArn: RUN, Status: s.dms }] };
      default:
        throw new Error(`unexpected ${name}`);
    }
  };
  const send = async (command: object) => answer(command.constructor.name);
  return {
    discovery: { send } as DiscoveryClientLike,
    mgn: { send } as unknown as MgnClient,
    hub: { send } as unknown as MigrationHubClient,
    dms: { send } as unknown as DatabaseMigrationServiceClient,
  };
}

const RUNNING = { discovery: 'IMPORT_IN_PROGRESS', mgn: 'STARTED', hub: 'IN_PROGRESS', dms: 'running' };
const FINISHED = { discovery: 'IMPORT_COMPLETE', mgn: 'SUCCEEDED', hub: 'COMPLETED', dms: 'passed' };

/** A new kit, as a new process would build, whose clients answer `status()`. */
function newKit(status: () => typeof RUNNING, clock = new FakeClock()): MigrationKit {
  return new MigrationKit({ clients: clients(status), hub: { clock } });
}

const handles: Record<string, (kit: MigrationKit) => ResumableHandle> = {
  discovery: (kit) => kit.discovery.importTask(IMPORT_TASK),
  mgn: (kit) => kit.mgn.import(MGN_IMPORT),
  'migration-hub': (kit) => kit.hub.migrationTask('tool', 'vm-1'),
  dms: (kit) => kit.dms.assessmentRun(RUN),
};

describe.each(Object.entries(handles))('%s: poll() step by step, each step in a new kit', (service, handleOf) => {
  it('carries the attempt count in the checkpoint and continues the backoff from the service defaults to the end', async () => {
    let status = RUNNING;
    const steps: { attempt: number | undefined; nextPollInMs: number | undefined; done: boolean }[] = [];
    let result = await handleOf(newKit(() => status)).poll({ random: () => 1 });
    for (let step = 2; ; step++) {
      steps.push({ attempt: result.checkpoint.poll?.attempt, nextPollInMs: result.nextPollInMs, done: result.done });
      if (result.done) break;
      if (step === 5) status = FINISHED;
      const json = JSON.stringify(result.checkpoint);
      expect(json).not.toMatch(/secret|credential|token/i);
      result = await newKit(() => status).resume(json).poll({ random: () => 1 });
    }
    // Every service polls from 5 s; the ceiling doubles per attempt (random() = 1 picks the ceiling).
    expect(steps).toEqual([
      { attempt: 1, nextPollInMs: 5_000, done: false },
      { attempt: 2, nextPollInMs: 10_000, done: false },
      { attempt: 3, nextPollInMs: 20_000, done: false },
      { attempt: 4, nextPollInMs: service === 'mgn' || service === 'dms' ? 30_000 : 40_000, done: false },
      { attempt: 5, nextPollInMs: undefined, done: true },
    ]);
    expect(result.status.kind).toBe('succeeded');
    expect(result.checkpoint).toMatchObject({ v: 1, service, status: { kind: 'succeeded' }, poll: { attempt: 5 } });
  });

  it('resumes a checkpoint written before poll() existed (no poll field) from the first attempt', async () => {
    const old = { ...handleOf(newKit(() => RUNNING)).toJSON() } as Record<string, unknown>;
    delete old['poll'];
    const result = await newKit(() => RUNNING).resume(old as unknown as Checkpoint).poll({ random: () => 1 });
    expect(result).toMatchObject({ done: false, nextPollInMs: 5_000, checkpoint: { poll: { attempt: 1 } } });
  });

  it.each([{ attempt: 0 }, { attempt: 1.5 }, { attempt: '2' }, 3])('refuses a checkpoint whose poll is %j with CheckpointError', (poll) => {
    const checkpoint = { ...handleOf(newKit(() => RUNNING)).toJSON(), poll };
    expect(() => newKit(() => RUNNING).resume(JSON.stringify(checkpoint))).toThrow(CheckpointError);
  });
});

describe('Migration Hub staleness across processes', () => {
  it('keeps nextUpdateSeconds in the checkpoint, so the resumed handle judges staleness on its next poll', async () => {
    const clock = new FakeClock();
    clock.time = T0 + 120_000;
    const first = newKit(() => RUNNING, clock).hub.migrationTask('tool', 'vm-1', { nextUpdateSeconds: 60 });
    const step = await first.poll();
    expect(first.stale).toBe(true);
    expect(step.checkpoint).toMatchObject({ nextUpdateSeconds: 60, status: { kind: 'running', raw: 'IN_PROGRESS' }, poll: { attempt: 1 } });

    const resumed = newKit(() => RUNNING, clock).hub.resume(JSON.stringify(step.checkpoint));
    expect(resumed.nextUpdateSeconds).toBe(60);
    expect(resumed.status).toEqual({ kind: 'running', raw: 'IN_PROGRESS' }); // the checkpoint's, until refreshed
    expect(resumed.stale).toBeUndefined(); // not observed in this process yet
    await resumed.poll();
    expect(resumed.stale).toBe(true);
    // An interval given to resume() wins over the checkpoint's.
    expect(newKit(() => RUNNING, clock).hub.resume(step.checkpoint, { nextUpdateSeconds: 600 }).nextUpdateSeconds).toBe(600);
  });

  it('says unknown, not false, when the promised interval is not known', async () => {
    const clock = new FakeClock();
    clock.time = T0 + 3_600_000;
    const task = newKit(() => RUNNING, clock).hub.migrationTask('tool', 'vm-1');
    const step = await task.poll();
    expect(step.checkpoint.nextUpdateSeconds).toBeUndefined();
    const resumed = newKit(() => RUNNING, clock).hub.resume(step.checkpoint);
    await resumed.poll();
    expect(resumed.stale).toBeUndefined();
    expect(resumed.isStaleAt(T0 + 7_200_000)).toBeUndefined();
  });

  it('refuses a checkpoint whose nextUpdateSeconds is not an integer ≥ 0', () => {
    const checkpoint = { v: 1, service: 'migration-hub', resource: 'MigrationTask', id: 'vm-1', scope: 'tool', nextUpdateSeconds: -5 };
    expect(() => newKit(() => RUNNING).resume(JSON.stringify(checkpoint))).toThrow(CheckpointError);
  });
});
