import { createHash } from 'node:crypto';
import { xmlAnswer, type S3Answer, type S3Call } from './answer.js';
import { checksumName, checksumOf } from './checksums.js';
import type { MultipartChecksumType, MultipartUploads, UploadedPart } from './multipart-uploads.js';
import { invalidArgument, noSuchBucket, S3Error } from './s3-error.js';
import type { S3Store, StoredChecksum } from './store.js';
import { decodeUploadBody } from './upload-body.js';
import { xmlDocument, type XmlNode } from './xml.js';

/** S3's part numbers: 1 to 10,000. */
const MAX_PART_NUMBER = 10_000;
/** ListParts answers at most this many parts per page. */
const MAX_LIST_PARTS = 1000;
/** Checksum algorithms that can cover a whole multipart object (a CRC combines); the others only compose. */
const FULL_OBJECT_CAPABLE = new Set(['crc32', 'crc32c', 'crc64nvme']);

function requireBucket(store: S3Store, call: S3Call): void {
  if (!store.bucket(call.bucket)) throw noSuchBucket(call.bucket);
}

/**
 * CreateMultipartUpload (`POST /<bucket>/<key>?uploads`): remembers the object's type, encoding, metadata and the
 * checksum algorithm and type it declares. CRC64NVME is always `FULL_OBJECT`; the SHA and MD5 families can only be
 * `COMPOSITE`; CRC32 and CRC32C default to `COMPOSITE`.
 */
export function createMultipartUpload(store: S3Store, uploads: MultipartUploads, call: S3Call): S3Answer {
  requireBucket(store, call);
  const algorithm = call.header('x-amz-checksum-algorithm');
  const declaredType = call.header('x-amz-checksum-type')?.toUpperCase();
  if (declaredType !== undefined && declaredType !== 'COMPOSITE' && declaredType !== 'FULL_OBJECT') {
    throw new S3Error(400, 'InvalidRequest', `Value for x-amz-checksum-type header is invalid: ${declaredType}`);
  }
  let checksum: { name: NonNullable<ReturnType<typeof checksumName>>; type: MultipartChecksumType } | undefined;
  if (algorithm !== undefined) {
    const name = checksumName(algorithm);
    if (name === undefined) throw new S3Error(400, 'InvalidRequest', `Checksum algorithm provided is unsupported: ${algorithm}`);
    const type: MultipartChecksumType = (declaredType as MultipartChecksumType | undefined) ?? (name === 'crc64nvme' ? 'FULL_OBJECT' : 'COMPOSITE');
    if (type === 'FULL_OBJECT' ? !FULL_OBJECT_CAPABLE.has(name) : name === 'crc64nvme') {
      throw new S3Error(400, 'InvalidRequest', `The ${type} checksum type cannot be used with the ${name.toUpperCase()} checksum algorithm.`);
    }
    checksum = { name, type };
  } else if (declaredType !== undefined) {
    throw new S3Error(400, 'InvalidRequest', 'The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.');
  }
  const encoding = call.header('content-encoding');
  const metadata = Object.fromEntries(Object.entries(call.headers).filter(([name]) => name.startsWith('x-amz-meta-')).map(([name, value]) => [name.slice(11), value]));
  const upload = uploads.create({
    bucket: call.bucket,
    key: call.key,
    initiated: store.now(),
    contentType: call.header('content-type') ?? 'binary/octet-stream',
    ...(encoding ? { contentEncoding: encoding } : {}),
    metadata,
    ...(checksum ? { checksum } : {}),
  });
  const root: XmlNode = ['InitiateMultipartUploadResult', [['Bucket', call.bucket], ['Key', call.key], ['UploadId', upload.id]]];
  const headers: Record<string, string> = { 'x-amz-server-side-encryption': 'AES256' };
  if (checksum) {
    headers['x-amz-checksum-algorithm'] = checksum.name.toUpperCase();
    headers['x-amz-checksum-type'] = checksum.type;
  }
  return xmlAnswer(xmlDocument(root), 200, headers);
}

/** The part number of `?partNumber=`, or S3's `InvalidArgument`. */
function partNumberOf(call: S3Call): number {
  const text = call.query.get('partNumber') ?? '';
  const number = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(number >= 1 && number <= MAX_PART_NUMBER)) {
    throw invalidArgument(`Part number must be an integer between 1 and ${MAX_PART_NUMBER}, inclusive`, 'partNumber', text);
  }
  return number;
}

/**
 * UploadPart (`PUT /<bucket>/<key>?partNumber=N&uploadId=ID`): the body is verified as PutObject's is (framing,
 * Content-MD5, any checksum sent). A checksum of another algorithm than the upload declared is refused; when the
 * upload declared one and the part carries none, the emulator computes it (S3 would want it sent).
 */
export function uploadPart(store: S3Store, uploads: MultipartUploads, call: S3Call): S3Answer {
  requireBucket(store, call);
  const number = partNumberOf(call);
  const upload = uploads.get(call.bucket, call.key, call.query.get('uploadId') ?? '');
  const body = decodeUploadBody(call.body, call.header);
  const declared = upload.checksum?.name;
  if (declared !== undefined && body.checksum !== undefined && body.checksum.name !== declared) {
    throw new S3Error(400, 'InvalidRequest', `Checksum Type mismatch occurred, expected checksum Type: ${declared}, actual checksum Type: ${body.checksum.name}`);
  }
  const checksum: StoredChecksum | undefined = body.checksum ?? (declared !== undefined ? { name: declared, value: checksumOf(declared, body.data) } : undefined);
  const part: UploadedPart = {
    number,
    data: body.data,
    etag: `"${createHash('md5').update(body.data).digest('hex')}"`,
    ...(checksum ? { checksum } : {}),
    lastModified: store.now(),
  };
  upload.parts.set(number, part);
  return {
    status: 200,
    headers: { etag: part.etag, 'x-amz-server-side-encryption': 'AES256', ...(checksum ? { [`x-amz-checksum-${checksum.name}`]: checksum.value } : {}) },
  };
}

/** AbortMultipartUpload (`DELETE /<bucket>/<key>?uploadId=ID`): 204, the parts are dropped. */
export function abortMultipartUpload(store: S3Store, uploads: MultipartUploads, call: S3Call): S3Answer {
  requireBucket(store, call);
  const upload = uploads.get(call.bucket, call.key, call.query.get('uploadId') ?? '');
  uploads.delete(upload.id);
  return { status: 204, headers: {} };
}

/** ListParts (`GET /<bucket>/<key>?uploadId=ID`): the parts in number order, paged by `max-parts` and `part-number-marker`. */
export function listParts(store: S3Store, uploads: MultipartUploads, call: S3Call): S3Answer {
  requireBucket(store, call);
  const upload = uploads.get(call.bucket, call.key, call.query.get('uploadId') ?? '');
  const maxText = call.query.get('max-parts');
  const max = maxText === null ? MAX_LIST_PARTS : Number(maxText);
  if (!Number.isInteger(max) || max < 0) throw invalidArgument('Provided max-parts not an integer or within integer range', 'max-parts', maxText ?? '');
  const markerText = call.query.get('part-number-marker');
  const marker = markerText === null ? 0 : Number(markerText);
  if (!Number.isInteger(marker) || marker < 0) throw invalidArgument('Provided part-number-marker not an integer or within integer range', 'part-number-marker', markerText ?? '');
  const after = [...upload.parts.values()].filter((p) => p.number > marker).sort((a, b) => a.number - b.number);
  const page = after.slice(0, Math.min(max, MAX_LIST_PARTS));
  const truncated = after.length > page.length;
  const children: (XmlNode | undefined)[] = [
    ['Bucket', upload.bucket],
    ['Key', upload.key],
    ['UploadId', upload.id],
    ['PartNumberMarker', marker],
    page.length > 0 ? ['NextPartNumberMarker', page[page.length - 1]?.number ?? 0] : undefined,
    ['MaxParts', max],
    ['IsTruncated', truncated],
    ...page.map((p): XmlNode => [
      'Part',
      [
        ['PartNumber', p.number],
        ['LastModified', new Date(p.lastModified).toISOString()],
        ['ETag', p.etag],
        ['Size', p.data.byteLength],
        p.checksum ? [`Checksum${p.checksum.name.toUpperCase()}`, p.checksum.value] : undefined,
      ],
    ]),
    ['StorageClass', 'STANDARD'],
    upload.checksum ? ['ChecksumAlgorithm', upload.checksum.name.toUpperCase()] : undefined,
    upload.checksum ? ['ChecksumType', upload.checksum.type] : undefined,
  ];
  return xmlAnswer(xmlDocument(['ListPartsResult', children]));
}
