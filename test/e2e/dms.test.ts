/**
 * DMS premigration assessment runs end to end: the real @aws-sdk/client-database-migration-service over HTTP to the
 * emulator on a random loopback port. Every request and response is checked against the DMS model.
 */
import {
  DatabaseMigrationServiceClient,
  DescribeReplicationTaskAssessmentRunsCommand,
  StartReplicationTaskAssessmentRunCommand,
} from '@aws-sdk/client-database-migration-service';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WaitOptions } from '../../src/core/index.js';
import { AssessmentRun, DmsService, type StartAssessmentRunOptions } from '../../src/dms/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { collectModelProblems, emulatorWaitClock } from '../dms/emulator-support.js';

const ROLE = 'arn:aws:iam::111122223333:role/dms-assessments';
const KEY = 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const DISABLED_KEY = 'arn:aws:kms:us-west-2:111122223333:key/0000abcd-12ab-34cd-56ef-1234567890ab';
const DEFAULT_NAMES = [
  'unsupported-data-types-in-source',
  'full-lob-not-nullable-at-target',
  'table-with-lob-but-without-primary-key-or-unique-constraint',
  'table-with-no-primary-key-or-unique-constraint',
  'target-table-has-unique-key-or-primary-key-for-cdc',
];

let emu: Emulator;
let dms: DmsService;
let problems: string[];
let wait: WaitOptions<AssessmentRun>;

beforeAll(async () => {
  emu = await startEmulator({
    speed: 0,
    dms: {
      buckets: ['assessments', 'locked-down'],
      deniedBuckets: ['locked-down'],
      kmsKeys: [KEY, DISABLED_KEY],
      disabledKmsKeys: [DISABLED_KEY],
      deniedRoleArns: ['arn:aws:iam::111122223333:role/not-trusted'],
    },
  });
  problems = collectModelProblems(emu);
  dms = new DmsService({ ...emu.clientConfig });
  wait = { clock: emulatorWaitClock(emu), minDelayMs: 1_000, maxDelayMs: 4_000, timeoutMs: 3_600_000 };
});
afterAll(async () => {
  await emu.close();
});
afterEach(() => {
  expect(problems.splice(0), 'every DMS request and response matches the model').toEqual([]);
});

let runCount = 0;
function options(extra: Partial<StartAssessmentRunOptions> = {}): StartAssessmentRunOptions {
  runCount += 1;
  return { name: `run-${runCount}`, serviceAccessRoleArn: ROLE, resultLocation: { bucket: 'assessments' }, ...extra } as StartAssessmentRunOptions;
}

async function newTask(outcome?: 'passed' | 'warning' | 'failed' | 'error-provisioning' | 'error-executing', applicableAssessments?: string[]) {
  const arn = await emu.createReplicationTask({ ...(outcome ? { assessmentOutcome: outcome } : {}), ...(applicableAssessments ? { applicableAssessments } : {}) });
  return dms.replicationTask(arn);
}

describe('a run that passes', () => {
  it('moves starting → provisioning → running with growing progress → passed', async () => {
    const task = await newTask();
    const startedAt = emu.clock.now();
    const run = await task.startAssessmentRun({
      name: 'pre-cutover',
      serviceAccessRoleArn: ROLE,
      resultLocation: { bucket: 'assessments', folder: 'wave-1' },
      encryption: { mode: 'SSE_KMS', kmsKeyArn: KEY },
      tags: { team: 'databases' },
    });
    expect(run.status).toEqual({ kind: 'pending', raw: 'starting' });
    expect(run.arn).toMatch(/^arn:aws:dms:us-west-2:111122223333:assessment-run:[A-Z2-7]{26}$/);
    expect(run.replicationTaskArn).toBe(task.arn);
    expect(run.name).toBe('pre-cutover');
    expect(run.creationDate?.getTime()).toBe(startedAt);
    expect(run.resultLocation).toEqual({ bucket: 'assessments', folder: 'wave-1' });
    expect(run.encryption).toEqual({ mode: 'SSE_KMS', kmsKeyArn: KEY });
    expect(run.serviceAccessRoleArn).toBe(ROLE);
    expect(run.progress).toEqual({ completed: 0, total: 5, percent: 0 });
    expect((await task.describe()).status).toBe('testing');

    const seen: string[] = [];
    const done = await run.waitUntilComplete({ ...wait, onProgress: (r) => seen.push(`${r.status.raw} ${r.progress?.completed}/${r.progress?.total}`) });

    expect(done).toBe(run);
    expect(run.status).toEqual({ kind: 'succeeded', raw: 'passed' });
    expect(seen[0]).toBe('starting 0/5');
    expect(seen).toContain('provisioning 0/5');
    const completedWhileRunning = seen.filter((s) => s.startsWith('running')).map((s) => Number(s.split(' ')[1]?.split('/')[0]));
    expect(completedWhileRunning.length).toBeGreaterThanOrEqual(3);
    expect(completedWhileRunning).toEqual([...completedWhileRunning].sort((a, b) => a - b));
    expect(new Set(completedWhileRunning).size).toBe(completedWhileRunning.length);
    expect(seen.at(-1)).toBe('passed 5/5');
    expect(run.progress).toEqual({ completed: 5, total: 5, percent: 100 });
    expect(run.statistics).toEqual({ passed: 5, failed: 0, error: 0, warning: 0, cancelled: 0, skipped: 0 });
    expect(run.isLatest).toBe(true);

    const individual = await run.individualAssessments().toArray({ limit: Infinity });
    expect(individual.map((a) => a.name)).toEqual(DEFAULT_NAMES);
    expect(individual.every((a) => a.status === 'passed' && a.startDate instanceof Date && a.assessmentRunArn === run.arn)).toBe(true);
    expect((await task.describe()).status).toBe('ready');
  });

  it('runs only the included assessments, or all but the excluded ones', async () => {
    const task = await newTask();
    const included = await task.startAssessmentRun(options({ include: [DEFAULT_NAMES[1] ?? ''] }));
    expect(included.progress?.total).toBe(1);
    await included.waitUntilComplete(wait);
    const excluded = await task.startAssessmentRun(options({ exclude: [DEFAULT_NAMES[0] ?? ''] }));
    const names = (await excluded.individualAssessments().toArray({ limit: 10 })).map((a) => a.name);
    expect(names).toEqual(DEFAULT_NAMES.slice(1));
    expect(await task.applicableAssessments().toArray({ limit: 10 })).toEqual(DEFAULT_NAMES);
  });
});

describe('runs that end otherwise', () => {
  it('resolves with warning, which waitUntilSucceeded counts as a success', async () => {
    const run = await (await newTask('warning')).startAssessmentRun(options());
    await run.waitUntilSucceeded(wait);
    expect(run.status).toEqual({ kind: 'warning', raw: 'warning' });
    const statuses = (await run.individualAssessments().toArray({ limit: 10 })).map((a) => a.status);
    expect(statuses).toEqual(['passed', 'passed', 'passed', 'passed', 'warning']);
  });

  it('resolves with failed and DMS’s failure message; waitUntilSucceeded throws TaskFailedError', async () => {
    const run = await (await newTask('failed')).startAssessmentRun(options());
    await run.waitUntilComplete(wait);
    expect(run.status).toEqual({ kind: 'failed', raw: 'failed', message: expect.stringContaining(DEFAULT_NAMES[4] ?? '') });
    expect(run.lastFailureMessage).toContain('failed');
    expect(run.statistics?.failed).toBe(1);
    await expect(run.waitUntilSucceeded(wait)).rejects.toMatchObject({
      name: 'TaskFailedError',
      message: expect.stringContaining('failed (failed)'),
      snapshot: { status: { kind: 'failed' } },
    });
  });

  it('resolves with error (executing) when an assessment errors mid-run', async () => {
    const run = await (await newTask('error-executing')).startAssessmentRun(options());
    await run.waitUntilComplete(wait);
    expect(run.status).toMatchObject({ kind: 'error', raw: 'error-executing', reason: 'executing', message: expect.stringContaining(DEFAULT_NAMES[2] ?? '') });
    expect(run.progress).toEqual({ completed: 3, total: 5, percent: 60 });
    const statuses = (await run.individualAssessments().toArray({ limit: 10 })).map((a) => a.status);
    expect(statuses).toEqual(['passed', 'passed', 'error', 'cancelled', 'cancelled']);
  });

  it('resolves with error (provisioning) when no assessment could run', async () => {
    const run = await (await newTask('error-provisioning')).startAssessmentRun(options());
    const kinds: string[] = [];
    await run.waitUntilComplete({ ...wait, onProgress: (r) => kinds.push(r.status.raw) });
    expect(kinds).not.toContain('running');
    expect(run.status).toMatchObject({ kind: 'error', raw: 'error-provisioning', reason: 'provisioning' });
    expect(run.progress).toEqual({ completed: 0, total: 5, percent: 0 });
    expect(run.statistics?.cancelled).toBe(5);
  });
});

describe('cancel and delete', () => {
  it('cancels a run mid-way: it stays cancelling (terminal), unfinished assessments are cancelled', async () => {
    const task = await newTask();
    const run = await task.startAssessmentRun(options());
    emu.clock.advance(5_000 + 20_000 + 15_000); // starting, provisioning, one assessment and a half
    await run.refresh();
    expect(run.status.kind).toBe('running');
    expect(run.progress?.completed).toBe(1);

    await run.cancel();
    expect(run.status).toEqual({ kind: 'cancelled', raw: 'cancelling' });
    const before = emu.requestCount();
    await run.waitUntilComplete(wait);
    expect(emu.requestCount() - before).toBe(1);
    emu.clock.advance(600_000);
    await run.refresh();
    expect(run.status).toEqual({ kind: 'cancelled', raw: 'cancelling' });
    expect(run.progress?.completed).toBe(1);
    const statuses = (await run.individualAssessments().toArray({ limit: 10 })).map((a) => a.status);
    expect(statuses).toEqual(['passed', 'cancelled', 'cancelled', 'cancelled', 'cancelled']);
    await expect(run.cancel()).rejects.toMatchObject({ name: 'InvalidResourceStateFault' });
    expect((await task.describe()).status).toBe('ready');
  });

  it('refuses to delete a run in progress, then deletes it: deleting → deleted', async () => {
    const task = await newTask();
    const run = await task.startAssessmentRun(options());
    await expect(run.delete()).rejects.toMatchObject({ name: 'InvalidResourceStateFault', $metadata: { httpStatusCode: 400 } });
    await run.waitUntilComplete(wait);

    await run.delete();
    expect(run.status).toEqual({ kind: 'deleting', raw: 'deleting' });
    const kinds: string[] = [];
    await run.waitUntilComplete({ ...wait, onProgress: (r) => kinds.push(r.status.kind) });
    expect(kinds).toEqual(['deleting', 'deleted']);
    expect(run.status).toEqual({ kind: 'deleted', raw: 'deleted' });
    expect(run.toJSON().status).toEqual({ kind: 'deleted', raw: 'deleted' });
    await expect(dms.assessmentRun(run.arn).refresh()).rejects.toMatchObject({ name: 'ResourceNotFoundFault' });
    expect(await task.assessmentRuns().toArray({ limit: 10 })).toEqual([]);
    expect(await run.individualAssessments().toArray({ limit: 10 })).toEqual([]);
  });
});

describe('validation before sending', () => {
  it('rejects include together with exclude without sending a request', async () => {
    const task = await newTask();
    const before = emu.requestCount();
    const both = { ...options(), include: ['a'], exclude: ['b'] } as unknown as StartAssessmentRunOptions;
    await expect(task.startAssessmentRun(both)).rejects.toMatchObject({ name: 'ValidationError', field: 'exclude' });
    expect(emu.requestCount()).toBe(before);
  });

  it.each([
    ['name', { name: '1-starts-with-a-digit' }],
    ['serviceAccessRoleArn', { serviceAccessRoleArn: 'arn:aws:iam::111122223333:user/alice' }],
    ['resultLocation.bucket', { resultLocation: { bucket: 'Not_A_Bucket' } }],
    ['encryption.kmsKeyArn', { encryption: { mode: 'SSE_S3', kmsKeyArn: KEY } }],
    ['encryption.mode', { encryption: { mode: 'AES256' } }],
    ['includeOnly', { includeOnly: ['x'] }],
  ])('rejects a bad %s without sending a request', async (field, bad) => {
    const task = await newTask();
    const before = emu.requestCount();
    await expect(task.startAssessmentRun({ ...options(), ...bad } as unknown as StartAssessmentRunOptions)).rejects.toMatchObject({ name: 'ValidationError', field });
    expect(emu.requestCount()).toBe(before);
  });

  it('rejects a malformed task ARN at once', () => {
    expect(() => dms.replicationTask('arn:aws:dms:us-west-2:111122223333:endpoint:ABC')).toThrow(expect.objectContaining({ name: 'ValidationError', field: 'replicationTaskArn' }));
  });

  it('the emulator itself refuses IncludeOnly with Exclude from a raw client, as DMS does', async () => {
    const client = new DatabaseMigrationServiceClient({ ...emu.clientConfig });
    const arn = await emu.createReplicationTask();
    await expect(
      client.send(new StartReplicationTaskAssessmentRunCommand({
        ReplicationTaskArn: arn, ServiceAccessRoleArn: ROLE, ResultLocationBucket: 'assessments', AssessmentRunName: 'raw', IncludeOnly: [DEFAULT_NAMES[0] ?? ''], Exclude: [DEFAULT_NAMES[1] ?? ''],
      })),
    ).rejects.toMatchObject({ name: 'InvalidParameterCombinationException' });
    await expect(client.send(new DescribeReplicationTaskAssessmentRunsCommand({ MaxRecords: 5 }))).rejects.toMatchObject({ name: 'InvalidParameterValueException' });
    client.destroy();
  });
});

describe('DMS faults pass through with their metadata', () => {
  it('an unknown task is ResourceNotFoundFault', async () => {
    const task = dms.replicationTask('arn:aws:dms:us-west-2:111122223333:task:NOSUCHTASK');
    const error: unknown = await task.startAssessmentRun(options()).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ResourceNotFoundFault', $metadata: { httpStatusCode: 400, requestId: expect.any(String) } });
    expect(await task.assessmentRuns().toArray({ limit: 5 })).toEqual([]);
  });

  it.each([
    ['AccessDeniedFault', { serviceAccessRoleArn: 'arn:aws:iam::111122223333:role/not-trusted' }],
    ['S3ResourceNotFoundFault', { resultLocation: { bucket: 'no-such-bucket' } }],
    ['S3AccessDeniedFault', { resultLocation: { bucket: 'locked-down' } }],
    ['KMSNotFoundFault', { encryption: { mode: 'SSE_KMS', kmsKeyArn: 'arn:aws:kms:us-west-2:111122223333:key/ffffffff-0000-0000-0000-000000000000' } }],
    ['KMSKeyNotAccessibleFault', { encryption: { mode: 'SSE_KMS', kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' } }],
    ['KMSDisabledFault', { encryption: { mode: 'SSE_KMS', kmsKeyArn: DISABLED_KEY } }],
  ])('%s', async (name, bad) => {
    const task = await newTask();
    await expect(task.startAssessmentRun({ ...options(), ...bad } as StartAssessmentRunOptions)).rejects.toMatchObject({ name, $metadata: { httpStatusCode: 400 } });
  });

  it('a second run while one is in progress is InvalidResourceStateFault; a reused name is ResourceAlreadyExistsFault', async () => {
    const task = await newTask();
    const first = await task.startAssessmentRun(options({ name: 'only-once' }));
    await expect(task.startAssessmentRun(options())).rejects.toMatchObject({ name: 'InvalidResourceStateFault' });
    await first.waitUntilComplete(wait);
    await expect(task.startAssessmentRun(options({ name: 'only-once' }))).rejects.toMatchObject({ name: 'ResourceAlreadyExistsFault' });
  });
});

describe('lists', () => {
  it('pages through runs with the fewest requests the page size allows', async () => {
    const task = await newTask();
    for (let i = 0; i < 45; i++) await (await task.startAssessmentRun(options())).cancel();
    const count = (): number => emu.requestCount('DescribeReplicationTaskAssessmentRuns');
    const maxRecords = (): unknown[] => emu.requests.filter((r) => r.operation === 'DescribeReplicationTaskAssessmentRuns').map((r) => r.input['MaxRecords']);

    let before = count();
    const all = await task.assessmentRuns({ pageSize: 20 }).toArray({ limit: Infinity });
    expect(all).toHaveLength(45);
    expect(new Set(all.map((r) => r.arn)).size).toBe(45);
    expect(count() - before).toBe(3);

    before = count();
    expect(await task.assessmentRuns().toArray({ limit: Infinity })).toHaveLength(45);
    expect(count() - before).toBe(1);
    expect(maxRecords().at(-1)).toBe(100);

    before = count();
    const first = await task.assessmentRuns({ pageSize: 5 }).first();
    expect(first?.name).toBe(all[0]?.name);
    expect(count() - before).toBe(1);
    expect(maxRecords().at(-1)).toBe(20);

    before = count();
    for await (const run of task.assessmentRuns({ pageSize: 20 })) if (run) break;
    expect(count() - before).toBe(1);

    const lazy = task.assessmentRuns();
    expect(count()).toBe(before + 1);
    void lazy;

    const cancelled = await dms.assessmentRuns({ replicationTaskArn: task.arn, status: 'cancelling' }).toArray({ limit: 100 });
    expect(cancelled).toHaveLength(45);
    expect(await dms.assessmentRuns({ replicationTaskArn: task.arn, status: ['passed', 'failed'] }).toArray({ limit: 100 })).toEqual([]);
    const byInstance = await dms.assessmentRuns({ replicationInstanceArn: emu.dms.defaultReplicationInstanceArn }).toArray({ limit: Infinity });
    expect(byInstance.length).toBeGreaterThanOrEqual(45);
    const one = await dms.assessmentRuns({ assessmentRunArn: all[44]?.arn ?? '' }).toArray({ limit: 2 });
    expect(one.map((r) => r.name)).toEqual([all[44]?.name]);
  });

  it('pages through individual and applicable assessments', async () => {
    const names = Array.from({ length: 45 }, (_, i) => `assessment-${i}`);
    const task = await newTask('passed', names);
    const run = await task.startAssessmentRun(options());
    const count = (op: string): number => emu.requestCount(op);

    let before = count('DescribeReplicationTaskIndividualAssessments');
    const pages: number[] = [];
    for await (const page of run.individualAssessments({ pageSize: 20 }).pages()) pages.push(page.length);
    expect(pages).toEqual([20, 20, 5]);
    expect(count('DescribeReplicationTaskIndividualAssessments') - before).toBe(3);

    before = count('DescribeApplicableIndividualAssessments');
    expect(await task.applicableAssessments({ pageSize: 20 }).toArray({ limit: Infinity })).toEqual(names);
    expect(count('DescribeApplicableIndividualAssessments') - before).toBe(3);
  });
});

describe('resilience and resumption', () => {
  it('survives throttling: the SDK retries a throttled start, the waiter retries throttled polls', async () => {
    const task = await newTask();
    emu.faults.inject({ kind: 'throttle', operation: 'StartReplicationTaskAssessmentRun', count: 1 });
    const before = emu.requestCount('StartReplicationTaskAssessmentRun');
    const run = await task.startAssessmentRun(options());
    expect(emu.requestCount('StartReplicationTaskAssessmentRun') - before).toBe(2);

    const noRetries = new DmsService({ ...emu.clientConfig, maxAttempts: 1 });
    const handle = noRetries.assessmentRun(run.arn);
    emu.faults.inject({ kind: 'throttle', operation: 'DescribeReplicationTaskAssessmentRuns', count: 3 });
    const throttledBefore = emu.requests.filter((r) => r.fault === 'throttle').length;
    await handle.waitUntilComplete(wait);
    expect(handle.status.kind).toBe('succeeded');
    expect(emu.requests.filter((r) => r.fault === 'throttle').length - throttledBefore).toBe(3);
  });

  it('resumes a wait from a checkpoint in another service instance', async () => {
    const run = await (await newTask('warning')).startAssessmentRun(options());
    emu.clock.advance(30_000);
    await run.refresh();
    const text = JSON.stringify(run);
    expect(JSON.parse(text)).toEqual({ v: 1, service: 'dms', resource: 'AssessmentRun', id: run.arn, status: { kind: 'running', raw: 'running' } });

    const elsewhere = new DmsService({ ...emu.clientConfig });
    const resumed = elsewhere.resume(text);
    expect(resumed.arn).toBe(run.arn);
    expect(resumed.status).toEqual({ kind: 'running', raw: 'running' });
    await resumed.waitUntilComplete(wait);
    expect(resumed.status.kind).toBe('warning');
    expect(resumed.name).toBe(run.name);
    expect(() => elsewhere.resume({ ...JSON.parse(text), resource: 'ImportTask' })).toThrow(expect.objectContaining({ name: 'CheckpointError' }));
  });
});
