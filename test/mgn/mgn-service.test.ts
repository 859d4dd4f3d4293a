import {
  ListImportErrorsCommand,
  ListImportsCommand,
  StartExportCommand,
  StartImportCommand,
  type ImportTask,
  type MgnClient,
} from '@aws-sdk/client-mgn';
import { describe, expect, it } from 'vitest';
import { MigrationKitError, ResourceNotFoundError, WaitTimeoutError } from '../../src/core/index.js';
import { MgnService } from '../../src/mgn/index.js';
import { FakeClock } from '../support/fake-clock.js';

const ID = 'import-0123456789abcdefg';

/** A fake MgnClient: answers each command with `answer`, records every command and its abort signal. */
function fakeClient(answer: (command: unknown) => unknown | Promise<unknown>) {
  const sent: { command: { input: Record<string, unknown> }; abortSignal: AbortSignal | undefined }[] = [];
  const client = {
    send: async (command: { input: Record<string, unknown> }, options: { abortSignal?: AbortSignal } = {}) => {
      sent.push({ command, abortSignal: options.abortSignal });
      return answer(command);
    },
  };
  return { client: client as unknown as MgnClient, sent };
}

const task = (overrides: Partial<ImportTask> = {}): ImportTask => ({
  importID: ID,
  s3BucketSource: { s3Bucket: 'b12', s3Key: 'a.csv', s3BucketOwner: '123456789012' },
  creationDateTime: '2024-05-01T10:00:00.123Z',
  status: 'STARTED',
  progressPercentage: 40,
  ...overrides,
});

describe('MgnService over a fake client', () => {
  it('sends StartImport with the validated input and one generated token, and maps the answer', async () => {
    const { client, sent } = fakeClient(() => ({ importTask: task({ status: 'PENDING', progressPercentage: 0 }) }));
    const imp = await new MgnService({ client }).startImport({ bucket: 'b12', key: 'a.csv', bucketOwner: '123456789012' });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.command).toBeInstanceOf(StartImportCommand);
    expect(sent[0]?.command.input).toEqual({
      s3BucketSource: { s3Bucket: 'b12', s3Key: 'a.csv', s3BucketOwner: '123456789012' },
      clientToken: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(imp.id).toBe(ID);
    expect(imp.source).toEqual({ bucket: 'b12', key: 'a.csv', bucketOwner: '123456789012' });
    expect(imp.status).toEqual({ kind: 'pending', raw: 'PENDING' });
    expect(imp.creationTime?.toISOString()).toBe('2024-05-01T10:00:00.123Z');
    expect(imp.progress).toEqual({ completed: 0, total: 100, percent: 0 });
  });

  it('reads summary counts, progress and times from the snapshot without I/O', async () => {
    const raw = task({
      status: 'SUCCEEDED',
      progressPercentage: 100,
      endDateTime: '2024-05-01T10:05:00Z',
      summary: { servers: { createdCount: 10, modifiedCount: 3 }, applications: { createdCount: 2 }, waves: {} },
    });
    const { client, sent } = fakeClient(() => ({ items: [raw] }));
    const imp = await new MgnService({ client }).import(ID).refresh();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.command).toBeInstanceOf(ListImportsCommand);
    expect(sent[0]?.command.input).toEqual({ filters: { importIDs: [ID] }, maxResults: 1 });
    expect(imp.raw).toBe(raw);
    expect(imp.summary).toEqual({ servers: { created: 10, modified: 3 }, applications: { created: 2, modified: 0 }, waves: { created: 0, modified: 0 } });
    expect(imp.endTime).toEqual(new Date('2024-05-01T10:05:00Z'));
    expect(imp.progress?.percent).toBe(100);
    expect(String(imp)).toBe(`MgnImport ${ID} SUCCEEDED 100%`);
    expect(sent).toHaveLength(1);
  });

  it('refresh() throws ResourceNotFoundError when ListImports answers without the id', async () => {
    const { client } = fakeClient(() => ({ items: [] }));
    await expect(new MgnService({ client }).import(ID).refresh()).rejects.toMatchObject({ name: 'ResourceNotFoundError', id: ID, resourceType: 'MgnImport' });
    await expect(new MgnService({ client }).import(ID).refresh()).rejects.toBeInstanceOf(ResourceNotFoundError);
  });

  it('import(id) and export(id) return a validated handle at once, send nothing, and know nothing until refresh()', async () => {
    const { client, sent } = fakeClient(() => ({ items: [task()] }));
    const mgn = new MgnService({ client });
    const imp = mgn.import(ID);
    const exp = mgn.export('export-0123456789abcdefg');
    expect(sent).toHaveLength(0);
    expect([imp.id, exp.id]).toEqual([ID, 'export-0123456789abcdefg']);
    expect(imp.status).toEqual({ kind: 'unknown', raw: '' });
    expect(exp.status).toEqual({ kind: 'unknown', raw: '' });
    expect([imp.source, imp.progress, imp.creationTime]).toEqual([undefined, undefined, undefined]);
    expect(String(imp)).toBe(`MgnImport ${ID} not fetched`);
    expect(imp.toJSON()).toEqual({ v: 1, service: 'mgn', resource: 'MgnImport', id: ID });
    expect(() => mgn.import('import-1')).toThrowError(expect.objectContaining({ name: 'ValidationError', field: 'id' }));
    expect(() => mgn.export(ID)).toThrowError(expect.objectContaining({ name: 'ValidationError', field: 'id' }));
    expect(sent).toHaveLength(0);
    expect(await imp.refresh()).toBe(imp);
    expect(imp.status).toEqual({ kind: 'running', raw: 'STARTED' });
    expect(sent).toHaveLength(1);
  });

  it('throws a MigrationKitError when StartImport answers without an import', async () => {
    const { client } = fakeClient(() => ({}));
    await expect(new MgnService({ client }).startImport({ bucket: 'b12', key: 'a.csv' })).rejects.toBeInstanceOf(MigrationKitError);
  });

  it('lets AWS errors through unchanged so $metadata survives', async () => {
    const awsError = Object.assign(new Error('bad'), { name: 'ValidationException', $metadata: { requestId: 'r-1', httpStatusCode: 400 } });
    const { client } = fakeClient(() => Promise.reject(awsError));
    await expect(new MgnService({ client }).startImport({ bucket: 'b12', key: 'a.csv' })).rejects.toBe(awsError);
  });

  it('sends nothing when the signal has already aborted, and rejects with its reason', async () => {
    const { client, sent } = fakeClient(() => ({ importTask: task() }));
    const reason = new Error('stop');
    await expect(new MgnService({ client }).startImport({ bucket: 'b12', key: 'a.csv' }, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(sent).toHaveLength(0);
  });

  it('passes the signal to send and rejects with its reason when it aborts in flight', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const { client, sent } = fakeClient(() => {
      controller.abort(reason);
      return Promise.reject(Object.assign(new Error('Request aborted'), { name: 'AbortError' }));
    });
    await expect(new MgnService({ client }).startExport({ bucket: 'b12', key: 'a.csv' }, { signal: controller.signal })).rejects.toBe(reason);
    expect(sent[0]?.command).toBeInstanceOf(StartExportCommand);
    // The request's own signal, aborted with the caller's reason (a turn after the caller was released).
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent[0]?.abortSignal).not.toBe(controller.signal);
    expect(sent[0]?.abortSignal?.reason).toBe(reason);
  });

  it('maps import errors to camel-cased items with Dates and leaves absent members absent', async () => {
    const { client, sent } = fakeClient((command) =>
      command instanceof ListImportErrorsCommand
        ? {
            items: [
              {
                errorType: 'VALIDATION_ERROR',
                errorDateTime: '2024-05-01T10:01:00Z',
                errorData: { rowNumber: 7, rawError: 'bad', sourceServerID: 's-0123456789abcdefg', applicationID: 'app-0123456789abcdefg', waveID: 'wave-0123456789abcdefg', ec2LaunchTemplateID: 'lt-1', accountID: '123456789012' },
              },
              { errorType: 'PROCESSING_ERROR', errorData: { rawError: 'file' } },
            ],
          }
        : { items: [task()] },
    );
    const imp = await new MgnService({ client }).import(ID).refresh();
    const errors = await imp.errors({ pageSize: 5 }).toArray({ limit: 10 });
    expect(sent.at(-1)?.command.input).toEqual({ importID: ID, maxResults: 5 });
    expect(errors).toEqual([
      {
        errorType: 'VALIDATION_ERROR',
        rowNumber: 7,
        rawError: 'bad',
        sourceServerId: 's-0123456789abcdefg',
        applicationId: 'app-0123456789abcdefg',
        waveId: 'wave-0123456789abcdefg',
        ec2LaunchTemplateId: 'lt-1',
        accountId: '123456789012',
        errorDateTime: new Date('2024-05-01T10:01:00Z'),
      },
      { errorType: 'PROCESSING_ERROR', rawError: 'file' },
    ]);
  });

  it('keeps waiting on a status it does not know, until the timeout', async () => {
    const { client, sent } = fakeClient(() => ({ items: [task({ status: 'PAUSED' as never })] }));
    const imp = await new MgnService({ client }).import(ID).refresh();
    expect(imp.status).toEqual({ kind: 'unknown', raw: 'PAUSED' });
    const clock = new FakeClock();
    const error = await imp.waitUntilComplete({ clock, timeoutMs: 60_000, minDelayMs: 5_000, maxDelayMs: 5_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(sent.length).toBeGreaterThan(5);
    expect(clock.sleeps.every((ms) => ms === 5_000)).toBe(true);
  });

  it('polls with the MGN defaults: 5 s at first, never more than 30 s', async () => {
    let polls = 0;
    const { client } = fakeClient(() => ({ items: [task({ status: ++polls >= 8 ? 'SUCCEEDED' : 'STARTED', progressPercentage: polls * 10 })] }));
    const imp = new MgnService({ client }).resume({ v: 1, service: 'mgn', resource: 'MgnImport', id: ID });
    const clock = new FakeClock();
    await imp.waitUntilComplete({ clock, random: () => 1 });
    expect(clock.sleeps).toEqual([5_000, 10_000, 20_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it('checkpoints hold the id and last status only, and resume rebuilds the handle without a request', async () => {
    const { client, sent } = fakeClient(() => ({ items: [task()] }));
    const mgn = new MgnService({ client });
    const imp = await mgn.import(ID).refresh();
    expect(imp.toJSON()).toEqual({ v: 1, service: 'mgn', resource: 'MgnImport', id: ID, status: { kind: 'running', raw: 'STARTED' } });
    const before = sent.length;
    const resumed = mgn.resume(JSON.stringify(imp));
    expect(sent).toHaveLength(before);
    expect(resumed.status).toEqual({ kind: 'running', raw: 'STARTED' });
    expect(resumed.progress).toBeUndefined();
    const bare = mgn.resume({ v: 1, service: 'mgn', resource: 'MgnExport', id: 'export-0123456789abcdefg' });
    expect(bare.status).toEqual({ kind: 'unknown', raw: '' });
    expect(bare.toJSON()).toEqual({ v: 1, service: 'mgn', resource: 'MgnExport', id: 'export-0123456789abcdefg' });
    expect(String(bare)).toBe('MgnExport export-0123456789abcdefg not fetched');
  });
});
