/**
 * The Discovery emulator's service semantics, spoken to with the raw wire client (no facade): validation errors,
 * idempotent tokens, filter semantics, paging, outcomes computed from the CSV, the errors archive and deletion.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BatchDeleteImportDataCommand,
  DescribeImportTasksCommand,
  DiscoveryClient,
  StartImportTaskCommand,
} from '../../src/discovery/client/index.js';
import type { ImportTask } from '../../src/discovery/client/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { MIXED_FILE, csv, goodRows } from '../discovery/support.js';
import { checkExchangesAgainstModel, type ExchangeCheck } from '../support/exchange-check.js';

let emu: Emulator;
let client: DiscoveryClient;
let wire: ExchangeCheck;

beforeAll(async () => {
  emu = await startEmulator({ speed: 0, discovery: { importDurationMs: 10_000, deleteDurationMs: 5_000, maxImportedRecords: 50, maxServersPerApplication: 5, maxApplications: 4, maxDeletedRecordsPerDay: 20 } });
  client = new DiscoveryClient({ ...emu.clientConfig, maxAttempts: 1 });
  // The requests the emulator refuses as invalid are sent so on purpose; every other request is checked too.
  wire = checkExchangesAgainstModel(emu, 'discovery', { inputUncheckedOn: ['InvalidParameterValueException'] });
  emu.putObject('bucket', 'mixed.csv', MIXED_FILE);
  emu.putObject('bucket', 'good.csv', csv(goodRows(3)));
});
afterAll(async () => {
  wire.stop();
  client.destroy();
  await emu.close();
});
afterEach(() => expect(wire.problems.splice(0)).toEqual([]));

async function start(name: string, importUrl: string, clientRequestToken?: string): Promise<ImportTask> {
  const out = await client.send(new StartImportTaskCommand({ name, importUrl, ...(clientRequestToken ? { clientRequestToken } : {}) }));
  if (!out.task) throw new Error('no task');
  return out.task;
}

async function describeOne(id: string): Promise<ImportTask | undefined> {
  const out = await client.send(new DescribeImportTasksCommand({ filters: [{ name: 'IMPORT_TASK_ID', values: [id] }] }));
  return out.tasks?.[0];
}

describe('StartImportTask', () => {
  it('starts IMPORT_IN_PROGRESS and completes on the emulator clock with counts from the CSV', async () => {
    const task = await start('good', 's3://bucket/good.csv');
    expect(task.importTaskId).toMatch(/^import-task-[0-9a-f]{32}$/);
    expect(task.status).toBe('IMPORT_IN_PROGRESS');
    expect(task.importCompletionTime).toBeUndefined();
    emu.clock.advance(10_000);
    const done = await describeOne(task.importTaskId ?? '');
    expect(done).toMatchObject({ status: 'IMPORT_COMPLETE', fileClassification: 'IMPORT_TEMPLATE', serverImportSuccess: 3, serverImportFailure: 0 });
    expect(done?.importCompletionTime?.getTime()).toBe((task.importRequestTime?.getTime() ?? 0) + 10_000);
    expect(done?.errorsAndFailedEntriesZip).toBeUndefined();
  });

  it('returns the original task for a repeated clientRequestToken', async () => {
    const before = emu.discovery.taskCount;
    const a = await start('idem', 's3://bucket/good.csv', 'token-abc');
    const b = await start('other name', 's3://bucket/good.csv', 'token-abc');
    expect(b.importTaskId).toBe(a.importTaskId);
    expect(b.name).toBe('idem');
    expect(emu.discovery.taskCount).toBe(before + 1);
  });

  it('answers InvalidParameterValueException for a URL that is not an S3 object, and for a blank name', async () => {
    await expect(start('x', 'https://example.com/file.csv')).rejects.toMatchObject({ name: 'InvalidParameterValueException' });
    await expect(start('   ', 's3://bucket/good.csv')).rejects.toMatchObject({ name: 'InvalidParameterValueException' });
    await expect(start('x'.repeat(256), 's3://bucket/good.csv')).rejects.toMatchObject({ name: 'InvalidParameterValueException' });
  });

  it('ends IMPORT_COMPLETE_WITH_ERRORS with an archive of the failed rows and an error log', async () => {
    const task = await start('mixed', 'https://bucket.s3.us-west-2.amazonaws.com/mixed.csv');
    emu.clock.advance(10_000);
    const done = await describeOne(task.importTaskId ?? '');
    expect(done).toMatchObject({
      status: 'IMPORT_COMPLETE_WITH_ERRORS',
      serverImportSuccess: 3,
      serverImportFailure: 3,
      applicationImportSuccess: 2,
      applicationImportFailure: 1,
    });
    const url = done?.errorsAndFailedEntriesZip ?? '';
    expect(url).toContain('X-Amz-Signature=');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['error_log.txt', 'failed_entries.csv']);
    const log = strFromU8(files['error_log.txt'] ?? new Uint8Array()).trim().split('\n');
    expect(log.map((line) => line.slice(0, line.indexOf(':')))).toEqual(['Row 3', 'Row 3', 'Row 5', 'Row 5', 'Row 7']);
    const failed = strFromU8(files['failed_entries.csv'] ?? new Uint8Array());
    expect(failed.split('\r\n')[0]).toMatch(/,Errors$/);
    expect(failed).toContain('10.0.0.400');
  });

  it('fails unsupported, missing and oversized files with the statuses the service uses', async () => {
    emu.putObject('bucket', 'binary.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff]));
    emu.putObject('bucket', 'other.csv', 'name,size\nfoo,1\n');
    const ids = [
      await start('bin', 's3://bucket/binary.csv'),
      await start('other', 's3://bucket/other.csv'),
      await start('missing', 's3://bucket/nope.csv'),
    ].map((t) => t.importTaskId ?? '');
    emu.clock.advance(10_000);
    const statuses = await Promise.all(ids.map(async (id) => (await describeOne(id))?.status));
    expect(statuses).toEqual(['IMPORT_FAILED_UNSUPPORTED_FILE_TYPE', 'IMPORT_FAILED_UNSUPPORTED_FILE_TYPE', 'IMPORT_FAILED']);
  });
});

describe('DescribeImportTasks', () => {
  it('enforces maxResults 1–100 with InvalidParameterValueException', async () => {
    await expect(client.send(new DescribeImportTasksCommand({ maxResults: 0 }))).rejects.toMatchObject({ name: 'InvalidParameterValueException' });
    await expect(client.send(new DescribeImportTasksCommand({ maxResults: 101 }))).rejects.toMatchObject({ name: 'InvalidParameterValueException' });
  });

  it('pages with opaque tokens bound to the filters', async () => {
    const first = await client.send(new DescribeImportTasksCommand({ maxResults: 2 }));
    expect(first.tasks).toHaveLength(2);
    expect(first.nextToken).toEqual(expect.any(String));
    const second = await client.send(new DescribeImportTasksCommand({ maxResults: 2, nextToken: first.nextToken }));
    expect(second.tasks?.[0]?.importTaskId).not.toBe(first.tasks?.[1]?.importTaskId);
    await expect(
      client.send(new DescribeImportTasksCommand({ maxResults: 2, nextToken: first.nextToken, filters: [{ name: 'NAME', values: ['good'] }] })),
    ).rejects.toMatchObject({ name: 'InvalidParameterValueException' });
  });

  it('answers an IMPORT_TASK_ID filter of several values with each listed task once, skipping unknown ids, and refuses 101 values', async () => {
    const listed = await client.send(new DescribeImportTasksCommand({ maxResults: 3 }));
    const ids = (listed.tasks ?? []).map((t) => t.importTaskId ?? '');
    expect(ids).toHaveLength(3);
    const unknown = `import-task-${'f'.repeat(32)}`;
    const out = await client.send(new DescribeImportTasksCommand({ filters: [{ name: 'IMPORT_TASK_ID', values: [ids[2] ?? '', unknown, ids[0] ?? '', ids[0] ?? ''] }] }));
    expect(out.tasks?.map((t) => t.importTaskId)).toEqual([ids[0], ids[2]]);
    expect(out.nextToken).toBeUndefined();
    const none = await client.send(new DescribeImportTasksCommand({ filters: [{ name: 'IMPORT_TASK_ID', values: [unknown] }] }));
    expect(none.tasks ?? []).toEqual([]);
    const tooMany = Array.from({ length: 101 }, (_, i) => `import-task-${i.toString(16).padStart(32, '0')}`);
    await expect(client.send(new DescribeImportTasksCommand({ filters: [{ name: 'IMPORT_TASK_ID', values: tooMany }] }))).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
    });
    expect((await client.send(new DescribeImportTasksCommand({ filters: [{ name: 'IMPORT_TASK_ID', values: tooMany.slice(0, 100) }] }))).tasks ?? []).toEqual([]);
  });

  it('ignores every other filter when a STATUS filter is present', async () => {
    const byName = await client.send(new DescribeImportTasksCommand({ filters: [{ name: 'NAME', values: ['good'] }] }));
    expect(byName.tasks?.map((t) => t.name)).toEqual(['good']);
    const mixed = await client.send(
      new DescribeImportTasksCommand({ filters: [{ name: 'NAME', values: ['good'] }, { name: 'STATUS', values: ['IMPORT_COMPLETE'] }] }),
    );
    expect(mixed.tasks?.map((t) => t.name).sort()).toEqual(['good', 'idem']);
  });
});

describe('limits', () => {
  it('fails an import that would exceed the servers-per-application quota', async () => {
    emu.putObject('bucket', 'big-app.csv', csv(goodRows(6, 100, 'crm')));
    const task = await start('big-app', 's3://bucket/big-app.csv');
    emu.clock.advance(10_000);
    expect((await describeOne(task.importTaskId ?? ''))?.status).toBe('IMPORT_FAILED_SERVER_LIMIT_EXCEEDED');
  });

  it('fails an import that would exceed the account record quota', async () => {
    emu.putObject('bucket', 'many.csv', csv(goodRows(45, 200)));
    const task = await start('many', 's3://bucket/many.csv');
    emu.clock.advance(10_000);
    expect((await describeOne(task.importTaskId ?? ''))?.status).toBe('IMPORT_FAILED_RECORD_LIMIT_EXCEEDED');
  });
});

describe('BatchDeleteImportData', () => {
  it('deletes over time, reports unknown ids per id and hides history when asked', async () => {
    const task = await start('to-delete', 's3://bucket/good.csv');
    emu.clock.advance(10_000);
    const unknown = 'import-task-00000000000000000000000000000000';
    const out = await client.send(new BatchDeleteImportDataCommand({ importTaskIds: [task.importTaskId ?? '', unknown], deleteHistory: true }));
    expect(out.errors).toEqual([{ importTaskId: unknown, errorCode: 'NOT_FOUND', errorDescription: expect.any(String) }]);
    expect((await describeOne(task.importTaskId ?? ''))?.status).toBe('DELETE_IN_PROGRESS');
    emu.clock.advance(5_000);
    expect(await describeOne(task.importTaskId ?? '')).toBeUndefined();
  });

  it('refuses more than 10 ids and malformed ids', async () => {
    const ids = Array.from({ length: 11 }, (_, i) => `import-task-${i.toString(16).padStart(32, '0')}`);
    await expect(client.send(new BatchDeleteImportDataCommand({ importTaskIds: ids }))).rejects.toMatchObject({ name: 'InvalidParameterValueException' });
    await expect(client.send(new BatchDeleteImportDataCommand({ importTaskIds: ['nope'] }))).rejects.toMatchObject({ name: 'InvalidParameterValueException' });
  });

  it('answers OVER_LIMIT past the daily deletion quota and leaves the task DELETE_FAILED_LIMIT_EXCEEDED', async () => {
    emu.putObject('bucket', 'twenty.csv', csv(goodRows(18, 300)));
    const task = await start('twenty', 's3://bucket/twenty.csv');
    emu.clock.advance(10_000);
    const out = await client.send(new BatchDeleteImportDataCommand({ importTaskIds: [task.importTaskId ?? ''] }));
    expect(out.errors?.[0]?.errorCode).toBe('OVER_LIMIT');
    expect((await describeOne(task.importTaskId ?? ''))?.status).toBe('DELETE_FAILED_LIMIT_EXCEEDED');
  });
});

describe('controls', () => {
  it('answers HomeRegionNotSetException while the home region is unset', async () => {
    emu.hub.setHomeRegion(null);
    try {
      await expect(client.send(new DescribeImportTasksCommand({}))).rejects.toMatchObject({ name: 'HomeRegionNotSetException' });
    } finally {
      emu.hub.setHomeRegion(emu.region);
    }
  });

  it('scripts INTERNAL_ERROR and DELETE_FAILED outcomes', async () => {
    emu.discovery.failNextImport('INTERNAL_ERROR');
    const task = await start('scripted', 's3://bucket/good.csv');
    emu.clock.advance(10_000);
    expect((await describeOne(task.importTaskId ?? ''))?.status).toBe('INTERNAL_ERROR');
    emu.discovery.failNextDeletion();
    await client.send(new BatchDeleteImportDataCommand({ importTaskIds: [task.importTaskId ?? ''] }));
    emu.clock.advance(5_000);
    expect((await describeOne(task.importTaskId ?? ''))?.status).toBe('DELETE_FAILED');
  });
});
