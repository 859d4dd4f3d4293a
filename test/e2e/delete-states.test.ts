/**
 * State after a delete is known at once, and a deleted task that leaves the listings ends `deleted`, not not-found:
 * Discovery import tasks and DMS assessment runs, real clients over HTTP to the emulator (time frozen, moved by hand).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ResourceNotFoundError, waitAll } from '../../src/core/index.js';
import { DiscoveryService, type ImportTask } from '../../src/discovery/index.js';
import { DmsService } from '../../src/dms/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { csv, goodRows } from '../discovery/support.js';
import { checkExchangesAgainstModel, type ExchangeCheck } from '../support/exchange-check.js';

const ROLE = 'arn:aws:iam::111122223333:role/dms-assessments';
let emu: Emulator;
let wire: ExchangeCheck;
let discovery: DiscoveryService;

beforeAll(async () => {
  emu = await startEmulator({ speed: 0, discovery: { importDurationMs: 10_000, deleteDurationMs: 20_000 }, dms: { buckets: ['assessments'] } });
  wire = checkExchangesAgainstModel(emu, 'discovery');
  discovery = new DiscoveryService({ ...emu.clientConfig });
  emu.putObject('bucket', 'servers.csv', csv(goodRows(2)));
});
afterAll(async () => {
  wire.stop();
  await emu.close();
});
afterEach(() => expect(wire.problems.splice(0)).toEqual([]));

/** `n` finished imports. */
async function finishedImports(n: number): Promise<ImportTask[]> {
  const tasks = await Promise.all(Array.from({ length: n }, (_, i) => discovery.startImport({ name: `del-${i}`, importUrl: 's3://bucket/servers.csv' })));
  emu.clock.advance(10_000);
  return waitAll(tasks, { minDelayMs: 1, maxDelayMs: 1 });
}

/** Wait options on the emulator's clock: each sleep moves emulated time on. */
const onEmulatedTime = () => ({ clock: emu.clock.toWaitClock(), minDelayMs: 5_000, maxDelayMs: 5_000 });

describe('Discovery import tasks', () => {
  it('delete() shows deleting at once, in the handle and in its checkpoint, before any refresh', async () => {
    const [task] = await finishedImports(1);
    const before = emu.requestCount();
    await task!.delete();
    expect(emu.requestCount() - before).toBe(1); // BatchDeleteImportData only
    expect(task!.status).toEqual({ kind: 'deleting', raw: 'DELETE_IN_PROGRESS' });
    expect(task!.toJSON().status).toEqual({ kind: 'deleting', raw: 'DELETE_IN_PROGRESS' });
    expect(String(task)).toContain('deleting (DELETE_IN_PROGRESS)');
    await task!.waitUntilComplete(onEmulatedTime());
    expect(task!.status).toEqual({ kind: 'deleted', raw: 'DELETE_COMPLETE' });
  });

  it('deleteImportTasks with deleteHistory, then waitAll on the old handles: every one ends deleted', async () => {
    const tasks = await finishedImports(12);
    const outcomes = await discovery.deleteImportTasks(tasks.map((t) => t.id), { deleteHistory: true });
    expect(outcomes.map((o) => o.deleted)).toEqual(tasks.map(() => true));
    expect(outcomes.map((o) => (o.deleted ? o.task.status.kind : 'refused'))).toEqual(tasks.map(() => 'deleting'));
    expect(tasks.map((t) => t.status.kind)).toEqual(tasks.map(() => 'succeeded')); // old handles learn on refresh
    const kinds: string[][] = [];
    await discovery.waitAll(tasks, { ...onEmulatedTime(), onProgress: (all) => kinds.push([...new Set(all.map((t) => t.status.kind))]) });
    expect(kinds).toEqual([['deleting'], ['deleted']]);
    expect(tasks.map((t) => t.status)).toEqual(tasks.map(() => ({ kind: 'deleted', raw: 'DELETE_COMPLETE' })));
    // They are really gone from the listings: deleted is the mapping of "deleted, then gone", not what the service said.
    expect(await discovery.importTasks({ ids: tasks.map((t) => t.id) }).toArray({ limit: 20 })).toEqual([]);
    // The handles the outcomes carry, and new handles of the same facade, end deleted too.
    await waitAll(outcomes.flatMap((o) => (o.deleted ? [o.task] : [])), onEmulatedTime());
    expect(outcomes.every((o) => o.deleted && o.task.status.kind === 'deleted')).toBe(true);
    expect((await discovery.importTask(tasks[0]!.id).poll()).status.kind).toBe('deleted');
  });

  it('an id never seen is still not found, on a fresh handle and in a wait', async () => {
    const unknown = 'import-task-0123456789abcdef0123456789abcdef';
    await expect(discovery.importTask(unknown).refresh()).rejects.toBeInstanceOf(ResourceNotFoundError);
    await expect(discovery.waitAll([discovery.importTask(unknown)], onEmulatedTime())).rejects.toBeInstanceOf(ResourceNotFoundError);
    await expect(discovery.importTask(unknown).poll()).rejects.toBeInstanceOf(ResourceNotFoundError);
  });

  it('a task known to be deleting resumes in another process and ends deleted once gone; a stranger handle does not', async () => {
    const [task] = await finishedImports(1);
    await task!.delete({ deleteHistory: true });
    const checkpoint = JSON.stringify(task);
    emu.clock.advance(20_000);
    // Another process: a new facade that never deleted anything, only the checkpoint.
    const elsewhere = new DiscoveryService({ ...emu.clientConfig });
    const first = await elsewhere.resume(checkpoint).poll();
    expect(first).toMatchObject({ done: true, status: { kind: 'deleted', raw: 'DELETE_COMPLETE' } });
    expect(first.checkpoint).toMatchObject({ status: { kind: 'deleted' }, poll: { attempt: 1 } });
    await expect(elsewhere.importTask(task!.id).refresh()).rejects.toBeInstanceOf(ResourceNotFoundError);
  });
});

describe('DMS assessment runs', () => {
  it('delete() shows deleting at once and in its checkpoint; a resumed run ends deleted once DMS no longer returns it', async () => {
    const dms = new DmsService({ ...emu.clientConfig });
    const taskArn = await emu.createReplicationTask();
    const run = await dms.replicationTask(taskArn).startAssessmentRun({ name: 'to-delete', serviceAccessRoleArn: ROLE, resultLocation: { bucket: 'assessments' } });
    await run.waitUntilComplete({ clock: emu.clock.toWaitClock(), minDelayMs: 60_000, maxDelayMs: 60_000, timeoutMs: 86_400_000 });
    await run.delete();
    expect(run.status.kind).toBe('deleting');
    expect(run.toJSON().status).toEqual({ kind: 'deleting', raw: 'deleting' });
    const resumed = new DmsService({ ...emu.clientConfig }).resume(JSON.stringify(run));
    await resumed.waitUntilComplete({ clock: emu.clock.toWaitClock(), minDelayMs: 60_000, maxDelayMs: 60_000, timeoutMs: 86_400_000 });
    expect(resumed.status.kind).toBe('deleted');
  });
});
