/**
 * kit.discovery.importFile over HTTP to the emulator with the real @aws-sdk/client-s3: a broken file is refused
 * before any request, a good one is uploaded (with its SHA-256) and imported with the counts the pre-flight check
 * predicted, and a whole-call retry after a dropped response re-attaches to the same task.
 */
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { ImportFileError, MigrationKit, validateImportFile } from '../../src/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';

const BUCKET = 'my-migration-bucket';
const GOOD = [
  'ExternalId,HostName,IPAddress,MACAddress,CPU.NumberOfCores,RAM.TotalSizeInMB,Applications,Tags',
  'srv-1,web-01,10.0.0.1,00:1B:44:11:3A:B7,4,8192,shop,"zone:1, critical:yes"',
  '',
  'srv-2,web-02,"10.0.0.2, 10.0.1.2",,4,8192,shop,',
  'srv-3,db-01,10.0.0.3,,8,32768,billing,',
].join('\r\n');
const BROKEN = GOOD.replace('srv-3,db-01,10.0.0.3,', ',,10.0.0.300,');

let emu: Emulator;
let kit: MigrationKit;
const waitFast = { minDelayMs: 1, maxDelayMs: 5 };

beforeAll(async () => {
  emu = await startEmulator({ speed: 1_000_000, discovery: { importDurationMs: 1_000 } });
  const s3 = new S3Client({ ...emu.clientConfig, forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  s3.destroy();
});
afterAll(() => emu.close());
beforeEach(() => {
  kit = new MigrationKit({ ...emu.clientConfig });
  emu.faults.clear();
});

it('refuses a broken file with its report before any S3 or Discovery request', async () => {
  const before = emu.requestCount();
  const error = await kit.discovery.importFile(BROKEN, { bucket: BUCKET, name: 'broken' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportFileError);
  const report = (error as ImportFileError).report;
  expect(report.problems.map((p) => [p.row, p.code, p.column])).toEqual([[5, 'invalid-ip', 'IPAddress']]);
  expect((error as Error).message).toMatch(/1 error; the first \(row 5, IPAddress\): IPAddress "10\.0\.0\.300"/);
  expect(emu.requestCount()).toBe(before);
});

it('uploads a good file with its SHA-256 and imports it; the task counts are the pre-flight counts', async () => {
  const report = await validateImportFile(GOOD, { template: 'discovery' });
  const seen: unknown[] = [];
  const task = await kit.discovery.importFile(new Blob([GOOD]), { bucket: BUCKET, name: 'wave-1', onReport: (r) => seen.push(r) });
  expect(seen).toEqual([report]);

  const put = emu.requests.filter((x) => x.operation === 'PutObject').at(-1);
  expect(put?.status).toBe(200);
  const { createHash } = await import('node:crypto');
  const sha256 = createHash('sha256').update(GOOD).digest();
  expect(put?.input).toMatchObject({ Bucket: BUCKET, Key: `imports/${sha256.toString('hex').slice(0, 16)}/servers.csv`, ChecksumSHA256: sha256.toString('base64') });

  const done = await task.waitUntilComplete(waitFast);
  expect(done.status.kind).toBe('succeeded');
  expect({ servers: done.serverImportSuccess, applications: done.applicationImportSuccess }).toEqual(report.counts);
  expect(report.counts).toEqual({ servers: 3, applications: 2 });
});

it('re-attaches to the same task when the whole call is retried after a dropped response, uploading once', async () => {
  const file = GOOD.replace('srv-1', 'srv-9');
  const once = new MigrationKit({ ...emu.clientConfig, maxAttempts: 1 });
  const puts = () => emu.requestCount('PutObject');
  const starts = () => emu.requestCount('StartImportTask');
  const [putsBefore, startsBefore] = [puts(), starts()];
  emu.faults.inject({ kind: 'drop-response', operation: 'StartImportTask' });
  await expect(once.discovery.importFile(file, { bucket: BUCKET, name: 'retried' })).rejects.toThrow();
  const task = await once.discovery.importFile(file, { bucket: BUCKET, name: 'retried' });
  expect([puts() - putsBefore, starts() - startsBefore]).toEqual([1, 2]);
  const all = await once.discovery.importTasks({ name: 'retried' }).toArray({ limit: 10 });
  expect(all.map((t) => t.id)).toEqual([task.id]);
});

it('uploads under the key given, and refuses bad options before any request', async () => {
  const before = emu.requestCount();
  await expect(kit.discovery.importFile(GOOD, { bucket: 'Bad_Bucket', name: 'x' })).rejects.toThrow(/bucket "Bad_Bucket" is not a valid S3 bucket name/);
  await expect(kit.discovery.importFile(GOOD, { bucket: BUCKET, name: 'x', validation: 'off' } as never)).rejects.toThrow(/unknown option `validation`; did you mean `validate`/);
  expect(emu.requestCount()).toBe(before);
  const task = await kit.discovery.importFile(GOOD, { bucket: BUCKET, key: 'waves/one.csv', name: 'keyed' });
  expect(task.raw.importUrl).toBe(`s3://${BUCKET}/waves/one.csv`);
  expect(new TextDecoder().decode(emu.getObject(BUCKET, 'waves/one.csv'))).toBe(GOOD);
});

it('with validate: "warn" reports the problems and imports anyway', async () => {
  let warned = 0;
  const task = await kit.discovery.importFile(BROKEN, { bucket: BUCKET, name: 'warned', validate: 'warn', onReport: (r) => (warned = r.errors) });
  expect(warned).toBe(1);
  const done = await task.waitUntilComplete(waitFast);
  expect({ kind: done.status.kind, ok: done.serverImportSuccess, failed: done.serverImportFailure }).toEqual({ kind: 'partially-succeeded', ok: 2, failed: 1 });
});
