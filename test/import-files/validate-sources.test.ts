/** validateImportFile reads every kind of source the same way, in chunks, and stops on abort. */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatImportFileReport, ValidationError, validateImportFile, type CsvSource } from '../../src/index.js';

const TEXT = '\uFEFFExternalId,HostName,IPAddress\r\nsrv-1,wéb-01,10.0.0.1\r\nsrv-2,wéb-02,10.0.0.999\r\n';
const BYTES = new TextEncoder().encode(TEXT);
const dir = mkdtempSync(join(tmpdir(), 'import-file-'));
const path = join(dir, 'servers.csv');
writeFileSync(path, BYTES);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Byte chunks of `size`, so multi-byte characters and CRLFs are split across chunks. */
async function* chunksOf(size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < BYTES.length; i += size) yield BYTES.slice(i, i + size);
}

describe('validateImportFile sources', () => {
  const sources: [string, () => CsvSource][] = [
    ['a string', () => TEXT],
    ['a Uint8Array', () => BYTES],
    ['a Blob', () => new Blob([BYTES])],
    ['a web ReadableStream', () => new Blob([BYTES]).stream()],
    ['a Node Readable', () => Readable.from([Buffer.from(BYTES)])],
    ['fs.createReadStream', () => createReadStream(path, { highWaterMark: 7 })],
    ['{ path }', () => ({ path })],
    ['a file: URL', () => pathToFileURL(path)],
    ['1-byte chunks', () => chunksOf(1)],
    ['5-byte chunks', () => chunksOf(5)],
    ['text chunks', () => Readable.from([TEXT.slice(0, 20), TEXT.slice(20)])],
  ];

  it.each(sources)('reads %s to the same report', async (_name, source) => {
    const report = await validateImportFile(source(), { template: 'discovery' });
    expect(report).toMatchObject({ bytes: BYTES.length, rows: 2, errors: 1, counts: { servers: 1, applications: 0 } });
    expect(report.problems).toEqual([{ code: 'invalid-ip', severity: 'error', row: 3, column: 'IPAddress', value: '10.0.0.999', message: 'IPAddress "10.0.0.999" is not an IPv4 or IPv6 address' }]);
  });

  it('refuses a missing file with the file system error, and a non-file URL before reading', async () => {
    await expect(validateImportFile({ path: join(dir, 'nope.csv') }, { template: 'discovery' })).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(validateImportFile(new URL('https://example.com/a.csv'), { template: 'discovery' })).rejects.toThrowError(ValidationError);
  });

  it('stops reading on abort and rejects with the signal reason', async () => {
    const controller = new AbortController();
    let pulled = 0;
    async function* endless(): AsyncGenerator<string> {
      yield 'ExternalId\n';
      for (;;) {
        pulled++;
        if (pulled === 3) controller.abort(new Error('stop'));
        yield 'srv\n';
      }
    }
    await expect(validateImportFile(endless(), { template: 'discovery', signal: controller.signal })).rejects.toThrowError('stop');
    expect(pulled).toBe(3);
  });

  it('the root entry point dispatches on template, and the report prints for people', async () => {
    const mgn = await validateImportFile('mgn:app:name\nshop\n', { template: 'mgn' });
    expect(mgn.counts).toEqual({ servers: 0, applications: 1, waves: 0 });
    const discovery = await validateImportFile(TEXT, { template: 'discovery' });
    expect(formatImportFileReport(discovery)).toBe(
      [
        `discovery import file: 2 rows, ${BYTES.length} bytes — 1 error in 1 row; would import 1 server, 0 applications`,
        '  error   row 3, IPAddress: IPAddress "10.0.0.999" is not an IPv4 or IPv6 address [invalid-ip]',
      ].join('\n'),
    );
    await expect(validateImportFile(TEXT, { template: 'ads' } as never)).rejects.toThrowError(/^template: must be one of "discovery", "mgn"/);
  });
});
