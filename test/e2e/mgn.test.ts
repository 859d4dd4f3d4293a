import { MgnClient } from '@aws-sdk/client-mgn';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError, ResourceNotFoundError, TaskFailedError } from '../../src/core/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { MgnExport, MgnImport, MgnService, type MgnStartImportInput } from '../../src/mgn/index.js';
import { rejectedFieldOf } from '../support/validation-error.js';
import { checkExchangesAgainstModel } from '../support/exchange-check.js';
import { csv, MGN_AUTH } from './mgn-support.js';

const WAVE_1 = csv([
  { 'mgn:wave:name': 'wave-1', 'mgn:app:name': 'billing', 'mgn:server:user-provided-id': 'web-01', 'mgn:server:platform': 'LINUX', 'mgn:server:tag:env': 'prod' },
  { 'mgn:wave:name': 'wave-1', 'mgn:app:name': 'billing', 'mgn:server:user-provided-id': 'web-02', 'mgn:server:platform': 'LINUX' },
  { 'mgn:app:name': 'ledger', 'mgn:server:user-provided-id': 'db-01', 'mgn:server:platform': 'WINDOWS', 'mgn:server:fqdn-for-action-framework': 'db-01.corp.example.com' },
]);

/** Rows 2, 4 and 6 are good; 3, 5 and 7 are not (row 1 is the header). */
const WITH_BAD_ROWS = csv([
  { 'mgn:app:name': 'crm', 'mgn:server:user-provided-id': 'crm-01', 'mgn:server:platform': 'LINUX', 'mgn:launch:nic:0:subnet-id': '' },
  { 'mgn:app:name': 'crm', 'mgn:server:user-provided-id': 'crm-02', 'mgn:server:platform': 'SOLARIS' },
  { 'mgn:app:name': 'crm', 'mgn:server:user-provided-id': 'crm-03', 'mgn:server:platform': 'WINDOWS' },
  { 'mgn:app:name': 'crm', 'mgn:server:user-provided-id': 'crm-04' },
  { 'mgn:app:name': 'crm', 'mgn:server:user-provided-id': 'crm-05', 'mgn:server:platform': 'LINUX', 'mgn:launch:nic:0:subnet-id': 'subnet-0123abcd' },
  { 'mgn:app:name': 'crm', 'mgn:server:user-provided-id': 'crm-06', 'mgn:server:platform': 'LINUX', 'mgn:launch:nic:0:subnet-id': 'net-1' },
]);

const fast = (emu: Emulator) => ({ clock: emu.clock.toWaitClock(), minDelayMs: 500, maxDelayMs: 500 });

describe('MGN imports and exports over HTTP with @aws-sdk/client-mgn', () => {
  let emu: Emulator;
  let mgn: MgnService;
  let problems: string[];
  beforeAll(async () => {
    emu = await startEmulator({ speed: 0 });
    problems = checkExchangesAgainstModel(emu, 'mgn').problems;
    mgn = new MgnService({ ...emu.clientConfig });
  });
  afterAll(async () => {
    await emu.close();
  });
  afterEach(() => {
    expect(problems.splice(0)).toEqual([]);
  });

  it('starts an import and reports growing progress until it succeeds with the counts of the file', async () => {
    emu.putObject('inventory', 'wave-1.csv', WAVE_1);
    const imp = await mgn.startImport({ bucket: 'inventory', key: 'wave-1.csv' });
    expect(imp.id).toMatch(/^import-[0-9a-zA-Z]{17}$/);
    expect(imp.status).toEqual({ kind: 'pending', raw: 'PENDING' });
    expect(imp.source).toEqual({ bucket: 'inventory', key: 'wave-1.csv' });
    expect(imp.creationTime).toEqual(new Date(emu.clock.now()));
    expect(imp.endTime).toBeUndefined();

    const seen: [string, number | undefined][] = [];
    const done = await imp.waitUntilComplete({ ...fast(emu), onProgress: (i) => seen.push([i.status.kind, i.progress?.percent]) });
    expect(done).toBe(imp);
    expect(seen[0]).toEqual(['pending', 0]);
    expect(seen.at(-1)).toEqual(['succeeded', 100]);
    const running = seen.filter(([kind]) => kind === 'running').map(([, percent]) => percent ?? -1);
    expect(running.length).toBeGreaterThanOrEqual(2);
    expect(running).toEqual([...running].sort((a, b) => a - b));
    expect(new Set(running).size).toBe(running.length);
    expect(imp.summary).toEqual({
      servers: { created: 3, modified: 0 },
      applications: { created: 2, modified: 0 },
      waves: { created: 1, modified: 0 },
    });
    expect(imp.endTime?.getTime()).toBeGreaterThan(imp.creationTime?.getTime() ?? Infinity);
    expect([...(await imp.errors().toArray({ limit: Infinity }))]).toEqual([]);
    const servers = emu.mgn.servers();
    expect(servers.map((s) => s.userProvidedId).sort()).toEqual(['db-01', 'web-01', 'web-02']);
    expect(servers.find((s) => s.userProvidedId === 'web-01')).toMatchObject({ platform: 'LINUX', tags: { env: 'prod' } });
    expect(emu.mgn.applications().find((a) => a.name === 'billing')?.waveId).toBe(emu.mgn.waves()[0]?.id);
  });

  it('lists the errors of bad rows with their row numbers and imports the good rows', async () => {
    emu.putObject('inventory', 'crm.csv', WITH_BAD_ROWS);
    const imp = await (await mgn.startImport({ bucket: 'inventory', key: 'crm.csv' })).waitUntilComplete(fast(emu));
    expect(imp.status.kind).toBe('succeeded');
    expect(imp.summary.servers).toEqual({ created: 3, modified: 0 });
    const errors = await imp.errors().toArray({ limit: Infinity });
    expect(errors.map((e) => [e.rowNumber, e.errorType])).toEqual([
      [3, 'VALIDATION_ERROR'],
      [5, 'VALIDATION_ERROR'],
      [7, 'VALIDATION_ERROR'],
    ]);
    expect(errors[0]?.rawError).toMatch(/SOLARIS/);
    expect(errors[1]?.rawError).toMatch(/platform is required/);
    expect(errors[2]?.rawError).toMatch(/not a subnet id/);
    expect(errors[0]?.errorDateTime).toBeInstanceOf(Date);
    expect(emu.mgn.servers().find((s) => s.userProvidedId === 'crm-05')?.launch).toEqual({ 'mgn:launch:nic:0:subnet-id': 'subnet-0123abcd' });
  });

  it('ends FAILED when the object is missing, and waitUntilSucceeded throws TaskFailedError with the snapshot', async () => {
    const imp = await mgn.startImport({ bucket: 'inventory', key: 'missing.csv' });
    const error = await imp.waitUntilSucceeded(fast(emu)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect((error as TaskFailedError<MgnImport>).snapshot.status).toEqual({ kind: 'failed', raw: 'FAILED' });
    const errors = await imp.errors().toArray({ limit: 10 });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ errorType: 'PROCESSING_ERROR', rawError: expect.stringMatching(/does not exist/) });
    expect(errors[0]?.rowNumber).toBeUndefined();
  });

  it('ends FAILED when the object is not a CSV file', async () => {
    emu.putObject('inventory', 'archive.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]));
    emu.putObject('inventory', 'discovery.csv', 'ExternalId,HostName\n1,web-01\n');
    for (const [key, reason] of [['archive.csv', /not a CSV file/], ['discovery.csv', /no mgn: columns/]] as const) {
      const imp = await (await mgn.startImport({ bucket: 'inventory', key })).waitUntilComplete(fast(emu));
      expect(imp.status.kind).toBe('failed');
      expect(imp.summary.servers).toEqual({ created: 0, modified: 0 });
      expect((await imp.errors().first())?.rawError).toMatch(reason);
    }
  });

  it('modifies instead of creating when the same file is imported again', async () => {
    const first = await mgn.import((await mgn.imports().first())?.id ?? '').refresh();
    expect(first.summary.servers.created).toBe(3);
    const again = await (await mgn.startImport({ bucket: 'inventory', key: 'wave-1.csv' })).waitUntilComplete(fast(emu));
    expect(again.summary).toEqual({
      servers: { created: 0, modified: 3 },
      applications: { created: 0, modified: 2 },
      waves: { created: 0, modified: 1 },
    });
    expect(emu.mgn.servers().filter((s) => s.userProvidedId.startsWith('web-') || s.userProvidedId === 'db-01')).toHaveLength(3);
  });

  it('sends tags on the wire even though client-mgn 3.523 does not know them', async () => {
    const imp = await mgn.startImport({ bucket: 'inventory', key: 'wave-1.csv', tags: { team: 'migration', cost: '' } });
    expect(emu.requests.at(-1)?.input).toMatchObject({ tags: { team: 'migration', cost: '' } });
    const listed = emu.requests.at(-1)?.output as { importTask: { importID: string; tags?: unknown } };
    expect(listed.importTask).toMatchObject({ importID: imp.id, tags: { team: 'migration', cost: '' } });
    expect(JSON.stringify(imp)).not.toMatch(/migration/);
  });

  it('returns the same import for a repeated clientToken, and ConflictException for other parameters', async () => {
    const input: MgnStartImportInput = { bucket: 'inventory', key: 'wave-1.csv', clientToken: 'wave-1-once' };
    const a = await mgn.startImport(input);
    const b = await mgn.startImport(input);
    expect(b.id).toBe(a.id);
    const conflict = await mgn.startImport({ ...input, key: 'crm.csv' }).catch((e: unknown) => e);
    expect(conflict).toMatchObject({ name: 'ConflictException', $metadata: { httpStatusCode: 409, requestId: expect.any(String) } });
  });

  it('creates one import when StartImport is handled but its answer is lost and the SDK retries', async () => {
    const count = async (): Promise<number> => (await mgn.imports().toArray({ limit: Infinity })).length;
    const before = await count();
    const starts = emu.requestCount('StartImport');
    emu.faults.inject({ kind: 'drop-response', service: 'mgn', operation: 'StartImport' });
    const imp = await mgn.startImport({ bucket: 'inventory', key: 'wave-1.csv' });
    const exchanges = emu.requests.filter((r) => r.operation === 'StartImport').slice(starts);
    expect(exchanges.map((r) => r.fault ?? r.status)).toEqual(['drop-response', 202]);
    expect(exchanges[0]?.input['clientToken']).toBe(exchanges[1]?.input['clientToken']);
    expect((exchanges[0]?.output as { importTask: { importID: string } }).importTask.importID).toBe(imp.id);
    expect(await count()).toBe(before + 1);
  });

  it('creates one import when the connection drops before StartImport is handled', async () => {
    const before = (await mgn.imports().toArray({ limit: Infinity })).length;
    emu.faults.inject({ kind: 'drop', service: 'mgn', operation: 'StartImport' });
    await mgn.startImport({ bucket: 'inventory', key: 'wave-1.csv' });
    expect((await mgn.imports().toArray({ limit: Infinity })).length).toBe(before + 1);
  });

  it('survives throttling while waiting: the SDK retries one 429, the waiter retries more', async () => {
    const imp = await mgn.startImport({ bucket: 'inventory', key: 'wave-1.csv' });
    emu.faults.inject({ kind: 'throttle', service: 'mgn', operation: 'ListImports', count: 1 });
    await imp.refresh();
    expect(emu.requests.slice(-2).map((r) => [r.status, r.errorType])).toEqual([[429, 'ThrottlingException'], [200, undefined]]);

    const noRetries = new MgnService({ ...emu.clientConfig, maxAttempts: 1 });
    const resumed = noRetries.resume(imp.toJSON());
    emu.faults.inject({ kind: 'throttle', service: 'mgn', operation: 'ListImports', count: 3 });
    const lists = emu.requestCount('ListImports');
    await resumed.waitUntilComplete(fast(emu));
    expect(resumed.status.kind).toBe('succeeded');
    expect(emu.requests.filter((r) => r.operation === 'ListImports').slice(lists - emu.requestCount('ListImports')).filter((r) => r.status === 429)).toHaveLength(3);
  });

  it('answers throttling with 429, x-amzn-errortype and retry-after on the wire', async () => {
    emu.faults.inject({ kind: 'throttle', service: 'mgn', operation: 'ListImports' });
    const response = await fetch(`${emu.endpoint}/ListImports`, { method: 'POST', headers: { authorization: MGN_AUTH, 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(429);
    expect(response.headers.get('x-amzn-errortype')).toBe('ThrottlingException');
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toEqual({ message: 'Rate exceeded' });
  });

  it('rejects invalid input with a ValidationError naming the field, before any request', async () => {
    const sent = emu.requestCount();
    const cases: [() => Promise<unknown> | unknown, string][] = [
      [() => mgn.startImport({ bucket: 'Bad_Bucket', key: 'a.csv' }), 'bucket'],
      [() => mgn.startImport({ bucket: 'ab', key: 'a.csv' }), 'bucket'],
      [() => mgn.startImport({ bucket: 'inventory', key: 'servers.xlsx' }), 'key'],
      [() => mgn.startImport({ bucket: 'inventory', key: '' }), 'key'],
      [() => mgn.startImport({ bucket: 'inventory', key: `${'k'.repeat(1021)}.csv` }), 'key'],
      [() => mgn.startImport({ bucket: 'inventory', key: 'a.csv', bucketOwner: '12345' }), 'bucketOwner'],
      [() => mgn.startImport({ bucket: 'inventory', key: 'a.csv', clientToken: '' }), 'clientToken'],
      [() => mgn.startImport({ bucket: 'inventory', key: 'a.csv', clientToken: 'x'.repeat(65) }), 'clientToken'],
      [() => mgn.startImport({ bucket: 'inventory', key: 'a.csv', tags: { 'aws:owner': 'me' } }), 'tags.aws:owner'],
      [() => mgn.startImport({ bucket: 'inventory', key: 'a.csv', tags: { team: 'v'.repeat(257) } }), 'tags.team'],
      [() => mgn.startImport({ bucket: 'inventory', key: 'a.csv', tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) }), 'tags'],
      [() => mgn.startExport({ bucket: 'inventory', key: 'out.json' }), 'key'],
      [() => mgn.import('import-123'), 'id'],
      [() => mgn.export('import-0123456789abcdefg'), 'id'],
      [() => mgn.imports({ importIDs: Array.from({ length: 11 }, () => 'import-0123456789abcdefg') }), 'importIDs'],
      [() => mgn.imports({ importIDs: ['nope'] }), 'importIDs[0]'],
      [() => mgn.exports({ exportIDs: [] }), 'exportIDs'],
      [() => mgn.imports({ pageSize: 0 }), 'pageSize'],
    ];
    for (const [call, field] of cases) expect(await rejectedFieldOf(call), field).toBe(field);
    expect(emu.requestCount()).toBe(sent);
  });

  it('exports the inventory as CSV to S3, and re-importing the export modifies everything', async () => {
    const exp = await mgn.startExport({ bucket: 'exports', key: 'all/inventory.csv' });
    expect(exp.destination).toEqual({ bucket: 'exports', key: 'all/inventory.csv' });
    expect(emu.getObject('exports', 'all/inventory.csv')).toBeUndefined();
    await exp.waitUntilSucceeded(fast(emu));
    const servers = emu.mgn.servers().length;
    expect(exp.summary).toEqual({ servers, applications: emu.mgn.applications().length, waves: emu.mgn.waves().length });
    const text = new TextDecoder().decode(emu.getObject('exports', 'all/inventory.csv'));
    expect(text.split('\r\n')[0]).toMatch(/^mgn:wave:name,.*mgn:server:user-provided-id/);
    expect(text).toContain('db-01.corp.example.com');

    const back = await (await mgn.startImport({ bucket: 'exports', key: 'all/inventory.csv' })).waitUntilComplete(fast(emu));
    expect(back.summary.servers).toEqual({ created: 0, modified: servers });
    expect(await back.errors().toArray({ limit: 5 })).toEqual([]);
    expect((await mgn.exports({ exportIDs: [exp.id] }).toArray({ limit: 2 })).map((e) => e.id)).toEqual([exp.id]);
    expect((await mgn.export(exp.id).refresh()).status.kind).toBe('succeeded');
  });

  it('reports a failed export and lists its errors', async () => {
    emu.mgn.failNextExport('the destination bucket refused the write');
    const exp = await (await mgn.startExport({ bucket: 'exports', key: 'broken.csv' })).waitUntilComplete(fast(emu));
    expect(exp.status).toEqual({ kind: 'failed', raw: 'FAILED' });
    const errors = await exp.errors().toArray({ limit: Infinity });
    expect(errors).toEqual([{ rawError: 'the destination bucket refused the write', errorDateTime: expect.any(Date) }]);
  });

  it('resumes a wait from a checkpoint in a new facade', async () => {
    emu.putObject('inventory', 'resume.csv', csv([{ 'mgn:server:user-provided-id': 'resume-01', 'mgn:server:platform': 'LINUX' }]));
    const imp = await mgn.startImport({ bucket: 'inventory', key: 'resume.csv' });
    const saved = JSON.stringify(imp);
    expect(JSON.parse(saved)).toEqual({ v: 1, service: 'mgn', resource: 'MgnImport', id: imp.id, status: { kind: 'pending', raw: 'PENDING' } });

    const later = new MgnService({ ...emu.clientConfig });
    const resumed = later.resume(saved);
    expect(resumed).toBeInstanceOf(MgnImport);
    expect(resumed.status.kind).toBe('pending');
    await resumed.waitUntilComplete(fast(emu));
    expect(resumed.status.kind).toBe('succeeded');
    expect((resumed as MgnImport).summary.servers.created).toBe(1);

    const exp = await mgn.startExport({ bucket: 'exports', key: 'resume.csv' });
    const again = later.resume(exp.toJSON());
    expect(again).toBeInstanceOf(MgnExport);
    expect(() => later.resume({ v: 1, service: 'dms', resource: 'MgnImport', id: imp.id })).toThrow(CheckpointError);
    expect(() => later.resume({ v: 1, service: 'mgn', resource: 'MgnImport', id: 'import-1' })).toThrow(CheckpointError);
  });

  it('fails at once with ResourceNotFoundError for an id MGN does not know', async () => {
    const unknown = 'import-zzzzzzzzzzzzzzzzz';
    await expect(mgn.import(unknown).refresh()).rejects.toBeInstanceOf(ResourceNotFoundError);
    const handle = mgn.resume({ v: 1, service: 'mgn', resource: 'MgnImport', id: unknown });
    const lists = emu.requestCount('ListImports');
    await expect(handle.waitUntilComplete(fast(emu))).rejects.toMatchObject({ name: 'ResourceNotFoundError', id: unknown, resourceType: 'MgnImport' });
    expect(emu.requestCount('ListImports') - lists).toBe(1);
  });

  it('coalesces concurrent refreshes into one ListImports call of up to ten ids', async () => {
    const all = await mgn.imports().toArray({ limit: 12 });
    expect(all).toHaveLength(12);
    const lists = emu.requestCount('ListImports');
    await Promise.all(all.map((imp) => imp.refresh()));
    const calls = emu.requests.filter((r) => r.operation === 'ListImports').slice(lists);
    expect(calls.map((r) => (r.input['filters'] as { importIDs: string[] }).importIDs.length)).toEqual([10, 2]);
  });

  it('stops a wait on abort with the signal reason and sends nothing after it', async () => {
    const imp = await mgn.startImport({ bucket: 'inventory', key: 'wave-1.csv' });
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    let polls = 0;
    const waiting = imp.waitUntilComplete({
      ...fast(emu),
      onProgress: () => {
        polls += 1;
        if (polls === 2) controller.abort(reason);
      },
      signal: controller.signal,
    });
    await expect(waiting).rejects.toBe(reason);
    const sent = emu.requestCount();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(emu.requestCount()).toBe(sent);
  });

  it('passes UninitializedAccountException through with its $metadata', async () => {
    emu.mgn.initialized = false;
    try {
      const error = await mgn.imports().first().catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'UninitializedAccountException', $metadata: { httpStatusCode: 400 } });
    } finally {
      emu.mgn.initialized = true;
    }
  });

  it('works with a client the user built', async () => {
    const own = new MgnService({ client: new MgnClient({ ...emu.clientConfig }) });
    expect((await own.imports({ pageSize: 1 }).first())?.id).toMatch(/^import-/);
  });
});

describe('MGN pagination and quotas', () => {
  let emu: Emulator;
  let mgn: MgnService;
  let problems: string[];
  beforeAll(async () => {
    emu = await startEmulator({ speed: 0, mgn: { maxActiveExports: 1 } });
    problems = checkExchangesAgainstModel(emu, 'mgn').problems;
    mgn = new MgnService({ ...emu.clientConfig });
  });
  afterAll(async () => {
    await emu.close();
  });
  afterEach(() => {
    expect(problems.splice(0)).toEqual([]);
  });

  it('pages through imports, sending one request per page and none after break', async () => {
    for (let i = 0; i < 25; i++) await mgn.startImport({ bucket: 'inventory', key: `part-${i}.csv` });
    let lists = emu.requestCount('ListImports');
    const all = await mgn.imports({ pageSize: 10 }).toArray({ limit: Infinity });
    expect(all.map((i) => i.source?.key)).toEqual(Array.from({ length: 25 }, (_, i) => `part-${i}.csv`));
    expect(emu.requestCount('ListImports') - lists).toBe(3);
    expect(emu.requests.slice(-3).map((r) => r.input['maxResults'])).toEqual([10, 10, 10]);

    lists = emu.requestCount('ListImports');
    const firstTwelve = await mgn.imports({ pageSize: 10 }).toArray({ limit: 12 });
    expect(firstTwelve).toHaveLength(12);
    expect(emu.requests.slice(-2).map((r) => r.input['maxResults'])).toEqual([10, 2]);

    lists = emu.requestCount('ListImports');
    for await (const imp of mgn.imports({ pageSize: 5 })) {
      expect(imp.id).toMatch(/^import-/);
      break;
    }
    expect(emu.requestCount('ListImports') - lists).toBe(1);
  });

  it('pages through import errors', async () => {
    const rows = Array.from({ length: 23 }, (_, i) => ({ 'mgn:server:user-provided-id': `bad-${i}`, 'mgn:server:platform': 'BEOS' }));
    emu.putObject('inventory', 'bad.csv', csv(rows));
    const imp = await (await mgn.startImport({ bucket: 'inventory', key: 'bad.csv' })).waitUntilComplete(fast(emu));
    const before = emu.requestCount('ListImportErrors');
    const pages: number[] = [];
    for await (const page of imp.errors({ pageSize: 10 }).pages()) pages.push(page.length);
    expect(pages).toEqual([10, 10, 3]);
    expect(emu.requestCount('ListImportErrors') - before).toBe(3);
    const all = await imp.errors({ pageSize: 10 }).toArray({ limit: Infinity });
    expect(all.map((e) => e.rowNumber)).toEqual(Array.from({ length: 23 }, (_, i) => i + 2));
  });

  it('passes ServiceQuotaExceededException through when too many exports run', async () => {
    const first = await mgn.startExport({ bucket: 'exports', key: 'one.csv' });
    const error = await mgn.startExport({ bucket: 'exports', key: 'two.csv' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ServiceQuotaExceededException', quotaValue: 1, $metadata: { httpStatusCode: 402 } });
    await first.waitUntilComplete(fast(emu));
    await expect(mgn.startExport({ bucket: 'exports', key: 'two.csv' })).resolves.toBeInstanceOf(MgnExport);
  });
});
