import { invalidArgument } from './s3-error.js';
import type { StoredBucket, StoredObject } from './store.js';
import type { XmlNode } from './xml.js';

/** ListObjectsV2's query parameters, as sent. */
export interface ListObjectsQuery {
  readonly prefix?: string;
  readonly delimiter?: string;
  readonly maxKeys?: string;
  readonly continuationToken?: string;
  readonly startAfter?: string;
  readonly encodingType?: string;
}

const MAX_KEYS = 1000;

/** S3 orders keys by their UTF-8 bytes, which differs from UTF-16 order for characters outside the BMP. */
function byUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The opaque continuation token: the last key or common prefix returned, and which it was. */
function token(last: string, isPrefix: boolean): string {
  return Buffer.from(JSON.stringify([last, isPrefix]), 'utf8').toString('base64url');
}

function readToken(text: string): { last: string; isPrefix: boolean } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'boolean') return { last: parsed[0], isPrefix: parsed[1] };
  } catch {
    // refused below
  }
  throw invalidArgument('The continuation token provided is incorrect', 'continuation-token', text);
}

/**
 * The `ListBucketResult` of ListObjectsV2: keys in UTF-8 order after `start-after` or the continuation token, those
 * sharing `prefix` + (text up to) `delimiter` rolled into one `CommonPrefixes` entry that counts once against
 * `max-keys` (at most 1000), with `encoding-type=url` percent-encoding the key-valued elements as S3 does.
 */
export function listObjectsV2(bucket: StoredBucket, query: ListObjectsQuery): XmlNode {
  const prefix = query.prefix ?? '';
  const delimiter = query.delimiter ?? '';
  if (query.encodingType !== undefined && query.encodingType !== 'url') {
    throw invalidArgument('Invalid Encoding Method specified in Request', 'encoding-type', query.encodingType);
  }
  if (query.maxKeys !== undefined && !/^\d{1,10}$/.test(query.maxKeys)) {
    throw invalidArgument('Provided max-keys not an integer or within integer range', 'max-keys', query.maxKeys);
  }
  const maxKeys = Math.min(query.maxKeys === undefined ? MAX_KEYS : Number(query.maxKeys), MAX_KEYS);
  const after = query.continuationToken !== undefined ? readToken(query.continuationToken) : { last: query.startAfter ?? '', isPrefix: false };
  const encode = query.encodingType === 'url' ? (text: string) => encodeURIComponent(text).replace(/%2F/g, '/') : (text: string) => text;

  const contents: [string, StoredObject][] = [];
  const prefixes: string[] = [];
  let last: { value: string; isPrefix: boolean } | undefined;
  let truncated = false;
  const keys = [...bucket.objects.keys()].filter((key) => key.startsWith(prefix)).sort(byUtf8);
  for (const key of keys) {
    if (byUtf8(key, after.last) <= 0 || (after.isPrefix && key.startsWith(after.last))) continue;
    const cut = delimiter === '' ? -1 : key.indexOf(delimiter, prefix.length);
    const common = cut < 0 ? undefined : key.slice(0, cut + delimiter.length);
    if (common !== undefined && last?.isPrefix && last.value === common) continue;
    if (contents.length + prefixes.length >= maxKeys) {
      truncated = maxKeys > 0;
      break;
    }
    if (common !== undefined) prefixes.push(common);
    else contents.push([key, bucket.objects.get(key) as StoredObject]);
    last = { value: common ?? key, isPrefix: common !== undefined };
  }

  return [
    'ListBucketResult',
    [
      ['Name', bucket.name],
      ['Prefix', encode(prefix)],
      query.delimiter !== undefined ? ['Delimiter', encode(delimiter)] : undefined,
      ['MaxKeys', maxKeys],
      query.encodingType !== undefined ? ['EncodingType', query.encodingType] : undefined,
      ['KeyCount', contents.length + prefixes.length],
      ['IsTruncated', truncated],
      query.continuationToken !== undefined ? ['ContinuationToken', query.continuationToken] : undefined,
      truncated && last ? ['NextContinuationToken', token(last.value, last.isPrefix)] : undefined,
      query.startAfter !== undefined ? ['StartAfter', encode(query.startAfter)] : undefined,
      ...contents.map(([key, object]): XmlNode => [
        'Contents',
        [
          ['Key', encode(key)],
          ['LastModified', new Date(object.lastModified).toISOString()],
          ['ETag', object.etag],
          object.checksum ? ['ChecksumAlgorithm', object.checksum.name.toUpperCase()] : undefined,
          object.checksum ? ['ChecksumType', object.checksum.type ?? 'FULL_OBJECT'] : undefined,
          ['Size', object.body.byteLength],
          ['StorageClass', 'STANDARD'],
        ],
      ]),
      ...prefixes.map((common): XmlNode => ['CommonPrefixes', [['Prefix', encode(common)]]]),
    ],
  ];
}
