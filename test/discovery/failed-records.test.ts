import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DiscoveryService, ErrorsArchiveError, type FetchLike } from '../../src/discovery/index.js';
import { fakeClient, rawTask } from './fake-client.js';

const URL = 'https://bucket.s3.us-west-2.amazonaws.com/errors.zip?X-Amz-Signature=secret-signature';

function response(body: Uint8Array, status = 200, headers: Record<string, string> = {}): Awaited<ReturnType<FetchLike>> {
  return {
    status,
    ok: status >= 200 && status < 300,
    headers: { get: (name) => headers[name.toLowerCase()] ?? null },
    arrayBuffer: async () => body.slice().buffer,
  };
}

/** An ImportTask whose last snapshot carries the archive URL, with `fetch` answering `answer`. */
async function taskWith(answer: () => Promise<Awaited<ReturnType<FetchLike>>>) {
  const fetched: string[] = [];
  const fetch: FetchLike = async (url) => {
    fetched.push(url);
    return answer();
  };
  const fake = fakeClient(() => ({ tasks: [rawTask(1, { status: 'IMPORT_COMPLETE_WITH_ERRORS', errorsAndFailedEntriesZip: URL })] }));
  const task = new DiscoveryService({ client: fake.client, fetch }).importTask(rawTask(1)['importTaskId'] as string);
  await task.refresh();
  return { task, fetched };
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

function zip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

describe('failedRecords', () => {
  it('reads rows, quoted cells and multi-line errors, with row numbers from the log', async () => {
    const archive = zip({
      'failed_entries.csv': 'ExternalId,HostName,Tags,Errors\r\n' + 'a,"web, 01","k:""v""","first problem\nsecond problem"\r\n' + 'b,db,,only one\r\n',
      'error_log.txt': 'Row 4: first problem\nRow 4: second problem\nRow 9: only one\n',
    });
    const { task, fetched } = await taskWith(async () => response(archive));
    const rows = await all(task.failedRecords());
    expect(fetched).toEqual([URL]);
    expect(rows).toEqual([
      { rowNumber: 4, record: { ExternalId: 'a', HostName: 'web, 01', Tags: 'k:"v"' }, errors: ['first problem', 'second problem'] },
      { rowNumber: 9, record: { ExternalId: 'b', HostName: 'db', Tags: '' }, errors: ['only one'] },
    ]);
  });

  it('takes the errors from the log when the CSV has no error column', async () => {
    const archive = zip({ 'rows.csv': 'HostName\nweb\n', 'log.txt': 'some preamble\nRow 2 - bad host\n' });
    const { task } = await taskWith(async () => response(archive));
    expect(await all(task.failedRecords())).toEqual([{ rowNumber: 2, record: { HostName: 'web' }, errors: ['bad host'] }]);
  });

  it('falls back to the line in the failed-entries file when there is no log', async () => {
    const archive = zip({ 'failed.csv': '\uFEFFHostName,Error Message\nweb,bad\nweb2,worse\n' });
    const { task } = await taskWith(async () => response(archive));
    expect((await all(task.failedRecords())).map((r) => [r.rowNumber, r.errors])).toEqual([
      [2, ['bad']],
      [3, ['worse']],
    ]);
  });

  it('yields nothing when the snapshot has no archive, without fetching', async () => {
    let fetched = 0;
    const fake = fakeClient(() => ({}));
    const task = new DiscoveryService({ client: fake.client, fetch: async () => (fetched++, response(new Uint8Array())) }).importTask(rawTask(1)['importTaskId'] as string);
    expect(await all(task.failedRecords())).toEqual([]);
    expect(fetched).toBe(0);
  });

  it('fails with ErrorsArchiveError on HTTP 403, hinting at expiry and never echoing the URL', async () => {
    const { task } = await taskWith(async () => response(new Uint8Array(), 403));
    const error = await all(task.failedRecords()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorsArchiveError);
    expect((error as ErrorsArchiveError).httpStatus).toBe(403);
    expect((error as Error).message).toMatch(/expired/);
    expect((error as Error).message).not.toContain('secret-signature');
  });

  it('fails with ErrorsArchiveError for a body that is not a ZIP, or a ZIP without a CSV', async () => {
    const notZip = await taskWith(async () => response(strToU8('<Error>AccessDenied</Error>')));
    await expect(all(notZip.task.failedRecords())).rejects.toMatchObject({ name: 'ErrorsArchiveError', message: expect.stringMatching(/not a valid ZIP/) });
    const noCsv = await taskWith(async () => response(zip({ 'readme.txt': 'hello' })));
    await expect(all(noCsv.task.failedRecords())).rejects.toMatchObject({ name: 'ErrorsArchiveError', message: expect.stringMatching(/no CSV/) });
  });

  it('refuses an archive whose declared size is over the limit, before reading it', async () => {
    let read = false;
    const { task } = await taskWith(async () => ({ ...response(new Uint8Array(), 200, { 'content-length': String(1024 ** 3) }), arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) }));
    await expect(all(task.failedRecords())).rejects.toBeInstanceOf(ErrorsArchiveError);
    expect(read).toBe(false);
  });

  it('wraps a network failure, and rejects with signal.reason when aborted', async () => {
    const down = await taskWith(async () => {
      throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    });
    await expect(all(down.task.failedRecords())).rejects.toMatchObject({ name: 'ErrorsArchiveError', cause: { code: 'ECONNREFUSED' } });
    const controller = new AbortController();
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(all(down.task.failedRecords({ signal: controller.signal }))).rejects.toBe(reason);
  });
});
