import { notImplemented, S3Error } from './s3-error.js';

/** The S3 operations the emulator serves. */
export type S3Operation =
  | 'ListBuckets'
  | 'CreateBucket'
  | 'HeadBucket'
  | 'DeleteBucket'
  | 'ListObjectsV2'
  | 'PutObject'
  | 'GetObject'
  | 'HeadObject'
  | 'DeleteObject'
  | 'CreateMultipartUpload'
  | 'UploadPart'
  | 'CompleteMultipartUpload'
  | 'AbortMultipartUpload'
  | 'ListParts';

/** Every {@link S3Operation}, for checking fault rules. */
export const S3_OPERATIONS: readonly S3Operation[] = [
  'ListBuckets',
  'CreateBucket',
  'HeadBucket',
  'DeleteBucket',
  'ListObjectsV2',
  'PutObject',
  'GetObject',
  'HeadObject',
  'DeleteObject',
  'CreateMultipartUpload',
  'UploadPart',
  'CompleteMultipartUpload',
  'AbortMultipartUpload',
  'ListParts',
];

/** Query keys that select another S3 operation (a subresource) on the same path; the emulator serves none of them. */
const SUBRESOURCES = new Set(
  'accelerate acl analytics attributes cors delete encryption intelligent-tiering inventory legal-hold lifecycle location logging metadataTable metrics notification object-lock ownershipControls partNumber policy policyStatus publicAccessBlock renameObject replication requestPayment restore retention select session tagging torrent uploadId uploads versionId versioning versions website'.split(' '),
);

/**
 * The operation a path-style request addresses: `GET /` lists buckets, `/<bucket>` is a bucket operation and
 * `/<bucket>/<key>` an object operation, chosen by method (and `list-type=2` for ListObjectsV2). Anything else S3
 * has (subresources, multipart, copy, ListObjects v1) is answered `NotImplemented`, naming what was asked.
 */
export function routeOperation(method: string, bucket: string, key: string, query: URLSearchParams, copySource: string | undefined): S3Operation {
  const multipart = key === '' ? undefined : multipartOperation(method, query, copySource);
  if (multipart !== undefined) return multipart;
  const subresource = [...query.keys()].find((name) => SUBRESOURCES.has(name));
  if (subresource !== undefined) throw notImplemented(`the ?${subresource} subresource`);
  if (bucket === '') {
    if (method === 'GET') return 'ListBuckets';
  } else if (key === '') {
    switch (method) {
      case 'PUT':
        return 'CreateBucket';
      case 'HEAD':
        return 'HeadBucket';
      case 'DELETE':
        return 'DeleteBucket';
      case 'GET':
        if (query.get('list-type') === '2') return 'ListObjectsV2';
        throw notImplemented('ListObjects (version 1): use ListObjectsV2');
    }
  } else {
    switch (method) {
      case 'PUT':
        if (copySource !== undefined) throw notImplemented('CopyObject');
        return 'PutObject';
      case 'GET':
        return 'GetObject';
      case 'HEAD':
        return 'HeadObject';
      case 'DELETE':
        return 'DeleteObject';
    }
  }
  throw new S3Error(405, 'MethodNotAllowed', `The specified method is not allowed against this resource (${method} ${bucket === '' ? '/' : key === '' ? 'bucket' : 'object'}).`, [
    ['Method', method],
    ['ResourceType', bucket === '' ? 'SERVICE' : key === '' ? 'BUCKET' : 'OBJECT'],
  ]);
}

/** The multipart operation an object request addresses (by `?uploads`, `?uploadId` and `?partNumber`), if any. */
function multipartOperation(method: string, query: URLSearchParams, copySource: string | undefined): S3Operation | undefined {
  const others = [...query.keys()].filter((name) => SUBRESOURCES.has(name) && name !== 'uploadId' && name !== 'partNumber' && name !== 'uploads');
  if (others.length > 0) return undefined;
  if (method === 'POST' && query.has('uploads') && !query.has('uploadId')) return 'CreateMultipartUpload';
  if (!query.has('uploadId') || query.has('uploads')) return undefined;
  switch (method) {
    case 'PUT':
      if (!query.has('partNumber')) return undefined;
      if (copySource !== undefined) throw notImplemented('UploadPartCopy');
      return 'UploadPart';
    case 'POST':
      return query.has('partNumber') ? undefined : 'CompleteMultipartUpload';
    case 'DELETE':
      return query.has('partNumber') ? undefined : 'AbortMultipartUpload';
    case 'GET':
      return query.has('partNumber') ? undefined : 'ListParts';
    default:
      return undefined;
  }
}

type Binding = readonly [member: string, where: 'header' | 'query', name: string, type?: 'integer'];

const OBJECT_HEADERS: readonly Binding[] = [
  ['ContentType', 'header', 'content-type'],
  ['ContentMD5', 'header', 'content-md5'],
  ['ContentEncoding', 'header', 'content-encoding'],
  ['IfNoneMatch', 'header', 'if-none-match'],
  ['ChecksumAlgorithm', 'header', 'x-amz-sdk-checksum-algorithm'],
  ...(['CRC32', 'CRC32C', 'CRC64NVME', 'SHA1', 'SHA256', 'SHA512', 'MD5'] as const).map((a): Binding => [`Checksum${a}`, 'header', `x-amz-checksum-${a.toLowerCase()}`]),
];

/** Where each operation's request members travel (those the emulator reads), in the model's member names. */
const BINDINGS: Record<S3Operation, readonly Binding[]> = {
  ListBuckets: [
    ['MaxBuckets', 'query', 'max-buckets', 'integer'],
    ['ContinuationToken', 'query', 'continuation-token'],
    ['Prefix', 'query', 'prefix'],
    ['BucketRegion', 'query', 'bucket-region'],
  ],
  CreateBucket: [],
  HeadBucket: [],
  DeleteBucket: [],
  ListObjectsV2: [
    ['Prefix', 'query', 'prefix'],
    ['Delimiter', 'query', 'delimiter'],
    ['MaxKeys', 'query', 'max-keys', 'integer'],
    ['ContinuationToken', 'query', 'continuation-token'],
    ['StartAfter', 'query', 'start-after'],
    ['EncodingType', 'query', 'encoding-type'],
  ],
  PutObject: OBJECT_HEADERS,
  GetObject: [
    ['Range', 'header', 'range'],
    ['ChecksumMode', 'header', 'x-amz-checksum-mode'],
  ],
  HeadObject: [
    ['Range', 'header', 'range'],
    ['ChecksumMode', 'header', 'x-amz-checksum-mode'],
  ],
  DeleteObject: [],
  CreateMultipartUpload: [
    ['ContentType', 'header', 'content-type'],
    ['ContentEncoding', 'header', 'content-encoding'],
    ['ChecksumAlgorithm', 'header', 'x-amz-checksum-algorithm'],
    ['ChecksumType', 'header', 'x-amz-checksum-type'],
  ],
  UploadPart: [
    ['UploadId', 'query', 'uploadId'],
    ['PartNumber', 'query', 'partNumber', 'integer'],
    ...OBJECT_HEADERS.filter(([member]) => member !== 'ContentType' && member !== 'ContentEncoding' && member !== 'IfNoneMatch'),
  ],
  CompleteMultipartUpload: [
    ['UploadId', 'query', 'uploadId'],
    ['ChecksumType', 'header', 'x-amz-checksum-type'],
    ['MpuObjectSize', 'header', 'x-amz-mp-object-size', 'integer'],
    ...OBJECT_HEADERS.filter(([member]) => /^Checksum(?!Algorithm)/.test(member)),
  ],
  AbortMultipartUpload: [['UploadId', 'query', 'uploadId']],
  ListParts: [
    ['UploadId', 'query', 'uploadId'],
    ['MaxParts', 'query', 'max-parts', 'integer'],
    ['PartNumberMarker', 'query', 'part-number-marker', 'integer'],
  ],
};

/** The request's members in the model's names (`Bucket`, `Key`, `Prefix`, ...), as recorded for tests. */
export function requestMembers(
  operation: S3Operation,
  bucket: string,
  key: string,
  query: URLSearchParams,
  headers: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (bucket !== '') input['Bucket'] = bucket;
  if (key !== '') input['Key'] = key;
  for (const [member, where, name, type] of BINDINGS[operation]) {
    const value = where === 'query' ? (query.get(name) ?? undefined) : headers[name];
    if (value === undefined) continue;
    input[member] = type === 'integer' && /^-?\d+$/.test(value) ? Number(value) : value;
  }
  if (operation === 'PutObject' || operation === 'CreateMultipartUpload') {
    const metadata = Object.fromEntries(Object.entries(headers).filter(([name]) => name.startsWith('x-amz-meta-')).map(([name, value]) => [name.slice(11), value]));
    if (Object.keys(metadata).length > 0) input['Metadata'] = metadata;
  }
  return input;
}
