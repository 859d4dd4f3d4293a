/**
 * kit.mgn.importFile and exports read back, over HTTP to the emulator with the real @aws-sdk/client-s3: a broken
 * file is refused before any request, a good one is uploaded and imported with the pre-flight counts, and the
 * inventory round-trips through an export read with exp.read() and exp.download().
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ImportFileError, MigrationKit } from '../../src/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { validateImportFile } from '../../src/mgn/index.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';

const BUCKET = 'my-migration-bucket';
const HEADER = 'mgn:wave:name,mgn:app:name,mgn:app:description,mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework';
const GOOD = [
  HEADER,
  'wave-1,shop,Web shop,web-01,LINUX,web-01.corp.example',
  'wave-1,shop,,web-02,LINUX,web-02.corp.example',
  ',billing,,db-01,WINDOWS,db-01.corp.example',
].join('\n');

let emu: Emulator;
let s3: S3Client;
let kit: MigrationKit;
const dir = mkdtempSync(join(tmpdir(), 'mgn-export-'));
const wait = () => ({ minDelayMs: 500, maxDelayMs: 500, clock: emu.clock.toWaitClock() });

beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
  s3 = new S3Client({ ...emu.clientConfig, forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  // The kit uses the caller's own S3Client, given once through `clients.s3`.
  kit = new MigrationKit({ ...emu.clientConfig, clients: { s3 } });
});
afterAll(async () => {
  s3.destroy();
  rmSync(dir, { recursive: true, force: true });
  await emu.close();
});

it('refuses a broken MGN file with its report before any S3 or MGN request', async () => {
  const before = emu.requestCount();
  const broken = GOOD.replace('db-01,WINDOWS', 'db-01,SOLARIS');
  const error = await kit.mgn.importFile(broken, { bucket: BUCKET }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportFileError);
  expect((error as ImportFileError).report.problems.map((p) => [p.row, p.code])).toEqual([[4, 'invalid-platform']]);
  expect(emu.requestCount()).toBe(before);
});

it('uploads and imports a good file; what MGN creates is what the pre-flight check counted', async () => {
  const report = await validateImportFile(GOOD, { template: 'mgn' });
  expect(report.counts).toEqual({ servers: 3, applications: 2, waves: 1 });
  const imp = await kit.mgn.importFile(GOOD, { bucket: BUCKET, tags: { team: 'infra' } });
  expect(imp.source?.key).toMatch(/^imports\/[0-9a-f]{16}\/inventory\.csv$/);
  const put = emu.requests.filter((x) => x.operation === 'PutObject').at(-1);
  expect(put?.input['ChecksumSHA256']).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  const done = await imp.waitUntilSucceeded(wait());
  const { servers, applications, waves } = done.summary;
  expect({ servers: servers.created, applications: applications.created, waves: waves.created }).toEqual(report.counts);
  // The same file again re-attaches to the same import: nothing uploaded, nothing started anew.
  const puts = emu.requestCount('PutObject');
  const again = await kit.mgn.importFile(GOOD, { bucket: BUCKET, tags: { team: 'infra' } });
  expect(again.id).toBe(imp.id);
  expect(emu.requestCount('PutObject')).toBe(puts);
});

it('round-trips the inventory through an export: read() and download() return the CSV MGN wrote', async () => {
  const exp = await kit.mgn.startExport({ bucket: BUCKET, key: 'exports/all.csv' });
  await exp.waitUntilSucceeded(wait());
  const text = await exp.read();
  expect(new TextDecoder().decode(emu.getObject(BUCKET, 'exports/all.csv'))).toBe(text);
  const back = await validateImportFile(text, { template: 'mgn' });
  expect(back.errors).toBe(0);
  expect(back.counts).toEqual({ servers: 3, applications: 2, waves: 1 });

  const path = join(dir, 'all.csv');
  const written = await kit.mgn.export(exp.id).download(path);
  expect(readFileSync(path, 'utf8')).toBe(text);
  expect(written).toBe(Buffer.byteLength(text));
});
