import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { checkExchangesAgainstModel } from '../support/exchange-check.js';
import { csv, MGN_AUTH } from './mgn-support.js';

/** A test-only view of wire bodies, for terse deep access. */
type Json = Record<string, any>;

describe('MGN emulator wire behaviour (raw restJson1 requests)', () => {
  let emu: Emulator;
  let problems: string[];
  const post = async (operation: string, body: unknown): Promise<{ status: number; type: string | null; body: Json }> => {
    const response = await fetch(`${emu.endpoint}/${operation}`, {
      method: 'POST',
      headers: { authorization: MGN_AUTH, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, type: response.headers.get('x-amzn-errortype'), body: (await response.json()) as Json };
  };
  const start = async (key: string, extra: Json = {}): Promise<string> => {
    const answer = await post('StartImport', { s3BucketSource: { s3Bucket: 'inv', s3Key: key }, ...extra });
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);
    return answer.body['importTask'].importID as string;
  };
  const imported = async (key: string, body: string): Promise<{ task: Json; errors: Json[] }> => {
    emu.putObject('inv', key, body);
    const id = await start(key);
    emu.clock.advance(60 * 60_000);
    const task = (await post('ListImports', { filters: { importIDs: [id] } })).body['items'][0] as Json;
    const errors = (await post('ListImportErrors', { importID: id })).body['items'] as Json[];
    return { task, errors };
  };

  beforeAll(async () => {
    emu = await startEmulator({ speed: 0, mgn: { pendingMs: 1_000, msPerRow: 100, minRunMs: 2_000 } });
    // These tests send malformed requests on purpose: check every answer, not the requests.
    problems = checkExchangesAgainstModel(emu, 'mgn', { checkInput: false }).problems;
  });
  afterAll(async () => {
    await emu.close();
  });
  afterEach(() => {
    expect(problems.splice(0)).toEqual([]);
  });

  it('moves an import PENDING -> STARTED -> SUCCEEDED on the emulator clock, computing progress from timestamps', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ 'mgn:server:user-provided-id': `timeline-${i}`, 'mgn:server:platform': 'LINUX' }));
    emu.putObject('inv', 'timeline.csv', csv(rows));
    const t0 = emu.clock.now();
    const id = await start('timeline.csv');
    const at = async (ms: number): Promise<Json> => {
      emu.clock.advance(t0 + ms - emu.clock.now());
      return (await post('ListImports', { filters: { importIDs: [id] } })).body['items'][0] as Json;
    };
    expect(await at(999)).toMatchObject({ status: 'PENDING', progressPercentage: 0 });
    expect((await at(999))['summary']).toBeUndefined();
    expect(await at(1_000)).toMatchObject({ status: 'STARTED', progressPercentage: 0 });
    expect(await at(2_500)).toMatchObject({ status: 'STARTED', progressPercentage: 50 });
    const done = await at(4_000);
    expect(done).toMatchObject({ status: 'SUCCEEDED', progressPercentage: 100, creationDateTime: new Date(t0).toISOString(), endDateTime: new Date(t0 + 4_000).toISOString() });
    expect(done['summary']).toEqual({ servers: { createdCount: 30, modifiedCount: 0 }, applications: { createdCount: 0, modifiedCount: 0 }, waves: { createdCount: 0, modifiedCount: 0 } });
    expect(done['arn']).toBe(`arn:aws:mgn:us-west-2:111122223333:import/${id}`);
  });

  it('answers bad requests with ValidationException naming the field', async () => {
    const cases: [string, Json, string][] = [
      ['StartImport', {}, 's3BucketSource'],
      ['StartImport', { s3BucketSource: { s3Bucket: 'inv', s3Key: 'a.txt' } }, 's3BucketSource.s3Key'],
      ['StartImport', { s3BucketSource: { s3Bucket: 'inv', s3Key: 'a.csv', s3BucketOwner: '1' } }, 's3BucketSource.s3BucketOwner'],
      ['StartImport', { s3BucketSource: { s3Bucket: 'inv', s3Key: 'a.csv' }, tags: { k: 1 } }, 'tags'],
      ['StartExport', { s3Bucket: 'bad bucket', s3Key: 'a.csv' }, 's3Bucket'],
      ['ListImports', { maxResults: 0 }, 'maxResults'],
      ['ListImports', { maxResults: 1001 }, 'maxResults'],
      ['ListImports', { nextToken: 'not-a-token' }, 'nextToken'],
      ['ListImports', { filters: { importIDs: ['import-1'] } }, 'filters.importIDs'],
      ['ListImportErrors', {}, 'importID'],
      ['ListExportErrors', { exportID: 'import-0123456789abcdefg' }, 'exportID'],
    ];
    for (const [operation, body, field] of cases) {
      const answer = await post(operation, body);
      expect([operation, answer.status, answer.type]).toEqual([operation, 400, 'ValidationException']);
      expect(answer.body).toMatchObject({ reason: 'fieldValidationFailed', fieldList: [{ name: field }] });
    }
  });

  it('answers bad ListExports input leniently, since ListExports models no ValidationException', async () => {
    const answers = await Promise.all([
      post('ListExports', { maxResults: 0 }),
      post('ListExports', { nextToken: 'not-a-token' }),
      post('ListExports', { filters: { exportIDs: Array.from({ length: 11 }, () => 'export-0123456789abcdefg') } }),
    ]);
    expect(answers.map((a) => [a.status, a.body])).toEqual([
      [200, { items: [] }],
      [200, { items: [] }],
      [200, { items: [] }],
    ]);
  });

  it('binds nextTokens to their query', async () => {
    for (let i = 0; i < 3; i++) await start(`token-${i}.csv`);
    const first = await post('ListImports', { maxResults: 2 });
    const token = first.body['nextToken'] as string;
    expect(token).toEqual(expect.any(String));
    expect((await post('ListImports', { maxResults: 2, nextToken: token })).status).toBe(200);
    const other = await post('ListImports', { maxResults: 2, nextToken: token, filters: { importIDs: [first.body['items'][0].importID] } });
    expect([other.status, other.type]).toEqual([400, 'ValidationException']);
  });

  it('starts a new import for every request without a clientToken, and returns the first for a repeated one', async () => {
    const a = await start('same.csv');
    const b = await start('same.csv');
    expect(a).not.toBe(b);
    const c = await start('same.csv', { clientToken: 'tok-1' });
    expect(await start('same.csv', { clientToken: 'tok-1' })).toBe(c);
    const conflict = await post('StartImport', { s3BucketSource: { s3Bucket: 'inv', s3Key: 'other.csv' }, clientToken: 'tok-1' });
    expect([conflict.status, conflict.type]).toEqual([409, 'ConflictException']);
    expect(conflict.body).toMatchObject({ resourceId: c, resourceType: 'IMPORT_TASK' });
  });

  it('lists no errors for an import id it does not know', async () => {
    expect((await post('ListImportErrors', { importID: 'import-zzzzzzzzzzzzzzzzz' })).body).toEqual({ items: [] });
  });

  it('fails an import whose bucket owner is another account', async () => {
    emu.putObject('inv', 'owned.csv', csv([{ 'mgn:server:user-provided-id': 'x', 'mgn:server:platform': 'LINUX' }]));
    const id = await start('owned.csv', { s3BucketSource: { s3Bucket: 'inv', s3Key: 'owned.csv', s3BucketOwner: '999999999999' } });
    emu.clock.advance(10_000);
    expect((await post('ListImports', { filters: { importIDs: [id] } })).body['items'][0]).toMatchObject({ status: 'FAILED' });
    expect((await post('ListImportErrors', { importID: id })).body['items'][0]).toMatchObject({ errorType: 'PROCESSING_ERROR', errorData: { rawError: expect.stringMatching(/not owned/) } });
  });

  it('reads quoted fields, CRLF, a BOM and blank lines, and numbers rows as a spreadsheet does', async () => {
    const body = '\uFEFFmgn:app:name,mgn:app:description,mgn:server:user-provided-id,mgn:server:platform\r\n' +
      '"pay, api","multi\r\nline ""desc""",pay-01,LINUX\r\n' +
      '\r\n' +
      'pay,,pay-02,OS2\r\n';
    const { task, errors } = await imported('quoted.csv', body);
    expect(task['summary']['servers']).toEqual({ createdCount: 1, modifiedCount: 0 });
    expect(emu.mgn.applications().find((a) => a.name === 'pay, api')?.description).toBe('multi\r\nline "desc"');
    expect(errors.map((e) => e['errorData'].rowNumber)).toEqual([4]);
  });

  it.each([
    ['an unknown mgn: column', 'mgn:server:user-provided-id,mgn:server:colour\nx,red\n', /unknown column mgn:server:colour/],
    ['a reserved aws: tag', 'mgn:server:user-provided-id,mgn:server:tag:aws:owner\nx,me\n', /reserved/],
    ['a duplicated column', 'mgn:app:name,mgn:app:name\na,b\n', /appears twice/],
    ['an unterminated quote', 'mgn:app:name\n"open\n', /unterminated/],
    ['an empty file', '', /is empty/],
  ])('fails the import for %s', async (_, body, reason) => {
    const { task, errors } = await imported(`refused-${reason.source.length}.csv`, body);
    expect(task['status']).toBe('FAILED');
    expect(errors).toEqual([{ errorDateTime: expect.any(String), errorType: 'PROCESSING_ERROR', errorData: { ...(reason.source === 'unterminated' ? { rowNumber: 2 } : {}), rawError: expect.stringMatching(reason) } }]);
  });

  it('reports each problem of a row as a VALIDATION_ERROR with the ids of what the row refers to', async () => {
    await imported('existing.csv', csv([{ 'mgn:wave:name': 'w-existing', 'mgn:app:name': 'a-existing', 'mgn:server:user-provided-id': 's-existing', 'mgn:server:platform': 'LINUX' }]));
    const server = emu.mgn.servers().find((s) => s.userProvidedId === 's-existing');
    const app = emu.mgn.applications().find((a) => a.name === 'a-existing');
    const wave = emu.mgn.waves().find((w) => w.name === 'w-existing');
    const { task, errors } = await imported('rules.csv', csv([
      { 'mgn:account-id': '999999999999', 'mgn:wave:name': 'w-existing', 'mgn:app:name': 'a-existing', 'mgn:server:user-provided-id': 's-existing', 'mgn:server:fqdn-for-action-framework': 'not a host' },
      {},
      { 'mgn:wave:name': 'w-new', 'mgn:server:user-provided-id': 's-new', 'mgn:server:platform': 'LINUX' },
      { 'mgn:launch:instance-type': 't3.micro' },
      { 'mgn:app:description': 'orphan' },
      { 'mgn:server:user-provided-id': 's-new-2', 'mgn:server:platform': 'LINUX', 'mgn:launch:instance-type': 'huge', 'mgn:launch:nic:0:security-group-id:0': 'sg-1' },
      { 'mgn:wave:name': 'w-existing', 'mgn:app:name': 'a-new', 'mgn:server:user-provided-id': 's-existing' },
      { 'mgn:app:name': 'a-new', 'mgn:server:user-provided-id': 's-existing' },
    ]));
    const byRow = (row: number): Json[] => errors.filter((e) => e['errorData'].rowNumber === row).map((e) => e['errorData']);
    expect(byRow(2)).toEqual([
      { rowNumber: 2, rawError: expect.stringMatching(/not this account/), sourceServerID: server?.id, applicationID: app?.id, waveID: wave?.id, accountID: '999999999999' },
      { rowNumber: 2, rawError: expect.stringMatching(/fully qualified/), sourceServerID: server?.id, applicationID: app?.id, waveID: wave?.id, accountID: '999999999999' },
    ]);
    // Row 3 holds only commas: a blank record, skipped but counted (docs/import-files.md, Row numbers).
    expect(byRow(3)).toEqual([]);
    expect(byRow(4).map((e) => e['rawError'])).toEqual([expect.stringMatching(/through its application/)]);
    expect(byRow(5).map((e) => e['rawError'])).toEqual([expect.stringMatching(/names no server/), expect.stringMatching(/need mgn:server:user-provided-id/)]);
    expect(byRow(6).map((e) => e['rawError'])).toEqual([expect.stringMatching(/names no server/), expect.stringMatching(/need mgn:app:name/)]);
    expect(byRow(7).map((e) => e['rawError'])).toEqual([expect.stringMatching(/instance type/), expect.stringMatching(/security group/)]);
    expect(errors.every((e) => e['errorType'] === 'VALIDATION_ERROR')).toBe(true);
    // Rows 8 and 9 are valid: the existing server moves to a new application (counted once), in the existing wave.
    expect(task['summary']).toEqual({ servers: { createdCount: 0, modifiedCount: 1 }, applications: { createdCount: 1, modifiedCount: 0 }, waves: { createdCount: 0, modifiedCount: 1 } });
    expect(emu.mgn.servers().find((s) => s.userProvidedId === 's-existing')?.applicationId).toBe(emu.mgn.applications().find((a) => a.name === 'a-new')?.id);
  });

  it('exports tags and launch settings, writing the file only when the export succeeds', async () => {
    await imported('tagged.csv', csv([
      { 'mgn:wave:name': 'w-t', 'mgn:wave:tag:phase': '1', 'mgn:app:name': 'a-t', 'mgn:app:tag:owner': 'ops', 'mgn:server:user-provided-id': 's-t', 'mgn:server:platform': 'linux', 'mgn:server:tag:env': 'dev', 'mgn:launch:instance-type': 'm5.large' },
    ]));
    const answer = await post('StartExport', { s3Bucket: 'out', s3Key: 'tagged.csv', tags: { purpose: 'test' } });
    expect(answer.body['exportTask']).toMatchObject({ status: 'PENDING', tags: { purpose: 'test' } });
    emu.clock.advance(1_000);
    expect(emu.getObject('out', 'tagged.csv')).toBeUndefined();
    emu.clock.advance(60 * 60_000);
    const listed = (await post('ListExports', { filters: { exportIDs: [answer.body['exportTask'].exportID] } })).body['items'][0] as Json;
    expect(listed['status']).toBe('SUCCEEDED');
    const lines = new TextDecoder().decode(emu.getObject('out', 'tagged.csv')).trimEnd().split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    const row = lines.map((l) => l.split(',')).find((cells) => cells.includes('s-t')) ?? [];
    const cell = (column: string): string | undefined => row[header.indexOf(column)];
    expect([cell('mgn:wave:tag:phase'), cell('mgn:app:tag:owner'), cell('mgn:server:tag:env'), cell('mgn:server:platform'), cell('mgn:launch:instance-type')]).toEqual(['1', 'ops', 'dev', 'LINUX', 'm5.large']);
    expect((await post('ListExportErrors', { exportID: listed['exportID'] })).body).toEqual({ items: [] });
  });

  it('answers every operation with UninitializedAccountException while the account is not initialised', async () => {
    emu.mgn.initialized = false;
    try {
      for (const operation of ['StartImport', 'ListImports', 'ListImportErrors', 'StartExport', 'ListExports', 'ListExportErrors']) {
        const answer = await post(operation, {});
        expect([operation, answer.status, answer.type]).toEqual([operation, 400, 'UninitializedAccountException']);
      }
    } finally {
      emu.mgn.initialized = true;
    }
  });
});

describe('MGN emulator quotas', () => {
  it('refuses a second active import with ServiceQuotaExceededException (402) until the first ends', async () => {
    const emu = await startEmulator({ speed: 0, mgn: { maxActiveImports: 1 } });
    const { problems } = checkExchangesAgainstModel(emu, 'mgn', { checkInput: false });
    try {
      const post = (body: unknown) =>
        fetch(`${emu.endpoint}/StartImport`, { method: 'POST', headers: { authorization: MGN_AUTH }, body: JSON.stringify(body) });
      const body = { s3BucketSource: { s3Bucket: 'inv', s3Key: 'missing.csv' } };
      expect((await post(body)).status).toBe(202);
      const refused = await post(body);
      expect([refused.status, refused.headers.get('x-amzn-errortype')]).toEqual([402, 'ServiceQuotaExceededException']);
      expect(await refused.json()).toMatchObject({ quotaValue: 1, resourceType: 'IMPORT_TASK', serviceCode: 'mgn' });
      emu.clock.advance(1_000);
      expect((await post(body)).status).toBe(202);
      expect(problems).toEqual([]);
    } finally {
      await emu.close();
    }
  });

  it('refuses options outside their range', async () => {
    await expect(startEmulator({ mgn: { pendingMs: -1 } })).rejects.toThrow(/pendingMs/);
    await expect(startEmulator({ mgn: { maxActiveImports: 0 } })).rejects.toThrow(/maxActiveImports/);
  });
});
