import { describe, expect, it } from 'vitest';
import { HomeRegionNotSetError, ResourceNotFoundError, ValidationError } from '../../src/core/index.js';
import { DiscoveryService, ImportTaskDeleteError } from '../../src/discovery/index.js';
import { fakeClient, rawTask, type FakeCall } from './fake-client.js';

const FAST = { minDelayMs: 0, maxDelayMs: 0 } as const;

function idsOf(call: FakeCall | undefined): string[] {
  const filters = call?.input['filters'] as { name: string; values: string[] }[] | undefined;
  return filters?.find((f) => f.name === 'IMPORT_TASK_ID')?.values ?? [];
}

describe('startImport', () => {
  it('sends the validated input with a fresh UUID token per call and wraps the task', async () => {
    const fake = fakeClient(() => ({ task: rawTask(1), $metadata: {} }));
    const discovery = new DiscoveryService({ client: fake.client });
    const task = await discovery.startImport({ name: 'wave-1', importUrl: 's3://bucket/file.csv' });
    await discovery.startImport({ name: 'wave-1', importUrl: 's3://bucket/file.csv' });
    expect(task.id).toBe(rawTask(1)['importTaskId']);
    expect(task.status.kind).toBe('running');
    const [first, second] = fake.calls;
    expect(first?.input).toEqual({ name: 'wave-1', importUrl: 's3://bucket/file.csv', clientRequestToken: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(second?.input['clientRequestToken']).not.toBe(first?.input['clientRequestToken']);
  });

  it('passes a given token and the abort signal through', async () => {
    const fake = fakeClient(() => ({ task: rawTask(1) }));
    const signal = new AbortController().signal;
    await new DiscoveryService({ client: fake.client }).startImport({ name: 'x', importUrl: 's3://bucket/f.csv', clientRequestToken: 'mine' }, { signal });
    expect(fake.calls[0]?.input['clientRequestToken']).toBe('mine');
    // The SDK gets the request's own signal (linked to the caller's), never the caller's: see test/e2e/engine-*.test.ts.
    expect(fake.calls[0]?.abortSignal).toBeInstanceOf(AbortSignal);
    expect(fake.calls[0]?.abortSignal).not.toBe(signal);
  });

  it('rejects bad input with ValidationError before calling the client', async () => {
    const fake = fakeClient(() => ({}));
    const discovery = new DiscoveryService({ client: fake.client });
    await expect(discovery.startImport({ name: 'x', importUrl: 'https://example.com/f.csv' })).rejects.toBeInstanceOf(ValidationError);
    await expect(discovery.startImport(null as never)).rejects.toMatchObject({ field: 'input' });
    expect(fake.calls).toEqual([]);
  });

  it('turns HomeRegionNotSetException into HomeRegionNotSetError and lets other errors through untouched', async () => {
    const homeless = Object.assign(new Error('no home region'), { name: 'HomeRegionNotSetException', $metadata: { requestId: 'r-1' } });
    const denied = Object.assign(new Error('denied'), { name: 'AuthorizationErrorException', $metadata: { requestId: 'r-2' } });
    const errors = [homeless, denied];
    const fake = fakeClient(() => {
      throw errors.shift();
    });
    const discovery = new DiscoveryService({ client: fake.client });
    const first = await discovery.startImport({ name: 'x', importUrl: 's3://bucket/f.csv' }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(HomeRegionNotSetError);
    expect((first as HomeRegionNotSetError).requestId).toBe('r-1');
    expect((first as HomeRegionNotSetError).cause).toBe(homeless);
    await expect(discovery.startImport({ name: 'x', importUrl: 's3://bucket/f.csv' })).rejects.toBe(denied);
  });

  it('rejects with signal.reason, not the SDK abort error, when aborted in flight', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const fake = fakeClient(() => {
      controller.abort(reason);
      throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    });
    const task = new DiscoveryService({ client: fake.client }).importTask(rawTask(1)['importTaskId'] as string);
    await expect(task.refresh({ signal: controller.signal })).rejects.toBe(reason);
  });
});

describe('ImportTask over a fake client', () => {
  it('refreshes by IMPORT_TASK_ID and throws ResourceNotFoundError when not listed', async () => {
    let listed = true;
    const fake = fakeClient(() => ({ tasks: listed ? [rawTask(7, { status: 'IMPORT_COMPLETE', serverImportSuccess: 3 })] : [] }));
    const task = new DiscoveryService({ client: fake.client }).importTask(rawTask(7)['importTaskId'] as string);
    expect(task.status).toEqual({ kind: 'unknown', raw: '' });
    expect(fake.calls).toEqual([]);
    await task.refresh();
    expect(idsOf(fake.calls[0])).toEqual([task.id]);
    expect(task.status.kind).toBe('succeeded');
    expect(task.serverImportSuccess).toBe(3);
    listed = false;
    await expect(task.refresh()).rejects.toBeInstanceOf(ResourceNotFoundError);
  });

  it('reports progress only once the import has finished, and the running count before', async () => {
    const snapshots = [
      rawTask(1, { serverImportSuccess: 2, serverImportFailure: 1 }),
      rawTask(1, { status: 'IMPORT_COMPLETE_WITH_ERRORS', serverImportSuccess: 4, serverImportFailure: 2, applicationImportSuccess: 1, importCompletionTime: new Date() }),
    ];
    const fake = fakeClient(() => ({ tasks: [snapshots.shift()] }));
    const task = new DiscoveryService({ client: fake.client }).importTask(rawTask(1)['importTaskId'] as string);
    const seen: [number, number | undefined][] = [];
    await task.waitUntilComplete({ ...FAST, onProgress: (t) => seen.push([t.recordsProcessed, t.progress?.total]) });
    expect(seen).toEqual([
      [3, undefined],
      [7, 7],
    ]);
  });

  it('throws ImportTaskDeleteError for a refused delete, with the code and description', async () => {
    const id = rawTask(2)['importTaskId'] as string;
    const fake = fakeClient(() => ({ errors: [{ importTaskId: id, errorCode: 'OVER_LIMIT', errorDescription: 'quota' }] }));
    const error = await new DiscoveryService({ client: fake.client }).importTask(id).delete({ deleteHistory: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportTaskDeleteError);
    expect(error).toMatchObject({ taskId: id, code: 'OVER_LIMIT', description: 'quota' });
    expect(fake.calls[0]?.input).toEqual({ importTaskIds: [id], deleteHistory: true });
  });
});

describe('concurrent refreshes share DescribeImportTasks', () => {
  const idOf = (n: number): string => rawTask(n)['importTaskId'] as string;

  it('refreshes 150 tasks with one request per 100 ids, each task updated from its own record', async () => {
    const fake = fakeClient((call) => ({ tasks: idsOf(call).map((id) => ({ ...rawTask(0), importTaskId: id, name: `name-${id.slice(-3)}` })) }));
    const service = new DiscoveryService({ client: fake.client });
    const tasks = Array.from({ length: 150 }, (_, i) => service.importTask(idOf(i)));
    await Promise.all(tasks.map((t) => t.refresh()));
    expect(fake.calls.map((c) => idsOf(c).length)).toEqual([100, 50]);
    expect(fake.calls.every((c) => c.input['maxResults'] === 100)).toBe(true);
    expect(tasks.map((t) => t.name)).toEqual(tasks.map((t) => `name-${t.id.slice(-3)}`));
  });

  it('follows nextToken until the batch is answered', async () => {
    const fake = fakeClient((call) => (call.input['nextToken'] === undefined ? { tasks: [rawTask(1)], nextToken: 't1' } : { tasks: [rawTask(2, { status: 'IMPORT_COMPLETE' })] }));
    const service = new DiscoveryService({ client: fake.client });
    const [a, b] = [service.importTask(idOf(1)), service.importTask(idOf(2))];
    await Promise.all([a.refresh(), b.refresh()]);
    expect(fake.calls.map((c) => c.input['nextToken'])).toEqual([undefined, 't1']);
    expect([a.status.kind, b.status.kind]).toEqual(['running', 'succeeded']);
  });

  it('in one shared answer, an unlisted task rejects with ResourceNotFoundError and one deleted with its history becomes deleted', async () => {
    const fake = fakeClient((call) => (call.operation === 'BatchDeleteImportData' ? {} : { tasks: [rawTask(1)] }));
    const service = new DiscoveryService({ client: fake.client });
    const [listed, unlisted, vanished] = [service.importTask(idOf(1)), service.importTask(idOf(2)), service.importTask(idOf(3))];
    await vanished.delete({ deleteHistory: true });
    const results = await Promise.allSettled([listed.refresh(), unlisted.refresh(), vanished.refresh()]);
    expect(fake.calls.filter((c) => c.operation === 'DescribeImportTasks').map(idsOf)).toEqual([[idOf(1), idOf(2), idOf(3)]]);
    expect(results[0]).toEqual({ status: 'fulfilled', value: listed });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { name: 'ResourceNotFoundError', resourceType: 'ImportTask', id: idOf(2) } });
    expect(results[2]).toEqual({ status: 'fulfilled', value: vanished });
    expect(vanished.status).toEqual({ kind: 'deleted', raw: 'DELETE_COMPLETE' });
  });
});

describe('deleteImportTasks', () => {
  it('splits 25 distinct ids into batches of 10, 10 and 5 and reports one outcome per id', async () => {
    const ids = Array.from({ length: 25 }, (_, i) => rawTask(i)['importTaskId'] as string);
    const fake = fakeClient((call) => {
      const batch = call.input['importTaskIds'] as string[];
      return batch.includes(ids[12] ?? '') ? { errors: [{ importTaskId: ids[12], errorCode: 'NOT_FOUND' }] } : {};
    });
    const outcomes = await new DiscoveryService({ client: fake.client }).deleteImportTasks([...ids, ids[0] ?? ''], { deleteHistory: true });
    expect(fake.calls.map((c) => (c.input['importTaskIds'] as string[]).length)).toEqual([10, 10, 5]);
    expect(fake.calls.every((c) => c.input['deleteHistory'] === true)).toBe(true);
    expect(outcomes.map((o) => o.id)).toEqual(ids);
    expect(outcomes.filter((o) => !o.deleted).map((o) => o.id)).toEqual([ids[12]]);
  });

  it('rejects an empty list before any request', async () => {
    const fake = fakeClient(() => ({}));
    await expect(new DiscoveryService({ client: fake.client }).deleteImportTasks([])).rejects.toMatchObject({ field: 'ids' });
    expect(fake.calls).toEqual([]);
  });
});

describe('waitAll', () => {
  it('polls 150 tasks with one request per 100 ids per tick and resolves when all are terminal', async () => {
    let calls = 0;
    // The first tick (two requests) sees every task running; the second sees them complete.
    const fake = fakeClient((call) => {
      const status = ++calls > 2 ? 'IMPORT_COMPLETE' : 'IMPORT_IN_PROGRESS';
      return { tasks: idsOf(call).map((id) => ({ ...rawTask(0), importTaskId: id, status })) };
    });
    const service = new DiscoveryService({ client: fake.client });
    const tasks = Array.from({ length: 150 }, (_, i) => service.importTask(rawTask(i)['importTaskId'] as string));
    const changes: number[] = [];
    await service.waitAll(tasks, { ...FAST, onProgress: (all) => changes.push(all.length) });
    expect(changes).toEqual([150, 150]);
    expect(tasks.every((t) => t.status.kind === 'succeeded')).toBe(true);
    expect(fake.calls.map((c) => idsOf(c).length)).toEqual([100, 50, 100, 50]);
  });
});

describe('importTasks', () => {
  it('applies a status combined with another filter on this side, with full pages', async () => {
    const fake = fakeClient(() => ({ tasks: [rawTask(1, { status: 'IMPORT_COMPLETE' }), rawTask(2)] }));
    const found = await new DiscoveryService({ client: fake.client }).importTasks({ name: 'a', status: 'IMPORT_COMPLETE' }).toArray({ limit: 5 });
    expect(found.map((t) => t.name)).toEqual(['task-1']);
    expect(fake.calls[0]?.input).toEqual({ filters: [{ name: 'NAME', values: ['a'] }], maxResults: 100 });
  });

  it('deduplicates values and sends every filter field', async () => {
    const fake = fakeClient(() => ({ tasks: [] }));
    const id = rawTask(1)['importTaskId'] as string;
    await new DiscoveryService({ client: fake.client }).importTasks({ ids: [id, id], name: ['a', 'b'], fileClassification: 'IMPORT_TEMPLATE' }).first();
    expect(fake.calls[0]?.input['filters']).toEqual([
      { name: 'IMPORT_TASK_ID', values: [id] },
      { name: 'NAME', values: ['a', 'b'] },
      { name: 'FILE_CLASSIFICATION', values: ['IMPORT_TEMPLATE'] },
    ]);
  });
});

describe('resume', () => {
  it('rebuilds a handle with the checkpoint status and sends nothing', () => {
    const fake = fakeClient(() => ({}));
    const service = new DiscoveryService({ client: fake.client });
    const id = rawTask(3)['importTaskId'] as string;
    const task = service.resume({ v: 1, service: 'discovery', resource: 'ImportTask', id, status: { kind: 'running', raw: 'IMPORT_IN_PROGRESS' } });
    expect(task.id).toBe(id);
    expect(task.status).toEqual({ kind: 'running', raw: 'IMPORT_IN_PROGRESS' });
    expect(task.toJSON()).toEqual({ v: 1, service: 'discovery', resource: 'ImportTask', id, status: { kind: 'running', raw: 'IMPORT_IN_PROGRESS' } });
    expect(() => service.resume('{nope')).toThrow(expect.objectContaining({ name: 'CheckpointError' }));
    expect(() => service.resume({ v: 1, service: 'discovery', resource: 'ImportTask', id: 'x' })).toThrow(expect.objectContaining({ name: 'CheckpointError', field: 'checkpoint.id' }));
    expect(fake.calls).toEqual([]);
  });
});
