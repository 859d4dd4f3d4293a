import { MigrationHubClient } from '@aws-sdk/client-migration-hub';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HomeRegionNotSetError, TaskFailedError, ValidationError } from '../../src/core/index.js';
import { startEmulator, type Emulator, type Exchange } from '../../src/local/index.js';
import { MigrationHubService, StaleTaskError, type MigrationTask } from '../../src/migration-hub/index.js';
import { FakeClock } from '../support/fake-clock.js';
import { loadModel, validateOperationError, validateOperationInput, validateOperationOutput } from '../support/model-validator.js';
import { fastRetry } from '../migration-hub/fast-retry.js';
import { ManualClock } from '../migration-hub/manual-clock.js';

const models = { 'migration-hub': loadModel('mgh'), 'migrationhub-config': loadModel('migrationhub-config') } as const;

/** Checks every Migration Hub / Config exchange against the model; returns the problems found. */
function watchWire(emu: Emulator): string[] {
  const problems: string[] = [];
  emu.onExchange((x: Exchange) => {
    if (x.service !== 'migration-hub' && x.service !== 'migrationhub-config') return;
    if (x.fault === 'drop') return;
    const model = models[x.service];
    const found = x.errorType
      ? validateOperationError(model, x.operation, x.errorType, x.output)
      : validateOperationOutput(model, x.operation, x.output);
    if (x.errorType !== 'InvalidInputException') found.push(...validateOperationInput(model, x.operation, x.input));
    problems.push(...found.map((p) => `${x.operation}${x.errorType ? ` (${x.errorType})` : ''}: ${p}`));
  });
  return problems;
}

let emu: Emulator;
let wireProblems: string[];
let clock: ManualClock;
let hub: MigrationHubService;

function newHub(options: { maxAttempts?: number } = {}): MigrationHubService {
  const client = new MigrationHubClient({ ...emu.clientConfig, retryStrategy: fastRetry(options.maxAttempts ?? 3) });
  return new MigrationHubService({ client, clock });
}

/** Moves the library's clock and the emulator's together. */
async function advance(ms: number): Promise<void> {
  emu.clock.advance(ms);
  await clock.advance(ms);
}

const notifications = (task: string): Record<string, unknown>[] =>
  emu.requests.filter((r) => r.operation === 'NotifyMigrationTaskState' && r.status === 200 && r.input['MigrationTaskName'] === task).map((r) => r.input);

beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
  wireProblems = watchWire(emu);
});
afterAll(async () => {
  await emu.close();
});
afterEach(() => {
  expect(wireProblems.splice(0)).toEqual([]);
  emu.faults.clear();
  emu.hub.deny([]);
});

describe('progress update streams', () => {
  beforeAll(() => {
    clock = new ManualClock(emu.clock.now());
    hub = newHub();
  });

  it('creates a stream idempotently and lists streams across pages', async () => {
    const names = ['tool-a', 'tool-b', 'tool-c', 'tool-d', 'tool-e'];
    for (const name of names) await hub.stream(name).create();
    await hub.stream('tool-a').create(); // again: fine
    const before = emu.requestCount('ListProgressUpdateStreams');
    const pages: string[][] = [];
    for await (const page of hub.streams({ pageSize: 2 }).pages()) pages.push(page.map((s) => s.name));
    expect(pages.flat()).toEqual(expect.arrayContaining(names));
    expect(pages.flat().filter((n) => n === 'tool-a')).toHaveLength(1);
    expect(pages.slice(0, -1).every((p) => p.length === 2)).toBe(true);
    expect(emu.requestCount('ListProgressUpdateStreams') - before).toBe(pages.length);
  });

  it('dry-runs a stream creation without creating it, and deletes a stream', async () => {
    const result = await hub.stream('dry-tool').create({ dryRun: true });
    expect(result).toMatchObject({ dryRun: true, wouldSucceed: true });
    expect(emu.hub.streamNames()).not.toContain('dry-tool');
    await hub.stream('tool-e').delete();
    expect(emu.hub.streamNames()).not.toContain('tool-e');
    await expect(hub.stream('tool-e').delete()).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

describe('a migration tool reporting progress', () => {
  const stream = 'migrator';
  beforeAll(async () => {
    clock = new ManualClock(emu.clock.now());
    hub = newHub();
    await hub.stream(stream).create();
  });

  it('tracks a job to COMPLETED, with heartbeats before NextUpdateSeconds runs out', async () => {
    const task = hub.stream(stream).task('app-server-01');
    let release!: (value: string) => void;
    const gate = new Promise<string>((resolve) => (release = resolve));
    const tracked = task.track(
      async (report) => {
        await report(10, 'copying disks');
        const result = await gate;
        await report(90, 'cutover');
        return result;
      },
      { nextUpdateSeconds: 60 },
    );
    await vi.waitFor(() => expect(notifications('app-server-01')).toHaveLength(2)); // start + report(10)
    expect(emu.hub.migrationTask(stream, 'app-server-01')).toMatchObject({ status: 'IN_PROGRESS', progressPercent: 10, detail: 'copying disks', nextUpdateSeconds: 60 });

    // Ten minutes of work, in 10-second steps: the task must never be stale on the emulator's clock.
    for (let elapsed = 0; elapsed < 600_000; elapsed += 10_000) {
      const sent = notifications('app-server-01').length;
      await advance(10_000);
      if ((elapsed + 10_000) % 30_000 === 0) await vi.waitFor(() => expect(notifications('app-server-01').length).toBe(sent + 1));
      expect(emu.hub.migrationTask(stream, 'app-server-01')?.stale).toBe(false);
    }
    release('i-0123456789abcdef0');
    await expect(tracked).resolves.toBe('i-0123456789abcdef0');

    const sent = notifications('app-server-01');
    expect(sent.length).toBeGreaterThanOrEqual(2 + 20 + 2); // start, 10%, 20 heartbeats, 90%, COMPLETED
    const heartbeats = sent.slice(2, -2);
    expect(heartbeats.every((n) => (n['Task'] as { ProgressPercent?: number }).ProgressPercent === 10)).toBe(true);
    for (let i = 1; i < sent.length; i++) {
      const gapSeconds = Number(sent[i]?.['UpdateDateTime']) - Number(sent[i - 1]?.['UpdateDateTime']);
      expect(gapSeconds).toBeLessThan(Number(sent[i - 1]?.['NextUpdateSeconds']));
    }
    expect(sent.at(-1)?.['Task']).toEqual({ Status: 'COMPLETED', ProgressPercent: 100 });
    const seen = await hub.migrationTask(stream, 'app-server-01').refresh();
    expect(seen.status).toEqual({ kind: 'succeeded', raw: 'COMPLETED' });
    expect(seen.progressPercent).toBe(100);
    expect(clock.sleepers).toBe(0); // heartbeats stopped
  });

  it('ends a throwing job FAILED with its message and rethrows the original error', async () => {
    const task = hub.stream(stream).task('db-server-02');
    const boom = new Error('disk 2 unreadable:\nsector 42');
    await expect(
      task.track(async (report) => {
        await report(35, 'copying');
        throw boom;
      }),
    ).rejects.toBe(boom);
    const seen = await hub.migrationTask(stream, 'db-server-02').refresh();
    expect(seen.status).toEqual({ kind: 'failed', raw: 'FAILED', message: 'disk 2 unreadable: sector 42' });
    expect(seen.progressPercent).toBe(35);
    expect(clock.sleepers).toBe(0);
  });

  it('notifies, refreshes and shows what was sent', async () => {
    const task = await hub.migrationTask(stream, 'web-03').import();
    await task.notify({ status: 'IN_PROGRESS', progressPercent: 40, detail: 'copying disks', nextUpdateSeconds: 300 });
    expect(task.status.kind).toBe('running');
    const fresh = await hub.migrationTask(stream, 'web-03').refresh();
    expect(fresh).toMatchObject({ progressPercent: 40, detail: 'copying disks', stale: false });
    expect(fresh.updatedAt?.getTime()).toBe(Math.round(clock.now() / 1000) * 1000);
    expect(fresh.progress).toEqual({ completed: 40, total: 100, percent: 40 });
  });

  it('answers a dry run with a clear result and changes nothing', async () => {
    const task = hub.migrationTask(stream, 'web-03');
    const result = await task.notify({ status: 'COMPLETED', nextUpdateSeconds: 0, dryRun: true });
    expect(result).toMatchObject({ dryRun: true, wouldSucceed: true });
    expect(emu.hub.migrationTask(stream, 'web-03')?.status).toBe('IN_PROGRESS');
    emu.hub.deny(['NotifyMigrationTaskState']);
    const denied = await task.notify({ status: 'COMPLETED', nextUpdateSeconds: 0, dryRun: true });
    expect(denied).toMatchObject({ dryRun: true, wouldSucceed: false });
    expect(denied.message).toContain('mgh:NotifyMigrationTaskState');
    const error = await task.notify({ status: 'COMPLETED', nextUpdateSeconds: 0 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } });
  });

  it('rejects an unknown stream or task with ResourceNotFoundException', async () => {
    const error = await hub.migrationTask('no-such-tool', 'x').refresh().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', message: expect.stringContaining('no-such-tool') });
    expect((error as { $metadata: { requestId?: string } }).$metadata.requestId).toBeTruthy();
    await expect(hub.migrationTask(stream, 'never-imported').notify({ status: 'IN_PROGRESS', nextUpdateSeconds: 60 })).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });

  it('survives throttling: the SDK retries a throttled notification', async () => {
    emu.faults.inject({ kind: 'throttle', operation: 'NotifyMigrationTaskState', count: 2 });
    const before = emu.requestCount('NotifyMigrationTaskState');
    await hub.migrationTask(stream, 'web-03').notify({ status: 'IN_PROGRESS', progressPercent: 50, nextUpdateSeconds: 300 });
    const recent = emu.requests.filter((r) => r.operation === 'NotifyMigrationTaskState').slice(before);
    expect(recent.map((r) => r.errorType ?? 'ok')).toEqual(['ThrottlingException', 'ThrottlingException', 'ok']);
    expect(recent[0]?.output).toMatchObject({ __type: 'ThrottlingException', Message: 'Rate exceeded', RetryAfterSeconds: 1 });
  });

  it('validates input before sending anything', async () => {
    const before = emu.requestCount();
    const task = hub.migrationTask(stream, 'web-03');
    const cases: (() => unknown)[] = [
      () => hub.stream('a/b'),
      () => hub.stream('x'.repeat(51)),
      () => hub.migrationTask(stream, 'a|b'),
      () => task.notify({ status: 'DONE' as 'COMPLETED', nextUpdateSeconds: 1 }),
      () => task.notify({ status: 'IN_PROGRESS', progressPercent: 101, nextUpdateSeconds: 1 }),
      () => task.notify({ status: 'IN_PROGRESS', progressPercent: 2.5, nextUpdateSeconds: 1 }),
      () => task.notify({ status: 'IN_PROGRESS', detail: 'x'.repeat(2501), nextUpdateSeconds: 1 }),
      () => task.notify({ status: 'IN_PROGRESS', detail: 'two\nlines', nextUpdateSeconds: 1 }),
      () => task.notify({ status: 'IN_PROGRESS', nextUpdateSeconds: -1 }),
      () => task.notify({ status: 'IN_PROGRESS', nextUpdateSeconds: 1, updatedAt: new Date(Number.NaN) }),
      () => task.putResourceAttributes([]),
      () => task.putResourceAttributes([{ type: 'IP' as 'FQDN', value: 'x' }]),
      () => task.createdArtifacts.associate({ name: 'i-123' }),
      () => task.discoveredResources.associate({ configurationId: '' }),
      () => task.track(async () => 1, { nextUpdateSeconds: 0 }),
      () => hub.migrationTasks({ resourceName: '' }),
    ];
    const fields: string[] = [];
    for (const run of cases) {
      const error = await (async () => run())().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      fields.push((error as ValidationError).field);
    }
    expect(fields).toEqual([
      'stream',
      'stream',
      'taskName',
      'status',
      'progressPercent',
      'progressPercent',
      'detail',
      'detail',
      'nextUpdateSeconds',
      'updatedAt',
      'attributes',
      'attributes[0].type',
      'artifact.name',
      'resource.configurationId',
      'nextUpdateSeconds',
      'resourceName',
    ]);
    expect(emu.requestCount()).toBe(before);
  });
});
