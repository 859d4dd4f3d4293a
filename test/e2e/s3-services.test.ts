/**
 * The services read and write the S3 that clients reach over the wire: Discovery and MGN import what a real
 * S3Client uploaded, MGN exports land where GetObject reads them, and Discovery's errors archive downloads from its
 * pre-signed-style URL. Every S3 exchange is checked against the S3 model.
 */
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ListImportErrorsCommand, ListImportsCommand, MgnClient, StartExportCommand, StartImportCommand } from '@aws-sdk/client-mgn';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { DescribeImportTasksCommand, DiscoveryClient, StartImportTaskCommand } from '../../src/discovery/client/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { MIXED_FILE } from '../discovery/support.js';
import { csv } from './mgn-support.js';
import { checkS3AgainstModel } from '../support/model-validator-s3.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';

let emu: Emulator;
let s3: S3Client;
let wire: ReturnType<typeof checkS3AgainstModel>;
const BUCKET = 'my-migration-bucket';

beforeAll(async () => {
  emu = await startEmulator({ speed: 0, discovery: { importDurationMs: 1_000 } });
  wire = checkS3AgainstModel(emu);
  s3 = new S3Client({ ...emu.clientConfig, forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
});
afterAll(async () => {
  s3.destroy();
  await emu.close();
});
afterEach(() => expect(wire.problems.splice(0)).toEqual([]));

it('imports into Discovery what was uploaded over the wire, and serves the errors archive at its URL', async () => {
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'waves/mixed.csv', Body: MIXED_FILE }));
  const discovery = new DiscoveryClient({ ...emu.clientConfig });
  const started = await discovery.send(new StartImportTaskCommand({ name: 'over-the-wire', importUrl: `s3://${BUCKET}/waves/mixed.csv` }));
  emu.clock.advance(1_000);
  const described = await discovery.send(new DescribeImportTasksCommand({ filters: [{ name: 'IMPORT_TASK_ID', values: [started.task?.importTaskId ?? ''] }] }));
  discovery.destroy();
  const done = described.tasks?.[0];
  expect(done).toMatchObject({ status: 'IMPORT_COMPLETE_WITH_ERRORS', serverImportSuccess: 3, serverImportFailure: 3 });

  const url = new URL(done?.errorsAndFailedEntriesZip ?? '');
  expect(url.origin).toBe(emu.endpoint);
  expect(url.searchParams.get('X-Amz-Credential')).toMatch(/\/us-west-2\/s3\/aws4_request$/);
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('x-amz-request-id')).toMatch(/^[0-9A-F]{16}$/);
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  expect(strFromU8(files['error_log.txt'] ?? new Uint8Array())).toMatch(/^Row 3: /);
  expect(wire.exchanges.at(-1)).toMatchObject({ operation: 'GetObject', status: 200 });
});

it('imports into MGN what was uploaded over the wire, and exports where GetObject reads it', async () => {
  const mgn = new MgnClient({ ...emu.clientConfig });
  const file = csv([
    { 'mgn:server:user-provided-id': 'web-01', 'mgn:server:platform': 'LINUX', 'mgn:app:name': 'shop' },
    { 'mgn:server:user-provided-id': 'web-02', 'mgn:server:platform': 'SOLARIS', 'mgn:app:name': 'shop' },
  ]);
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'mgn/inventory.csv', Body: file, ContentType: 'text/csv' }));
  const imported = await mgn.send(new StartImportCommand({ s3BucketSource: { s3Bucket: BUCKET, s3Key: 'mgn/inventory.csv' } }));
  emu.clock.advance(10 * 60_000);
  const listed = await mgn.send(new ListImportsCommand({ filters: { importIDs: [imported.importTask?.importID ?? ''] } }));
  expect(listed.items?.[0]).toMatchObject({ status: 'SUCCEEDED', summary: { servers: { createdCount: 1, modifiedCount: 0 } } });
  const errors = await mgn.send(new ListImportErrorsCommand({ importID: imported.importTask?.importID ?? '' }));
  expect(errors.items?.map((e) => e.errorData?.rowNumber)).toEqual([3]);

  await mgn.send(new StartExportCommand({ s3Bucket: BUCKET, s3Key: 'exports/all.csv' }));
  emu.clock.advance(10 * 60_000);
  await mgn.send(new ListImportsCommand({}));
  mgn.destroy();
  const exported = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'exports/all.csv' }));
  const text = (await exported.Body?.transformToString()) ?? '';
  expect(text).toContain('web-01');
  expect(text).not.toContain('web-02');
});
