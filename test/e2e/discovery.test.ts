/**
 * DiscoveryService end to end: the facade over this package's DiscoveryClient, over HTTP, against the emulator.
 * Every Discovery response (success and error) is validated against the model.
 */
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HomeRegionNotSetError, ResourceNotFoundError, TaskFailedError, ValidationError, WaitTimeoutError } from '../../src/core/index.js';
import { DiscoveryService, ImportTaskDeleteError, type ImportTask } from '../../src/discovery/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { rejectedFieldOf } from '../support/validation-error.js';
import { MIXED_FILE, csv, goodRows } from '../discovery/support.js';
import { checkExchangesAgainstModel, type ExchangeCheck } from '../support/exchange-check.js';

const FAST = { minDelayMs: 2, maxDelayMs: 10 } as const;
let emu: Emulator;
let wire: ExchangeCheck;
let discovery: DiscoveryService;

beforeAll(async () => {
  // 100 emulated ms per real ms: a 5 s import completes in about 50 ms.
  emu = await startEmulator({ speed: 100, discovery: { importDurationMs: 5_000, deleteDurationMs: 2_000, maxServersPerApplication: 10, maxImportedRecords: 100 } });
  wire = checkExchangesAgainstModel(emu, 'discovery');
  discovery = new DiscoveryService({ ...emu.clientConfig });
  emu.putObject('bucket', 'good.csv', csv(goodRows(4)));
  emu.putObject('bucket', 'mixed.csv', MIXED_FILE);
});
afterAll(async () => {
  wire.stop();
  await emu.close();
});
afterEach(() => {
  emu.faults.clear();
  expect(wire.problems.splice(0)).toEqual([]);
});

describe('start and wait', () => {
  it('resolves succeeded with the counts computed from the CSV, reporting each change', async () => {
    const task = await discovery.startImport({ name: 'wave-1', importUrl: 's3://bucket/good.csv' });
    expect(task.status).toEqual({ kind: 'running', raw: 'IMPORT_IN_PROGRESS' });
    expect(task.name).toBe('wave-1');
    expect(task.requestTime).toBeInstanceOf(Date);
    const seen: string[] = [];
    const done = await task.waitUntilComplete({ ...FAST, onProgress: (t) => seen.push(t.status.kind) });
    expect(done).toBe(task);
    expect(done.status).toEqual({ kind: 'succeeded', raw: 'IMPORT_COMPLETE' });
    expect(seen.at(-1)).toBe('succeeded');
    expect([done.serverImportSuccess, done.serverImportFailure, done.applicationImportSuccess]).toEqual([4, 0, 0]);
    expect(done.fileClassification).toBe('IMPORT_TEMPLATE');
    expect(done.completionTime!.getTime()).toBeGreaterThan(done.requestTime!.getTime());
    expect(done.progress).toEqual({ completed: 4, total: 4, percent: 100 });
  });

  it('resolves partially-succeeded and reads the failed rows from the errors archive', async () => {
    const task = await discovery.startImport({ name: 'mixed', importUrl: 'https://s3.us-west-2.amazonaws.com/bucket/mixed.csv' });
    const done = await task.waitUntilSucceeded(FAST);
    expect(done.status.kind).toBe('partially-succeeded');
    if (done.status.kind !== 'partially-succeeded') return;
    expect(done.status.errorsZipUrl).toContain('X-Amz-Signature=');
    expect([done.serverImportSuccess, done.serverImportFailure, done.applicationImportSuccess, done.applicationImportFailure]).toEqual([3, 3, 2, 1]);

    const rows = [];
    for await (const row of done.failedRecords()) rows.push(row);
    expect(rows.map((r) => r.rowNumber)).toEqual([3, 5, 7]);
    expect(rows[0]?.record['VMware.MoRefId']).toBe('vm-17');
    expect(rows[0]?.errors).toHaveLength(2);
    expect(rows[0]?.errors[0]).toMatch(/VMware\.MoRefId is set but VMware\.VCenterId is empty/);
    expect(rows[1]?.record).toMatchObject({ ExternalId: 'srv-4', IPAddress: '10.0.0.400', 'CPU.NumberOfProcessors': 'eight', Applications: 'billing' });
    expect(rows[1]?.errors.join(' | ')).toMatch(/IPAddress "10\.0\.0\.400".*\| CPU\.NumberOfProcessors "eight"/);
    expect(rows[2]?.errors).toEqual([expect.stringMatching(/^no identifier/)]);
    expect(Object.keys(rows[2]?.record ?? {})).not.toContain('Errors');
  });

  it('never prints or serialises the pre-signed archive URL, yet keeps it reachable', async () => {
    const [task] = await discovery.importTasks({ name: 'mixed' }).toArray({ limit: 1 });
    if (task?.status.kind !== 'partially-succeeded') throw new Error('expected the mixed import');
    const printed = [String(task), JSON.stringify(task), inspect(task), inspect(task.status), JSON.stringify(task.status), inspect(task.raw), JSON.stringify(task.raw), `${task}`];
    for (const text of printed) expect(text).not.toMatch(/X-Amz-Signature|X-Amz-Credential/);
    expect(inspect(task)).toContain('[redacted]');
    expect(task.raw.errorsAndFailedEntriesZip).toContain('X-Amz-Signature=');
    expect(task.status.errorsZipUrl).toContain('X-Amz-Signature=');
  });
});

describe('failures', () => {
  const cases: [string, () => void, string, string][] = [
    ['a missing object', () => undefined, 's3://bucket/missing.csv', 'import-failed'],
    ['a binary file', () => emu.putObject('bucket', 'disk.img', new Uint8Array([0, 1, 2, 0xff])), 's3://bucket/disk.img', 'unsupported-file-type'],
    ['too many servers in one application', () => emu.putObject('bucket', 'app.csv', csv(goodRows(11, 50, 'crm'))), 's3://bucket/app.csv', 'server-limit-exceeded'],
    ['too many records for the account', () => emu.putObject('bucket', 'lots.csv', csv(goodRows(101, 100))), 's3://bucket/lots.csv', 'record-limit-exceeded'],
    ['an internal error', () => emu.discovery.failNextImport('INTERNAL_ERROR'), 's3://bucket/good.csv', 'internal-error'],
  ];
  it.each(cases)('resolves failed for %s, and waitUntilSucceeded throws TaskFailedError', async (_, arrange, importUrl, reason) => {
    arrange();
    const task = await discovery.startImport({ name: `fail-${reason}`, importUrl });
    const error = await task.waitUntilSucceeded(FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    const snapshot = (error as TaskFailedError<ImportTask>).snapshot;
    expect(snapshot.status).toMatchObject({ kind: 'failed', phase: 'import', reason });
    expect(task.status.kind).toBe('failed');
  });

  it('translates HomeRegionNotSetException into HomeRegionNotSetError', async () => {
    emu.hub.setHomeRegion(null);
    try {
      await expect(discovery.importTasks().first()).rejects.toBeInstanceOf(HomeRegionNotSetError);
    } finally {
      emu.hub.setHomeRegion(emu.region);
    }
  });

  it('fails a refresh of an id the service does not list with ResourceNotFoundError', async () => {
    await expect(discovery.importTask('import-task-0123456789abcdef0123456789abcdef').refresh()).rejects.toBeInstanceOf(ResourceNotFoundError);
  });
});

describe('delete', () => {
  it('surfaces a refused deletion as ImportTaskDeleteError and a failed one as status failed', async () => {
    await expect(discovery.importTask('import-task-ffffffffffffffffffffffffffffffff').delete()).rejects.toMatchObject({
      name: 'ImportTaskDeleteError',
      taskId: 'import-task-ffffffffffffffffffffffffffffffff',
      code: 'NOT_FOUND',
    });
    const task = await discovery.startImport({ name: 'delete-fails', importUrl: 's3://bucket/good.csv' });
    await task.waitUntilComplete(FAST);
    emu.discovery.failNextDeletion();
    await task.delete();
    await task.waitUntilComplete(FAST);
    expect(task.status).toMatchObject({ kind: 'failed', phase: 'delete', reason: 'delete-failed', raw: 'DELETE_FAILED' });
  });

  it('bulk-deletes 25 ids in 3 requests with one outcome per id', async () => {
    const tasks = await Promise.all(Array.from({ length: 24 }, (_, i) => discovery.startImport({ name: `bulk-${i}`, importUrl: 's3://bucket/missing.csv' })));
    const unknown = 'import-task-0000000000000000000000000000abcd';
    const before = emu.requestCount('BatchDeleteImportData');
    const outcomes = await discovery.deleteImportTasks([...tasks.map((t) => t.id), unknown]);
    expect(emu.requestCount('BatchDeleteImportData') - before).toBe(3);
    expect(outcomes).toHaveLength(25);
    expect(outcomes.filter((o) => o.deleted)).toHaveLength(24);
    const refused = outcomes.find((o) => !o.deleted);
    expect(refused).toMatchObject({ id: unknown, deleted: false });
    if (refused && !refused.deleted) expect(refused.error).toBeInstanceOf(ImportTaskDeleteError);
  });
});

describe('resilience', () => {
  it('survives throttling and a 5xx inside the SDK (its own retries)', async () => {
    const task = await discovery.startImport({ name: 'sdk-retries', importUrl: 's3://bucket/good.csv' });
    emu.faults.inject({ kind: 'throttle', operation: 'DescribeImportTasks', count: 1 });
    emu.faults.inject({ kind: 'server-error', operation: 'DescribeImportTasks', count: 1 });
    const before = emu.requestCount('DescribeImportTasks');
    await task.refresh();
    expect(emu.requestCount('DescribeImportTasks') - before).toBe(3);
  });

  it('survives throttling and 5xx in the waiter when the SDK does not retry', async () => {
    const noRetry = new DiscoveryService({ ...emu.clientConfig, maxAttempts: 1 });
    const task = await noRetry.startImport({ name: 'waiter-retries', importUrl: 's3://bucket/good.csv' });
    emu.faults.inject({ kind: 'throttle', operation: 'DescribeImportTasks', count: 2 });
    emu.faults.inject({ kind: 'server-error', operation: 'DescribeImportTasks', count: 1 });
    await task.waitUntilComplete(FAST);
    expect(task.status.kind).toBe('succeeded');
    const faulted = wire.exchanges.filter((x) => x.fault !== undefined && x.operation === 'DescribeImportTasks');
    expect(faulted.map((x) => x.errorType)).toEqual(expect.arrayContaining(['ThrottlingException', 'ServerInternalErrorException']));
  });

  it('creates exactly one task when the start is retried after its response was lost', async () => {
    const before = emu.discovery.taskCount;
    const starts = emu.requestCount('StartImportTask');
    emu.faults.inject({ kind: 'drop-response', operation: 'StartImportTask', count: 1 });
    const task = await discovery.startImport({ name: 'lost-response', importUrl: 's3://bucket/good.csv' });
    expect(emu.requestCount('StartImportTask') - starts).toBe(2);
    expect(emu.discovery.taskCount).toBe(before + 1);
    const sent = wire.exchanges.filter((x) => x.operation === 'StartImportTask').slice(-2).map((x) => x.input['clientRequestToken']);
    expect(sent[0]).toBe(sent[1]);
    expect(await discovery.importTasks({ name: 'lost-response' }).toArray({ limit: 10 })).toHaveLength(1);
    expect(task.name).toBe('lost-response');
  });

  it('resumes from a toJSON() checkpoint in a fresh DiscoveryService', async () => {
    const task = await discovery.startImport({ name: 'resumable', importUrl: 's3://bucket/mixed.csv' });
    const text = JSON.stringify(task);
    expect(JSON.parse(text)).toEqual({ v: 1, service: 'discovery', resource: 'ImportTask', id: task.id, status: { kind: 'running', raw: 'IMPORT_IN_PROGRESS' } });
    const other = new DiscoveryService({ ...emu.clientConfig });
    const resumed = other.resume(text);
    expect(resumed.status.kind).toBe('running');
    await resumed.waitUntilComplete(FAST);
    expect(resumed.status.kind).toBe('partially-succeeded');
    expect(JSON.stringify(resumed)).not.toContain('X-Amz');
  });

  it('waits for many tasks with one DescribeImportTasks per tick', async () => {
    const tasks = await Promise.all(Array.from({ length: 5 }, (_, i) => discovery.startImport({ name: `together-${i}`, importUrl: 's3://bucket/good.csv' })));
    const before = wire.exchanges.length;
    let ticks = 0;
    await discovery.waitAll(tasks, { ...FAST, onProgress: () => ticks++ });
    const describes = wire.exchanges.slice(before).filter((x) => x.operation === 'DescribeImportTasks');
    expect(tasks.every((t) => t.status.kind === 'succeeded')).toBe(true);
    const ids = tasks.map((t) => t.id);
    // The first look covers every task in one request; later ones only the unfinished, still in one request.
    expect(describes[0]?.input['filters']).toEqual([{ name: 'IMPORT_TASK_ID', values: ids }]);
    for (const x of describes) {
      const [filter] = x.input['filters'] as { name: string; values: string[] }[];
      expect(filter?.name).toBe('IMPORT_TASK_ID');
      expect(ids).toEqual(expect.arrayContaining(filter?.values ?? ['none']));
    }
    expect(ticks).toBeGreaterThanOrEqual(1);
  });
});

describe('validation', () => {
  const bad: [string, unknown, string][] = [
    ['an empty name', { name: '', importUrl: 's3://bucket/a.csv' }, 'name'],
    ['a blank name', { name: '  \t', importUrl: 's3://bucket/a.csv' }, 'name'],
    ['a 256-character name', { name: 'n'.repeat(256), importUrl: 's3://bucket/a.csv' }, 'name'],
    ['a non-S3 URL', { name: 'x', importUrl: 'https://example.com/a.csv' }, 'importUrl'],
    ['a folder URL', { name: 'x', importUrl: 's3://bucket/folder/' }, 'importUrl'],
    ['an invalid bucket', { name: 'x', importUrl: 's3://Bad_Bucket/a.csv' }, 'importUrl'],
    ['an http URL', { name: 'x', importUrl: 'http://bucket.s3.amazonaws.com/a.csv' }, 'importUrl'],
    ['a too long URL', { name: 'x', importUrl: `s3://bucket/${'k'.repeat(4000)}` }, 'importUrl'],
    ['a too long token', { name: 'x', importUrl: 's3://bucket/a.csv', clientRequestToken: 't'.repeat(101) }, 'clientRequestToken'],
  ];
  it.each(bad)('rejects %s with a ValidationError naming the field and sends nothing', async (_, input, field) => {
    const before = emu.requestCount();
    expect(await rejectedFieldOf(() => discovery.startImport(input as never))).toBe(field);
    expect(emu.requestCount()).toBe(before);
  });

  it('rejects bad ids, filters and bulk deletes before any request', async () => {
    const before = emu.requestCount();
    expect(() => discovery.importTask('import-task-123')).toThrow(ValidationError);
    expect(() => discovery.importTasks({ status: 'DONE' as never })).toThrow(expect.objectContaining({ field: 'filter.status' }));
    expect(() => discovery.importTasks({ ids: ['import-task-0123456789abcdef0123456789abcdef', 'x'] })).toThrow(expect.objectContaining({ field: 'filter.ids[1]' }));
    expect(() => discovery.importTasks({ name: [] })).toThrow(expect.objectContaining({ field: 'filter.name' }));
    expect(() => discovery.importTasks({ owner: 'me' } as never)).toThrow(expect.objectContaining({ field: 'filter.owner' }));
    expect(() => discovery.importTasks({}, { pageSize: 0 })).toThrow(ValidationError);
    await expect(discovery.deleteImportTasks(['nope'])).rejects.toMatchObject({ name: 'ValidationError', field: 'ids[0]' });
    expect(() => discovery.resume({ v: 1, service: 'dms', resource: 'AssessmentRun', id: 'x' })).toThrow(expect.objectContaining({ name: 'CheckpointError' }));
    expect(emu.requestCount()).toBe(before);
  });
});

describe('with time frozen', () => {
  let frozen: Emulator;
  let frozenWire: ExchangeCheck;
  let service: DiscoveryService;
  let running: ImportTask;

  beforeAll(async () => {
    frozen = await startEmulator({ speed: 0 });
    frozenWire = checkExchangesAgainstModel(frozen, 'discovery');
    service = new DiscoveryService({ ...frozen.clientConfig });
    frozen.putObject('bucket', 'good.csv', csv(goodRows(2)));
    running = await service.startImport({ name: 'forever', importUrl: 's3://bucket/good.csv' });
  });
  afterAll(async () => {
    frozenWire.stop();
    await frozen.close();
  });
  afterEach(() => expect(frozenWire.problems.splice(0)).toEqual([]));

  it('aborts a wait between polls with signal.reason and sends nothing after the abort', async () => {
    const controller = new AbortController();
    const reason = new Error('operator cancelled');
    let atAbort = -1;
    const wait = running.waitUntilComplete({
      ...FAST,
      signal: controller.signal,
      onProgress: () => {
        atAbort = frozen.requestCount();
        controller.abort(reason);
      },
    });
    await expect(wait).rejects.toBe(reason);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(frozen.requestCount()).toBe(atAbort);
    await expect(service.startImport({ name: 'x', importUrl: 's3://bucket/good.csv' }, { signal: controller.signal })).rejects.toBe(reason);
    await expect(running.refresh({ signal: controller.signal })).rejects.toBe(reason);
    expect(frozen.requestCount()).toBe(atAbort);
  });

  it('aborts a request in flight with signal.reason', async () => {
    // The answer takes far longer than the abort, so the abort finds the first poll in flight even on a loaded
    // machine (with a short latency, a late timer let the poll answer and a second one start).
    frozen.faults.inject({ kind: 'latency', operation: 'DescribeImportTasks', latencyMs: 1_000 });
    const controller = new AbortController();
    const reason = new Error('give up');
    const before = frozen.requestCount();
    setTimeout(() => controller.abort(reason), 10);
    await expect(running.waitUntilComplete({ ...FAST, signal: controller.signal })).rejects.toBe(reason);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    frozen.faults.clear();
    // At most the request that was already in flight reaches the emulator (it answers late, to nobody); under load
    // the abort may come before it was written, and then nothing is sent at all.
    expect(frozen.requestCount() - before).toBeLessThanOrEqual(1);
  });

  it('times out with WaitTimeoutError carrying the last snapshot', async () => {
    const error = await running.waitUntilComplete({ ...FAST, timeoutMs: 40 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    const last = (error as WaitTimeoutError<ImportTask>).lastSnapshot;
    expect(last?.status.kind).toBe('running');
    expect(last?.id).toBe(running.id);
  });

  it('completes once the emulator clock is advanced', async () => {
    frozen.clock.advance(60_000);
    await running.waitUntilComplete(FAST);
    expect(running.status.kind).toBe('succeeded');
  });

  it('deletes with history: deleting, then deleted, then gone from the listings', async () => {
    await running.delete({ deleteHistory: true });
    await running.refresh();
    expect(running.status).toEqual({ kind: 'deleting', raw: 'DELETE_IN_PROGRESS' });
    frozen.clock.advance(30_000);
    const kinds: string[] = [];
    await running.waitUntilComplete({ ...FAST, onProgress: (t) => kinds.push(t.status.kind) });
    expect(kinds).toEqual(['deleted']);
    expect(running.status).toEqual({ kind: 'deleted', raw: 'DELETE_COMPLETE' });
    expect(await service.importTasks({ ids: running.id }).toArray({ limit: 10 })).toEqual([]);
    // A new handle of the facade that deleted it knows it was deleted; a facade that never saw it (another process,
    // nothing checkpointed) cannot tell a deleted task from a mistyped id: not found.
    expect((await service.importTask(running.id).refresh()).status.kind).toBe('deleted');
    const stranger = new DiscoveryService({ ...frozen.clientConfig });
    await expect(stranger.importTask(running.id).refresh()).rejects.toBeInstanceOf(ResourceNotFoundError);
    expect((await stranger.resume(running.toJSON()).refresh()).status.kind).toBe('deleted');
  });
});

describe('listing 250 tasks', () => {
  let many: Emulator;
  let manyWire: ExchangeCheck;
  let service: DiscoveryService;

  beforeAll(async () => {
    many = await startEmulator({ speed: 0 });
    manyWire = checkExchangesAgainstModel(many, 'discovery');
    service = new DiscoveryService({ ...many.clientConfig });
    many.putObject('bucket', 'one.csv', csv(goodRows(1)));
    const start = (i: number): Promise<ImportTask> => service.startImport({ name: i % 2 === 0 ? 'wave-a' : 'wave-b', importUrl: 's3://bucket/one.csv' });
    // The first 100 complete (the clock moves past their duration); the other 150 stay in progress.
    for (let i = 0; i < 250; i += 50) {
      if (i === 100) many.clock.advance(60_000);
      await Promise.all(Array.from({ length: 50 }, (_, k) => start(i + k)));
    }
  });
  afterAll(async () => {
    manyWire.stop();
    await many.close();
  });
  afterEach(() => expect(manyWire.problems.splice(0)).toEqual([]));

  /** The DescribeImportTasks requests `run` sends. */
  async function describes<T>(run: () => Promise<T>): Promise<{ result: T; inputs: Record<string, unknown>[] }> {
    const before = manyWire.exchanges.length;
    const result = await run();
    const inputs = manyWire.exchanges.slice(before).filter((x) => x.operation === 'DescribeImportTasks').map((x) => x.input);
    return { result, inputs };
  }

  async function count(list: AsyncIterable<ImportTask>, stopAfter = Infinity): Promise<number> {
    let n = 0;
    for await (const _ of list) if (++n >= stopAfter) break;
    return n;
  }

  it('iterates all of them in 3 requests of up to 100', async () => {
    const { result, inputs } = await describes(() => count(service.importTasks()));
    expect(result).toBe(250);
    expect(inputs.map((i) => i['maxResults'])).toEqual([100, 100, 100]);
    expect(inputs.map((i) => i['nextToken'] === undefined)).toEqual([true, false, false]);
  });

  it('yields pages of 100, 100 and 50', async () => {
    const sizes: number[] = [];
    for await (const page of service.importTasks().pages()) sizes.push(page.length);
    expect(sizes).toEqual([100, 100, 50]);
  });

  it('filters by name on the service with the page size asked for', async () => {
    const { result, inputs } = await describes(() => count(service.importTasks({ name: 'wave-a' }, { pageSize: 50 })));
    expect(result).toBe(125);
    expect(inputs).toHaveLength(3);
    for (const input of inputs) expect(input).toMatchObject({ maxResults: 50, filters: [{ name: 'NAME', values: ['wave-a'] }] });
  });

  it('filters by status alone on the service', async () => {
    const { result, inputs } = await describes(() => count(service.importTasks({ status: 'IMPORT_COMPLETE' })));
    expect(result).toBe(100);
    expect(inputs).toEqual([{ filters: [{ name: 'STATUS', values: ['IMPORT_COMPLETE'] }], maxResults: 100 }]);
  });

  it('applies a status combined with a name here, since the service would ignore the name', async () => {
    const { result, inputs } = await describes(() => service.importTasks({ name: 'wave-a', status: ['IMPORT_COMPLETE'] }).toArray({ limit: Infinity }));
    expect(result).toHaveLength(50);
    expect(result.every((t) => t.name === 'wave-a' && t.status.kind === 'succeeded')).toBe(true);
    expect(inputs).toHaveLength(2);
    for (const input of inputs) expect(input['filters']).toEqual([{ name: 'NAME', values: ['wave-a'] }]);
  });

  it('sends no further request after an early break', async () => {
    const { result, inputs } = await describes(() => count(service.importTasks(), 150));
    expect(result).toBe(150);
    expect(inputs).toHaveLength(2);
  });

  it('sends nothing until iteration starts', async () => {
    const before = many.requestCount();
    const list = service.importTasks({ name: 'wave-b' });
    expect(many.requestCount()).toBe(before);
    expect(await list.first()).toMatchObject({ name: 'wave-b' });
  });

  it('toArray({ limit: 10 }) and first() each send one request sized to the need', async () => {
    const ten = await describes(() => service.importTasks().toArray({ limit: 10 }));
    expect(ten.result).toHaveLength(10);
    expect(ten.inputs).toEqual([{ maxResults: 10 }]);
    const first = await describes(() => service.importTasks({ name: 'wave-b' }).first());
    expect(first.result?.name).toBe('wave-b');
    expect(first.inputs).toEqual([{ filters: [{ name: 'NAME', values: ['wave-b'] }], maxResults: 1 }]);
  });

  it('looks up several ids in one request', async () => {
    const some = await service.importTasks().toArray({ limit: 3 });
    const { result, inputs } = await describes(() => service.importTasks({ ids: some.map((t) => t.id) }).toArray({ limit: Infinity }));
    expect(result.map((t) => t.id)).toEqual(some.map((t) => t.id));
    expect(inputs).toHaveLength(1);
  });
});
