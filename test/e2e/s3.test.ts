import { Readable } from 'node:stream';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  paginateListObjectsV2,
} from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { checkS3AgainstModel } from '../support/model-validator-s3.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';

let emu: Emulator;
let s3: S3Client;
let wire: ReturnType<typeof checkS3AgainstModel>;
const BUCKET = 'my-migration-bucket';

beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
  wire = checkS3AgainstModel(emu);
  s3 = new S3Client({ ...emu.clientConfig, forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET, CreateBucketConfiguration: { LocationConstraint: 'us-west-2' } }));
});
afterAll(async () => {
  s3.destroy();
  await emu.close();
});
afterEach(() => {
  expect(wire.problems.splice(0)).toEqual([]);
});

/** The S3 error a call fails with: its name, status and request id. */
async function failure(promise: Promise<unknown>): Promise<{ name: string; status: number | undefined; requestId: string | undefined }> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof S3ServiceException)) throw new Error(`expected an S3 error, got ${String(error)}`);
  return { name: error.name, status: error.$metadata.httpStatusCode, requestId: error.$metadata.requestId };
}

describe('buckets', () => {
  it('creates, heads, lists and deletes buckets', async () => {
    // The SDK adds the client's region as LocationConstraint outside us-east-1, as S3 requires there.
    await s3.send(new CreateBucketCommand({ Bucket: 'scratch-bucket' }));
    expect(wire.exchanges.at(-1)?.input).toEqual({ Bucket: 'scratch-bucket', CreateBucketConfiguration: { LocationConstraint: 'us-west-2' } });
    expect((await s3.send(new HeadBucketCommand({ Bucket: 'scratch-bucket' }))).BucketRegion).toBe('us-west-2');
    const listed = await s3.send(new ListBucketsCommand({}));
    expect(listed.Buckets?.map((b) => b.Name)).toEqual([BUCKET, 'scratch-bucket']);
    expect(listed.Buckets?.[0]?.CreationDate).toBeInstanceOf(Date);
    const page = await s3.send(new ListBucketsCommand({ MaxBuckets: 1 }));
    expect(page.Buckets?.map((b) => b.Name)).toEqual([BUCKET]);
    const next = await s3.send(new ListBucketsCommand({ MaxBuckets: 1, ContinuationToken: page.ContinuationToken }));
    expect(next.Buckets?.map((b) => b.Name)).toEqual(['scratch-bucket']);
    expect(next.ContinuationToken).toBeUndefined();
    await s3.send(new DeleteBucketCommand({ Bucket: 'scratch-bucket' }));
    expect(await failure(s3.send(new HeadBucketCommand({ Bucket: 'scratch-bucket' })))).toMatchObject({ name: 'NotFound', status: 404 });
  });

  it('answers S3 errors for bad, existing and misplaced buckets', async () => {
    expect(await failure(s3.send(new CreateBucketCommand({ Bucket: 'Bad_Name' })))).toMatchObject({ name: 'InvalidBucketName', status: 400 });
    expect(await failure(s3.send(new CreateBucketCommand({ Bucket: 'other-region-bucket', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } })))).toMatchObject({
      name: 'IllegalLocationConstraintException',
      status: 400,
    });
    expect(await failure(s3.send(new CreateBucketCommand({ Bucket: BUCKET, CreateBucketConfiguration: { LocationConstraint: 'us-west-2' } })))).toMatchObject({
      name: 'BucketAlreadyOwnedByYou',
      status: 409,
    });
    emu.putObject('full-bucket', 'x', 'x');
    expect(await failure(s3.send(new DeleteBucketCommand({ Bucket: 'full-bucket' })))).toMatchObject({ name: 'BucketNotEmpty', status: 409 });
  });
});

describe('objects', () => {
  it('round-trips a string body with its CRC32, type and metadata', async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'dir/a b+c.csv', Body: 'id,name\n1,web-01\n', ContentType: 'text/csv', Metadata: { owner: 'team-a' } }));
    expect(put.ETag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(put.ChecksumCRC32).toBeDefined();
    const sent = wire.exchanges.at(-1);
    expect(sent?.input).toMatchObject({ ChecksumAlgorithm: 'CRC32', ChecksumCRC32: put.ChecksumCRC32 });
    const got = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'dir/a b+c.csv', ChecksumMode: 'ENABLED' }));
    expect(await got.Body?.transformToString()).toBe('id,name\n1,web-01\n');
    expect(got).toMatchObject({ ContentType: 'text/csv', Metadata: { owner: 'team-a' }, ETag: put.ETag, ChecksumCRC32: put.ChecksumCRC32, ContentLength: 17 });
    expect(new TextDecoder().decode(emu.getObject(BUCKET, 'dir/a b+c.csv'))).toBe('id,name\n1,web-01\n');
  });

  it('decodes a streamed body sent aws-chunked with a trailing checksum', async () => {
    const data = Buffer.alloc(200_000, 'x');
    data.write('first', 0);
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'streamed.bin', Body: Readable.from([data.subarray(0, 70_000), data.subarray(70_000)]), ContentLength: data.length }));
    expect(wire.exchanges.at(-1)?.input).toMatchObject({ ContentEncoding: 'aws-chunked' });
    expect(Buffer.from(emu.getObject(BUCKET, 'streamed.bin') ?? new Uint8Array()).equals(data)).toBe(true);
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'streamed.bin' }));
    expect(head.ContentLength).toBe(200_000);
  });

  it.each(['CRC32', 'CRC32C', 'SHA1', 'SHA256'] as const)('checks a %s checksum the client sends and refuses a wrong one', async (algorithm) => {
    const put = await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `sum-${algorithm}`, Body: '123456789', ChecksumAlgorithm: algorithm }));
    expect(put[`Checksum${algorithm}`]).toBeDefined();
    const wrong = algorithm === 'SHA1' ? 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' : algorithm === 'SHA256' ? `${'A'.repeat(43)}=` : 'AAAAAA==';
    expect(await failure(s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `bad-${algorithm}`, Body: '123456789', [`Checksum${algorithm}`]: wrong })))).toMatchObject({
      name: 'BadDigest',
      status: 400,
    });
    expect(emu.getObject(BUCKET, `bad-${algorithm}`)).toBeUndefined();
  });

  it('serves byte ranges with 206 and refuses an unsatisfiable one', async () => {
    emu.putObject(BUCKET, 'range.txt', '0123456789');
    const read = async (Range: string): Promise<[string | undefined, string | undefined]> => {
      const got = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'range.txt', Range }));
      return [await got.Body?.transformToString(), got.ContentRange];
    };
    expect(await read('bytes=2-4')).toEqual(['234', 'bytes 2-4/10']);
    expect(await read('bytes=7-')).toEqual(['789', 'bytes 7-9/10']);
    expect(await read('bytes=-3')).toEqual(['789', 'bytes 7-9/10']);
    expect(await read('bytes=8-100')).toEqual(['89', 'bytes 8-9/10']);
    expect(await failure(s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'range.txt', Range: 'bytes=10-' })))).toMatchObject({ name: 'InvalidRange', status: 416 });
  });

  it('answers NoSuchKey and NoSuchBucket with a request id, and bodiless 404s to HEAD', async () => {
    const missingKey = await failure(s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'nope' })));
    expect(missingKey).toMatchObject({ name: 'NoSuchKey', status: 404, requestId: expect.stringMatching(/^[0-9A-F]{16}$/) });
    expect(await failure(s3.send(new GetObjectCommand({ Bucket: 'no-such-bucket', Key: 'k' })))).toMatchObject({ name: 'NoSuchBucket', status: 404 });
    expect(await failure(s3.send(new PutObjectCommand({ Bucket: 'no-such-bucket', Key: 'k', Body: 'x' })))).toMatchObject({ name: 'NoSuchBucket', status: 404 });
    expect(await failure(s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'nope' })))).toMatchObject({ name: 'NotFound', status: 404 });
  });

  it('deletes idempotently', async () => {
    emu.putObject(BUCKET, 'gone.txt', 'x');
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'gone.txt' }));
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'gone.txt' }));
    expect(emu.getObject(BUCKET, 'gone.txt')).toBeUndefined();
    expect(wire.exchanges.slice(-2).map((x) => x.status)).toEqual([204, 204]);
  });

  it('retries SlowDown and recovers', async () => {
    emu.faults.inject({ kind: 'throttle', service: 's3', operation: 'PutObject' });
    const put = await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'after-throttle', Body: 'ok' }));
    expect(put.$metadata.attempts).toBe(2);
    expect(wire.exchanges.slice(-2).map((x) => x.errorType ?? x.status)).toEqual(['SlowDown', 200]);
  });
});

describe('ListObjectsV2', () => {
  const keys = ['logs/2026/a.csv', 'logs/2026/b.csv', 'logs/2027/c.csv', 'logs/top.csv', 'readme.md', 'z/é.csv', 'z/😀.csv', 'z/\uffff.csv'];
  beforeAll(async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'list-bucket', CreateBucketConfiguration: { LocationConstraint: 'us-west-2' } }));
    for (const key of keys) emu.putObject('list-bucket', key, key);
  });

  it('lists every key in UTF-8 byte order, page by page through continuation tokens', async () => {
    const seen: string[] = [];
    let pages = 0;
    for await (const page of paginateListObjectsV2({ client: s3, pageSize: 3 }, { Bucket: 'list-bucket' })) {
      pages += 1;
      expect(page.KeyCount).toBe(page.Contents?.length ?? 0);
      seen.push(...(page.Contents ?? []).map((o) => o.Key ?? ''));
    }
    const utf8Order = [...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(seen).toEqual(utf8Order);
    expect(seen.indexOf('z/😀.csv')).toBeGreaterThan(seen.indexOf('z/\uffff.csv'));
    expect(pages).toBe(3);
  });

  it('rolls keys up into common prefixes, counting each once across pages', async () => {
    const first = await s3.send(new ListObjectsV2Command({ Bucket: 'list-bucket', Prefix: 'logs/', Delimiter: '/', MaxKeys: 2 }));
    expect(first.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['logs/2026/', 'logs/2027/']);
    expect(first).toMatchObject({ IsTruncated: true, KeyCount: 2 });
    const second = await s3.send(new ListObjectsV2Command({ Bucket: 'list-bucket', Prefix: 'logs/', Delimiter: '/', MaxKeys: 2, ContinuationToken: first.NextContinuationToken }));
    expect(second.Contents?.map((o) => o.Key)).toEqual(['logs/top.csv']);
    expect(second).toMatchObject({ IsTruncated: false, KeyCount: 1 });
    expect(second.CommonPrefixes ?? []).toEqual([]);
    const top = await s3.send(new ListObjectsV2Command({ Bucket: 'list-bucket', Delimiter: '/' }));
    expect([top.Contents?.map((o) => o.Key), top.CommonPrefixes?.map((p) => p.Prefix)]).toEqual([['readme.md'], ['logs/', 'z/']]);
  });

  it('starts after a key, and refuses a forged continuation token', async () => {
    const after = await s3.send(new ListObjectsV2Command({ Bucket: 'list-bucket', StartAfter: 'logs/top.csv' }));
    expect(after.Contents?.[0]?.Key).toBe('readme.md');
    expect(await failure(s3.send(new ListObjectsV2Command({ Bucket: 'list-bucket', ContinuationToken: 'forged' })))).toMatchObject({ name: 'InvalidArgument', status: 400 });
    expect(await failure(s3.send(new ListObjectsV2Command({ Bucket: 'no-such-bucket' })))).toMatchObject({ name: 'NoSuchBucket', status: 404 });
  });
});
