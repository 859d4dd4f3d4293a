/**
 * Multipart uploads in the emulated S3 with the real @aws-sdk/client-s3 commands over HTTP: create, upload parts,
 * list them, complete (ETag in S3's "<MD5 of the part MD5s>-<n>" form, checksums composite or full-object), abort,
 * and S3's error answers. Every exchange is checked against the S3 model. Expected ETags and CRCs are computed here
 * with node:crypto and node:zlib, not with the emulator's code.
 */
import { createHash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListPartsCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { checkS3AgainstModel } from '../support/model-validator-s3.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';

const MiB = 1024 * 1024;
const Bucket = 'my-migration-bucket';
let emu: Emulator;
let s3: S3Client;
let wire: ReturnType<typeof checkS3AgainstModel>;

beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
  wire = checkS3AgainstModel(emu);
  s3 = new S3Client({ ...emu.clientConfig, forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket }));
});
afterAll(async () => {
  s3.destroy();
  await emu.close();
});
afterEach(() => expect(wire.problems.splice(0)).toEqual([]));

const md5 = (bytes: Uint8Array): Buffer => createHash('md5').update(bytes).digest();
const crc = (bytes: Uint8Array): Buffer => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc32(bytes));
  return out;
};
/** What S3 documents as a multipart object's ETag: the MD5 of the concatenated binary part MD5s, then -<parts>. */
const multipartEtag = (parts: readonly Uint8Array[]): string => `"${createHash('md5').update(Buffer.concat(parts.map(md5))).digest('hex')}-${parts.length}"`;
const errorOf = async (promise: Promise<unknown>): Promise<{ name: string; status: number | undefined }> => {
  const error = (await promise.then(() => undefined, (e: unknown) => e)) as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  return { name: error?.name ?? 'no error', status: error?.$metadata?.httpStatusCode };
};

async function upload(Key: string, parts: readonly Uint8Array[], create: Partial<ConstructorParameters<typeof CreateMultipartUploadCommand>[0]> = {}) {
  const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket, Key, ...create }));
  const sent = [];
  for (const [i, Body] of parts.entries()) {
    const out = await s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: i + 1, Body }));
    sent.push({ PartNumber: i + 1, ETag: out.ETag, ChecksumCRC32: out.ChecksumCRC32 });
  }
  return { UploadId: UploadId ?? '', sent };
}

describe('a multipart upload', () => {
  it('joins its parts into one object whose ETag is the MD5 of the part MD5s, -3', async () => {
    const parts = [randomBytes(5 * MiB), randomBytes(5 * MiB), randomBytes(1234)];
    const { UploadId, sent } = await upload('big/object.bin', parts, { ContentType: 'application/octet-stream', Metadata: { wave: '1' } });
    expect(UploadId).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(sent.map((p) => p.ETag)).toEqual(parts.map((p) => `"${md5(p).toString('hex')}"`));

    const listed = await s3.send(new ListPartsCommand({ Bucket, Key: 'big/object.bin', UploadId, MaxParts: 2 }));
    expect(listed.Parts?.map((p) => [p.PartNumber, p.Size])).toEqual([[1, 5 * MiB], [2, 5 * MiB]]);
    expect(listed.IsTruncated).toBe(true);
    const rest = await s3.send(new ListPartsCommand({ Bucket, Key: 'big/object.bin', UploadId, PartNumberMarker: listed.NextPartNumberMarker }));
    expect(rest.Parts?.map((p) => p.PartNumber)).toEqual([3]);

    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket, Key: 'big/object.bin', UploadId, MultipartUpload: { Parts: sent.map(({ PartNumber, ETag }) => ({ PartNumber, ETag })) } }));
    expect(done.ETag).toBe(multipartEtag(parts));
    expect(done.Location).toBe(`${emu.endpoint}/${Bucket}/big/object.bin`);

    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: 'big/object.bin' }));
    expect(head).toMatchObject({ ETag: multipartEtag(parts), ContentLength: 10 * MiB + 1234, ContentType: 'application/octet-stream', Metadata: { wave: '1' } });
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'big/object.bin' }));
    expect(Buffer.from(await got.Body?.transformToByteArray() ?? []).equals(Buffer.concat(parts))).toBe(true);
    // The upload is gone once completed.
    expect(await errorOf(s3.send(new ListPartsCommand({ Bucket, Key: 'big/object.bin', UploadId })))).toEqual({ name: 'NoSuchUpload', status: 404 });
  });

  it('gives a CRC32 upload a composite checksum (the CRC32 of the part CRC32s, -n), and a FULL_OBJECT one the whole-object CRC32', async () => {
    const parts = [randomBytes(5 * MiB), randomBytes(100)];
    const composite = await upload('crc/composite.bin', parts, { ChecksumAlgorithm: 'CRC32' });
    expect(composite.sent.map((p) => p.ChecksumCRC32)).toEqual(parts.map((p) => crc(p).toString('base64')));
    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket, Key: 'crc/composite.bin', UploadId: composite.UploadId, MultipartUpload: { Parts: composite.sent } }));
    expect(done).toMatchObject({ ChecksumCRC32: `${crc(Buffer.concat(parts.map(crc))).toString('base64')}-2`, ChecksumType: 'COMPOSITE' });

    const full = await upload('crc/full.bin', parts, { ChecksumAlgorithm: 'CRC32', ChecksumType: 'FULL_OBJECT' });
    const whole = crc(Buffer.concat(parts)).toString('base64');
    const fullDone = await s3.send(
      new CompleteMultipartUploadCommand({ Bucket, Key: 'crc/full.bin', UploadId: full.UploadId, ChecksumCRC32: whole, ChecksumType: 'FULL_OBJECT', MultipartUpload: { Parts: full.sent } }),
    );
    expect(fullDone).toMatchObject({ ChecksumCRC32: whole, ChecksumType: 'FULL_OBJECT' });
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: 'crc/full.bin', ChecksumMode: 'ENABLED' }));
    expect(head).toMatchObject({ ChecksumCRC32: whole, ChecksumType: 'FULL_OBJECT' });
  });

  it('is gone after an abort', async () => {
    const { UploadId } = await upload('aborted.bin', [randomBytes(10)]);
    await s3.send(new AbortMultipartUploadCommand({ Bucket, Key: 'aborted.bin', UploadId }));
    expect(await errorOf(s3.send(new AbortMultipartUploadCommand({ Bucket, Key: 'aborted.bin', UploadId })))).toEqual({ name: 'NoSuchUpload', status: 404 });
    expect(await errorOf(s3.send(new HeadObjectCommand({ Bucket, Key: 'aborted.bin' })))).toMatchObject({ status: 404 });
  });
});

describe("S3's refusals", () => {
  it('answers NoSuchUpload, InvalidPartOrder, InvalidPart, EntityTooSmall and BadDigest as S3 does', async () => {
    const Key = 'refused.bin';
    const small = [randomBytes(1 * MiB), randomBytes(10)];
    const { UploadId, sent } = await upload(Key, small);
    const complete = (Parts: { PartNumber: number; ETag?: string | undefined }[]) => s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts } }));
    const [one, two] = sent.map(({ PartNumber, ETag }) => ({ PartNumber, ETag }));
    if (!one || !two) throw new Error('two parts were uploaded');

    expect(await errorOf(s3.send(new UploadPartCommand({ Bucket, Key, UploadId: 'nope', PartNumber: 1, Body: 'x' })))).toEqual({ name: 'NoSuchUpload', status: 404 });
    expect(await errorOf(s3.send(new UploadPartCommand({ Bucket, Key: 'other.bin', UploadId, PartNumber: 1, Body: 'x' })))).toEqual({ name: 'NoSuchUpload', status: 404 });
    expect(await errorOf(s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: 10_001, Body: 'x' })))).toEqual({ name: 'InvalidArgument', status: 400 });
    expect(await errorOf(complete([two, one]))).toEqual({ name: 'InvalidPartOrder', status: 400 });
    expect(await errorOf(complete([one, { PartNumber: 3, ETag: two.ETag }]))).toEqual({ name: 'InvalidPart', status: 400 });
    expect(await errorOf(complete([one, { PartNumber: 2, ETag: one.ETag }]))).toEqual({ name: 'InvalidPart', status: 400 });
    // Part 1 is 1 MiB and not the last: too small. As the last part it is fine.
    expect(await errorOf(complete([one, two]))).toEqual({ name: 'EntityTooSmall', status: 400 });
    expect(wire.exchanges.at(-1)?.output).toMatchObject({ body: expect.stringContaining('<MinSizeAllowed>5242880</MinSizeAllowed>') });
    const wrong = crc(Buffer.from('something else')).toString('base64');
    expect(await errorOf(s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: 2, Body: small[1] ?? 'x', ChecksumCRC32: wrong })))).toEqual({ name: 'BadDigest', status: 400 });
    const done = await complete([one]);
    expect(done.ETag).toBe(multipartEtag([small[0] ?? new Uint8Array()]));
    expect((await s3.send(new HeadObjectCommand({ Bucket, Key }))).ContentLength).toBe(1 * MiB); // part 2 was not listed
    expect(await errorOf(s3.send(new CreateMultipartUploadCommand({ Bucket: 'no-such-bucket', Key })))).toEqual({ name: 'NoSuchBucket', status: 404 });
  });

  it('refuses a part checksum of another algorithm than the upload declared, and a checksum type the algorithm cannot have', async () => {
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket, Key: 'sha.bin', ChecksumAlgorithm: 'SHA256' }));
    // The client computes CRC32 unless told the upload's algorithm, as with S3.
    expect(await errorOf(s3.send(new UploadPartCommand({ Bucket, Key: 'sha.bin', UploadId, PartNumber: 1, Body: 'x' })))).toEqual({ name: 'InvalidRequest', status: 400 });
    const part = await s3.send(new UploadPartCommand({ Bucket, Key: 'sha.bin', UploadId, PartNumber: 1, Body: 'x', ChecksumAlgorithm: 'SHA256' }));
    expect(part.ChecksumSHA256).toBe(createHash('sha256').update('x').digest('base64'));
    expect(await errorOf(s3.send(new CreateMultipartUploadCommand({ Bucket, Key: 'sha.bin', ChecksumAlgorithm: 'SHA256', ChecksumType: 'FULL_OBJECT' })))).toEqual({ name: 'InvalidRequest', status: 400 });
    expect(await errorOf(s3.send(new CreateMultipartUploadCommand({ Bucket, Key: 'sha.bin', ChecksumAlgorithm: 'CRC64NVME', ChecksumType: 'COMPOSITE' })))).toEqual({ name: 'InvalidRequest', status: 400 });
  });
});
