/**
 * boto3 against the emulated S3, unchanged but for the endpoint, wherever boto3 is installed (test/support/boto3.ts).
 * `upload_file` of a 9 MiB file goes over boto3's 8 MB multipart threshold. Every exchange is checked against the S3
 * model, as for the JavaScript SDK.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { BOTO3, PYTHON } from '../support/boto3.js';
import { checkS3AgainstModel } from '../support/model-validator-s3.js';

let emu: Emulator;
let wire: ReturnType<typeof checkS3AgainstModel>;

beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
  wire = checkS3AgainstModel(emu);
});
afterAll(async () => {
  await emu.close();
});

it.runIf(BOTO3.available)(`works with boto3 unchanged, path-style ${BOTO3.label}`, async () => {
  const script = fileURLToPath(new URL('./fixtures/s3-boto3.py', import.meta.url));
  const { stdout } = await promisify(execFile)(PYTHON, [script, emu.endpoint], { timeout: 60_000 });
  const seen = JSON.parse(stdout) as Record<string, unknown>;
  expect(seen).toMatchObject({
    body: 'ExternalId,HostName\n1,web-01\n',
    contentType: 'text/csv',
    range: 'ExternalId',
    size: 70_000,
    keys: ['inventory/big.bin', 'inventory/servers.csv'],
    prefixes: ['inventory/'],
    buckets: ['boto-bucket'],
    errors: ['404', 'NoSuchKey', 'NoSuchBucket'],
    afterDelete: ['inventory/big.bin'],
    multipart: { size: 9 * 1024 * 1024 + 17, sameBytes: true },
  });
  const multipart = seen['multipart'] as { etag: string; expectedEtag: string };
  expect(multipart.etag).toMatch(/^"[0-9a-f]{32}-2"$/);
  expect(multipart.etag).toBe(multipart.expectedEtag);
  const operations = wire.exchanges.map((x) => x.operation);
  expect(operations.filter((o) => o === 'UploadPart')).toHaveLength(2);
  expect(operations).toContain('CompleteMultipartUpload');
  expect(wire.problems).toEqual([]);
  console.log(`boto3 ${String(seen['boto3'])}: ${wire.exchanges.length} S3 exchanges, all valid against the model`);
});
