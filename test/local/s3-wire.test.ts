/** The emulated S3 spoken to raw, for what SDKs rarely send: framing, digests, unsigned and unsupported requests. */
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { checksumOf } from '../../src/local/s3/checksums.js';
import { checkS3AgainstModel } from '../support/model-validator-s3.js';

const AUTH = 'AWS4-HMAC-SHA256 Credential=AKIAEMULATOR00000000/20260101/us-west-2/s3/aws4_request, SignedHeaders=host, Signature=abc';
let emu: Emulator;
let wire: ReturnType<typeof checkS3AgainstModel>;

beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
  wire = checkS3AgainstModel(emu);
  emu.putObject('raw-bucket', 'seed.txt', 'seed');
});
afterAll(async () => {
  await emu.close();
});
afterEach(() => expect(wire.problems.splice(0)).toEqual([]));

async function call(method: string, path: string, init: { headers?: Record<string, string>; body?: string | Uint8Array } = {}): Promise<{ status: number; code?: string; text: string }> {
  const response = await fetch(`${emu.endpoint}${path}`, { method, headers: { authorization: AUTH, ...init.headers }, ...(init.body !== undefined ? { body: init.body } : {}) });
  const text = await response.text();
  const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1];
  return { status: response.status, text, ...(code ? { code } : {}) };
}

/** An aws-chunked body: `size;chunk-signature=...` framed chunks, a zero chunk, then trailer lines. */
function chunked(parts: readonly string[], trailers: readonly string[]): string {
  const signature = ';chunk-signature=' + '0'.repeat(64);
  return parts.map((p) => `${Buffer.byteLength(p).toString(16)}${signature}\r\n${p}\r\n`).join('') + `0${signature}\r\n${trailers.map((t) => `${t}\r\n`).join('')}\r\n`;
}

describe('checksums', () => {
  it('match the published check values for "123456789"', () => {
    const hex = (name: Parameters<typeof checksumOf>[0]): string => Buffer.from(checksumOf(name, new TextEncoder().encode('123456789')), 'base64').toString('hex');
    expect(hex('crc32')).toBe('cbf43926');
    expect(hex('crc32c')).toBe('e3069283');
    expect(hex('crc64nvme')).toBe('ae8b14860a799888');
    expect(hex('sha256')).toBe(createHash('sha256').update('123456789').digest('hex'));
  });
});

describe('uploads', () => {
  const streaming = (decoded: number): Record<string, string> => ({
    'content-encoding': 'aws-chunked',
    'x-amz-content-sha256': 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER',
    'x-amz-decoded-content-length': String(decoded),
    'x-amz-trailer': 'x-amz-checksum-crc64nvme',
  });
  const crc64 = checksumOf('crc64nvme', new TextEncoder().encode('hello, world'));

  it('decodes signed aws-chunked framing and checks the trailing checksum', async () => {
    const body = chunked(['hello, ', 'world'], [`x-amz-checksum-crc64nvme:${crc64}`, `x-amz-trailer-signature:${'1'.repeat(64)}`]);
    const put = await call('PUT', '/raw-bucket/chunked.txt', { headers: streaming(12), body });
    expect(put.status).toBe(200);
    expect(new TextDecoder().decode(emu.getObject('raw-bucket', 'chunked.txt'))).toBe('hello, world');
    const get = await fetch(`${emu.endpoint}/raw-bucket/chunked.txt`, { headers: { authorization: AUTH, 'x-amz-checksum-mode': 'ENABLED' } });
    expect(get.headers.get('x-amz-checksum-crc64nvme')).toBe(crc64);
  });

  it('refuses a wrong trailing checksum, a short body and a missing announced trailer', async () => {
    const wrong = chunked(['hello, ', 'world'], [`x-amz-checksum-crc64nvme:${checksumOf('crc64nvme', new Uint8Array())}`]);
    expect(await call('PUT', '/raw-bucket/bad.txt', { headers: streaming(12), body: wrong })).toMatchObject({ status: 400, code: 'BadDigest' });
    const right = chunked(['hello, ', 'world'], [`x-amz-checksum-crc64nvme:${crc64}`]);
    expect(await call('PUT', '/raw-bucket/bad.txt', { headers: streaming(13), body: right })).toMatchObject({ status: 400, code: 'IncompleteBody' });
    expect(await call('PUT', '/raw-bucket/bad.txt', { headers: streaming(12), body: chunked(['hello, ', 'world'], []) })).toMatchObject({ status: 400, code: 'InvalidRequest' });
    expect(await call('PUT', '/raw-bucket/bad.txt', { headers: streaming(12), body: '5\r\nhel' })).toMatchObject({ status: 400, code: 'IncompleteBody' });
    expect(emu.getObject('raw-bucket', 'bad.txt')).toBeUndefined();
  });

  it('checks a hex payload hash and Content-MD5', async () => {
    const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
    expect(await call('PUT', '/raw-bucket/h.txt', { headers: { 'x-amz-content-sha256': sha('abc') }, body: 'abc' })).toMatchObject({ status: 200 });
    expect(await call('PUT', '/raw-bucket/h.txt', { headers: { 'x-amz-content-sha256': sha('abd') }, body: 'abc' })).toMatchObject({ status: 400, code: 'XAmzContentSHA256Mismatch' });
    const md5 = createHash('md5').update('abc').digest('base64');
    expect(await call('PUT', '/raw-bucket/m.txt', { headers: { 'content-md5': md5 }, body: 'abc' })).toMatchObject({ status: 200 });
    expect(await call('PUT', '/raw-bucket/m.txt', { headers: { 'content-md5': md5 }, body: 'abd' })).toMatchObject({ status: 400, code: 'BadDigest' });
    expect(await call('PUT', '/raw-bucket/m.txt', { headers: { 'content-md5': 'nope' }, body: 'abc' })).toMatchObject({ status: 400, code: 'InvalidDigest' });
    expect(await call('PUT', '/raw-bucket/two.txt', { headers: { 'x-amz-checksum-crc32': checksumOf('crc32', new TextEncoder().encode('abc')), 'x-amz-checksum-sha1': checksumOf('sha1', new TextEncoder().encode('abc')) }, body: 'abc' })).toMatchObject({ status: 400, code: 'InvalidRequest' });
  });

  it('honours If-None-Match: * as a create-only write', async () => {
    expect(await call('PUT', '/raw-bucket/once.txt', { headers: { 'if-none-match': '*' }, body: '1' })).toMatchObject({ status: 200 });
    expect(await call('PUT', '/raw-bucket/once.txt', { headers: { 'if-none-match': '*' }, body: '2' })).toMatchObject({ status: 412, code: 'PreconditionFailed' });
    expect(new TextDecoder().decode(emu.getObject('raw-bucket', 'once.txt'))).toBe('1');
  });
});

describe('requests S3 refuses', () => {
  it('refuses unsigned requests and requests signed for another region', async () => {
    const unsigned = await fetch(`${emu.endpoint}/raw-bucket/seed.txt`);
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).toContain('<Code>AccessDenied</Code>');
    const elsewhere = await call('GET', '/raw-bucket/seed.txt', { headers: { authorization: AUTH.replace('us-west-2', 'eu-west-1') } });
    expect(elsewhere).toMatchObject({ status: 400, code: 'AuthorizationHeaderMalformed' });
    expect(elsewhere.text).toContain('<Region>us-west-2</Region>');
  });

  it('requires the region as LocationConstraint outside us-east-1, as S3 does', async () => {
    expect(await call('PUT', '/plain-bucket')).toMatchObject({ status: 400, code: 'IllegalLocationConstraintException' });
    const body = '<CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>us-west-2</LocationConstraint></CreateBucketConfiguration>';
    expect(await call('PUT', '/plain-bucket', { body })).toMatchObject({ status: 200 });
  });

  it('answers NotImplemented, naming it, for what the emulator does not serve', async () => {
    const acl = await call('GET', '/raw-bucket/seed.txt?acl');
    expect(acl).toMatchObject({ status: 501, code: 'NotImplemented' });
    expect(acl.text).toContain('?acl');
    expect(await call('GET', '/raw-bucket')).toMatchObject({ status: 501, code: 'NotImplemented' });
    expect(await call('PUT', '/raw-bucket/copy.txt', { headers: { 'x-amz-copy-source': '/raw-bucket/seed.txt' } })).toMatchObject({ status: 501, code: 'NotImplemented' });
    expect(await call('DELETE', '/')).toMatchObject({ status: 405, code: 'MethodNotAllowed' });
  });

  it('percent-encodes listed keys when asked with encoding-type=url', async () => {
    emu.putObject('raw-bucket', 'dir/a b&c.txt', 'x');
    const listed = await call('GET', '/raw-bucket?list-type=2&prefix=dir%2F&encoding-type=url');
    expect(listed.text).toContain('<Key>dir/a%20b%26c.txt</Key>');
    expect(listed.text).toContain('<EncodingType>url</EncodingType>');
    expect(await call('GET', '/raw-bucket?list-type=2&max-keys=many')).toMatchObject({ status: 400, code: 'InvalidArgument' });
  });
});
