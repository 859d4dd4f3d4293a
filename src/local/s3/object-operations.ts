import type { S3Answer, S3Call } from './answer.js';
import { noSuchBucket, noSuchKey, S3Error } from './s3-error.js';
import type { S3Store, StoredBucket, StoredObject } from './store.js';
import { decodeUploadBody } from './upload-body.js';

const MAX_KEY_BYTES = 1024;

function bucketOf(store: S3Store, call: S3Call): StoredBucket {
  const bucket = store.bucket(call.bucket);
  if (!bucket) throw noSuchBucket(call.bucket);
  return bucket;
}

/** PutObject: verifies the body (see `decodeUploadBody`) and stores it with its type, metadata and checksum. */
export function putObject(store: S3Store, call: S3Call): S3Answer {
  const bucket = bucketOf(store, call);
  if (Buffer.byteLength(call.key, 'utf8') > MAX_KEY_BYTES) {
    throw new S3Error(400, 'KeyTooLongError', 'Your key is too long', [['Size', String(Buffer.byteLength(call.key, 'utf8'))], ['MaxSizeAllowed', String(MAX_KEY_BYTES)]]);
  }
  if (call.header('if-none-match') === '*' && bucket.objects.has(call.key)) {
    throw new S3Error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', [['Condition', 'If-None-Match']]);
  }
  const upload = decodeUploadBody(call.body, call.header);
  const metadata: Record<string, string> = {};
  for (const [name, value] of metaHeaders(call)) metadata[name] = value;
  const stored = store.put(call.bucket, call.key, upload.data, {
    contentType: call.header('content-type') ?? 'binary/octet-stream',
    ...(upload.contentEncoding ? { contentEncoding: upload.contentEncoding } : {}),
    metadata,
    ...(upload.checksum ? { checksum: upload.checksum } : {}),
  });
  return { status: 200, headers: { etag: stored.etag, 'x-amz-server-side-encryption': 'AES256', ...checksumHeaders(stored) } };
}

/** GetObject and HeadObject: the object (or one byte range of it, 206) with its headers; HEAD sends no body. */
export function getObject(store: S3Store, call: S3Call, head: boolean): S3Answer {
  const object = bucketOf(store, call).objects.get(call.key);
  if (!object) throw noSuchKey(call.key);
  const size = object.body.byteLength;
  const range = parseRange(call.header('range'), size);
  const headers: Record<string, string> = {
    'accept-ranges': 'bytes',
    'last-modified': new Date(object.lastModified).toUTCString(),
    etag: object.etag,
    'content-type': object.contentType,
    'x-amz-server-side-encryption': 'AES256',
    ...(object.contentEncoding ? { 'content-encoding': object.contentEncoding } : {}),
  };
  for (const [name, value] of Object.entries(object.metadata)) headers[`x-amz-meta-${name}`] = value;
  if (range) {
    const body = object.body.subarray(range.start, range.end + 1);
    headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
    headers['content-length'] = String(body.byteLength);
    return { status: 206, headers, ...(head ? {} : { body }) };
  }
  // A checksum describes the whole object, so S3 sends it only for whole-object reads, and only when asked.
  if (call.header('x-amz-checksum-mode')?.toUpperCase() === 'ENABLED') Object.assign(headers, checksumHeaders(object));
  headers['content-length'] = String(size);
  return { status: 200, headers, ...(head ? {} : { body: object.body }) };
}

/** DeleteObject: 204 whether or not the key existed (S3 deletes are idempotent); the bucket must exist. */
export function deleteObject(store: S3Store, call: S3Call): S3Answer {
  bucketOf(store, call);
  store.delete(call.bucket, call.key);
  return { status: 204, headers: {} };
}

function checksumHeaders(object: StoredObject): Record<string, string> {
  if (!object.checksum) return {};
  return { [`x-amz-checksum-${object.checksum.name}`]: object.checksum.value, 'x-amz-checksum-type': object.checksum.type ?? 'FULL_OBJECT' };
}

function metaHeaders(call: S3Call): [string, string][] {
  return Object.entries(call.headers)
    .filter(([name]) => name.startsWith('x-amz-meta-'))
    .map(([name, value]) => [name.slice('x-amz-meta-'.length), value]);
}

/**
 * A single `bytes=first-last`, `bytes=first-` or `bytes=-suffix` range, clamped to the object. Syntax S3 does not
 * understand (several ranges, other units) is ignored, as S3 ignores it; a range that starts past the end is 416.
 */
function parseRange(value: string | undefined, size: number): { start: number; end: number } | undefined {
  const match = value === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(value.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [first, last] = [match[1] ?? '', match[2] ?? ''];
  let start: number;
  let end: number;
  if (first === '') {
    start = Math.max(0, size - Number(last));
    end = size - 1;
    if (Number(last) === 0) start = size;
  } else {
    start = Number(first);
    end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
    if (last !== '' && Number(last) < start) return undefined;
  }
  if (start >= size || end < start) {
    throw new S3Error(416, 'InvalidRange', 'The requested range is not satisfiable', [['RangeRequested', value ?? ''], ['ActualObjectSize', String(size)]]);
  }
  return { start, end };
}
