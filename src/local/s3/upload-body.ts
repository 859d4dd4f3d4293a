import { createHash } from 'node:crypto';
import { checksumName, checksumOf } from './checksums.js';
import { notImplemented, S3Error } from './s3-error.js';
import type { ChecksumName } from './store.js';

/** An upload's bytes after transfer decoding, and the checksum it was verified against (if the client sent one). */
export interface UploadBody {
  /** The object's bytes. */
  readonly data: Uint8Array;
  /** The verified checksum, to store and serve back. */
  readonly checksum?: { readonly name: ChecksumName; readonly value: string };
  /** `Content-Encoding` without `aws-chunked`, if anything is left. */
  readonly contentEncoding?: string;
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/**
 * Decodes and verifies an upload body the way S3 does: `aws-chunked` framing (signed or unsigned chunks, with the
 * checksum in a trailer) is removed and its decoded length checked; a hex `x-amz-content-sha256`, `Content-MD5` and an
 * `x-amz-checksum-*` header or trailer are each checked against the bytes. A mismatch is the S3 error S3 answers.
 */
export function decodeUploadBody(raw: Uint8Array, header: (name: string) => string | undefined): UploadBody {
  const contentSha = header('x-amz-content-sha256') ?? '';
  const encodings = (header('content-encoding') ?? '').split(',').map((e) => e.trim()).filter((e) => e !== '');
  const chunked = encodings.includes('aws-chunked') || contentSha.startsWith('STREAMING-');
  let data = raw;
  let trailers = new Map<string, string>();
  if (chunked) {
    ({ data, trailers } = decodeAwsChunked(raw));
    const declared = header('x-amz-decoded-content-length');
    if (declared !== undefined && Number(declared) !== data.byteLength) {
      throw new S3Error(400, 'IncompleteBody', `You did not provide the number of bytes specified by x-amz-decoded-content-length (${declared}; got ${data.byteLength})`);
    }
  } else if (HEX_SHA256.test(contentSha) && createHash('sha256').update(data).digest('hex') !== contentSha) {
    throw new S3Error(400, 'XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.");
  }
  const md5 = header('content-md5');
  if (md5 !== undefined) {
    if (!/^[A-Za-z0-9+/]{22}==$/.test(md5)) throw new S3Error(400, 'InvalidDigest', 'The Content-MD5 you specified was invalid.');
    if (createHash('md5').update(data).digest('base64') !== md5) throw new S3Error(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');
  }
  const checksum = verifyChecksum(data, header, trailers);
  const rest = encodings.filter((e) => e !== 'aws-chunked').join(',');
  return { data, ...(checksum ? { checksum } : {}), ...(rest ? { contentEncoding: rest } : {}) };
}

function verifyChecksum(
  data: Uint8Array,
  header: (name: string) => string | undefined,
  trailers: ReadonlyMap<string, string>,
): { name: ChecksumName; value: string } | undefined {
  const sent: [string, string][] = [];
  for (const [name, value] of trailers) if (name.startsWith('x-amz-checksum-')) sent.push([name, value]);
  for (const name of ['crc32', 'crc32c', 'crc64nvme', 'sha1', 'sha256', 'sha512', 'md5', 'xxhash64', 'xxhash3', 'xxhash128']) {
    const value = header(`x-amz-checksum-${name}`);
    if (value !== undefined) sent.push([`x-amz-checksum-${name}`, value]);
  }
  const announced = header('x-amz-trailer');
  if (announced !== undefined && !trailers.has(announced.toLowerCase())) {
    throw new S3Error(400, 'InvalidRequest', `The x-amz-trailer header announced ${announced}, but the body has no such trailer`);
  }
  if (sent.length === 0) return undefined;
  if (sent.length > 1) throw new S3Error(400, 'InvalidRequest', 'Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.');
  const [wireName, value] = sent[0] ?? ['', ''];
  const name = checksumName(wireName);
  if (name === undefined) throw notImplemented(`the ${wireName} checksum`);
  const sdkAlgorithm = header('x-amz-sdk-checksum-algorithm');
  if (sdkAlgorithm !== undefined && checksumName(sdkAlgorithm) !== name) {
    throw new S3Error(400, 'InvalidRequest', `Value for x-amz-sdk-checksum-algorithm header is invalid: ${sdkAlgorithm} does not match ${wireName}`);
  }
  if (checksumOf(name, data) !== value) {
    throw new S3Error(400, 'BadDigest', `The ${name.toUpperCase()} you specified did not match the calculated checksum.`);
  }
  return { name, value };
}

/**
 * Removes `aws-chunked` framing: `<hex size>[;chunk-signature=...]\r\n<bytes>\r\n` repeated, a zero-size chunk, then
 * trailer lines `name:value\r\n` and an empty line. Chunk signatures are not checked (the emulator checks no signature).
 */
function decodeAwsChunked(raw: Uint8Array): { data: Uint8Array; trailers: Map<string, string> } {
  const buffer = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const parts: Buffer[] = [];
  const trailers = new Map<string, string>();
  const bad = (why: string): S3Error => new S3Error(400, 'IncompleteBody', `The aws-chunked body is malformed: ${why}`);
  let at = 0;
  const line = (): string => {
    const end = buffer.indexOf('\r\n', at);
    if (end < 0) throw bad('a line does not end in CRLF');
    const text = buffer.subarray(at, end).toString('latin1');
    at = end + 2;
    return text;
  };
  for (;;) {
    const sizeText = line().split(';')[0] ?? '';
    if (!/^[0-9a-fA-F]+$/.test(sizeText)) throw bad(`"${sizeText}" is not a chunk size`);
    const size = Number.parseInt(sizeText, 16);
    if (size === 0) break;
    if (at + size + 2 > buffer.length || buffer.subarray(at + size, at + size + 2).toString('latin1') !== '\r\n') throw bad('a chunk is shorter than its size');
    parts.push(buffer.subarray(at, at + size));
    at += size + 2;
  }
  for (let text = line(); text !== ''; text = at < buffer.length ? line() : '') {
    const colon = text.indexOf(':');
    if (colon <= 0) throw bad(`"${text}" is not a trailer`);
    trailers.set(text.slice(0, colon).trim().toLowerCase(), text.slice(colon + 1).trim());
  }
  return { data: new Uint8Array(Buffer.concat(parts)), trailers };
}
