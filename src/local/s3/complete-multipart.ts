import { createHash } from 'node:crypto';
import { xmlAnswer, type S3Answer, type S3Call } from './answer.js';
import { checksumName, checksumOf } from './checksums.js';
import type { MultipartUpload, MultipartUploads, UploadedPart } from './multipart-uploads.js';
import { noSuchBucket, S3Error } from './s3-error.js';
import type { S3Store, StoredChecksum } from './store.js';
import { xmlDocument, xmlText, type XmlNode } from './xml.js';

/** Every part but the last must be at least 5 MiB (S3 User Guide, "Amazon S3 multipart upload limits"). */
export const MIN_PART_BYTES = 5 * 1024 * 1024;

/** One `<Part>` of the request: the number, the ETag the client got, and any checksum it repeats. */
interface RequestedPart {
  readonly number: number;
  readonly etag: string;
  readonly checksums: ReadonlyMap<string, string>;
}

const CHECKSUM_ELEMENTS = ['CRC32', 'CRC32C', 'CRC64NVME', 'SHA1', 'SHA256', 'SHA512', 'MD5'] as const;

function malformed(): S3Error {
  return new S3Error(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema');
}

/** The `<Part>` list of a CompleteMultipartUpload body (recorded as the `MultipartUpload` member). */
function requestedParts(call: S3Call): RequestedPart[] {
  const xml = new TextDecoder().decode(call.body);
  if (!/<CompleteMultipartUpload[\s>]/.test(xml)) throw malformed();
  const parts: RequestedPart[] = [];
  for (const match of xml.matchAll(/<Part>([\s\S]*?)<\/Part>/g)) {
    const inner = match[1] ?? '';
    const numberText = xmlText(inner, 'PartNumber') ?? '';
    const etag = xmlText(inner, 'ETag');
    if (!/^\d+$/.test(numberText) || etag === undefined) throw malformed();
    const checksums = new Map<string, string>();
    for (const name of CHECKSUM_ELEMENTS) {
      const value = xmlText(inner, `Checksum${name}`);
      if (value !== undefined) checksums.set(name.toLowerCase(), value);
    }
    parts.push({ number: Number(numberText), etag, checksums });
  }
  if (parts.length === 0) throw malformed();
  call.input['MultipartUpload'] = {
    Parts: parts.map((p) => ({ PartNumber: p.number, ETag: p.etag, ...Object.fromEntries([...p.checksums].map(([n, v]) => [`Checksum${n.toUpperCase()}`, v])) })),
  };
  return parts;
}

const unquoted = (etag: string): string => etag.replace(/^"|"$/g, '');

function invalidPart(upload: MultipartUpload, part: RequestedPart, why: string): S3Error {
  return new S3Error(400, 'InvalidPart', `One or more of the specified parts could not be found. The part may not have been uploaded, or the specified entity tag may not match the part's entity tag. (${why})`, [
    ['UploadId', upload.id],
    ['PartNumber', String(part.number)],
    ['ETag', part.etag],
  ]);
}

/** The parts the request names, checked the way S3 checks them: ascending order, each uploaded with that ETag and checksum, each but the last 5 MiB or more. */
function checkedParts(upload: MultipartUpload, requested: readonly RequestedPart[]): UploadedPart[] {
  for (let i = 1; i < requested.length; i++) {
    if ((requested[i]?.number ?? 0) <= (requested[i - 1]?.number ?? 0)) {
      throw new S3Error(400, 'InvalidPartOrder', 'The list of parts was not in ascending order. Parts must be ordered by part number.', [['UploadId', upload.id]]);
    }
  }
  const parts = requested.map((wanted) => {
    const part = upload.parts.get(wanted.number);
    if (!part) throw invalidPart(upload, wanted, `part ${wanted.number} was not uploaded`);
    if (unquoted(part.etag) !== unquoted(wanted.etag)) throw invalidPart(upload, wanted, `part ${wanted.number} has ETag ${part.etag}`);
    for (const [name, value] of wanted.checksums) {
      if (part.checksum?.name !== name || part.checksum.value !== value) throw invalidPart(upload, wanted, `the ${name.toUpperCase()} checksum does not match part ${wanted.number}'s`);
    }
    return part;
  });
  parts.forEach((part, i) => {
    if (i < parts.length - 1 && part.data.byteLength < MIN_PART_BYTES) {
      throw new S3Error(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed object size.', [
        ['ProposedSize', String(part.data.byteLength)],
        ['MinSizeAllowed', String(MIN_PART_BYTES)],
        ['PartNumber', String(part.number)],
        ['ETag', part.etag],
      ]);
    }
  });
  return parts;
}

/** The object's checksum: a CRC of the whole object (`FULL_OBJECT`), or the checksum of the parts' checksums followed by `-<parts>` (`COMPOSITE`). */
function objectChecksum(upload: MultipartUpload, parts: readonly UploadedPart[], data: Uint8Array): StoredChecksum | undefined {
  const declared = upload.checksum;
  if (!declared) return undefined;
  if (declared.type === 'FULL_OBJECT') return { name: declared.name, value: checksumOf(declared.name, data), type: 'FULL_OBJECT' };
  const joined = Buffer.concat(parts.map((p) => Buffer.from(p.checksum?.value ?? checksumOf(declared.name, p.data), 'base64')));
  return { name: declared.name, value: `${checksumOf(declared.name, joined)}-${parts.length}`, type: 'COMPOSITE' };
}

/** A whole-object checksum the request repeats in a header must be the object's. */
function checkRequestChecksum(call: S3Call, checksum: StoredChecksum | undefined): void {
  const sent = Object.entries(call.headers).find(([name]) => name.startsWith('x-amz-checksum-') && checksumName(name) !== undefined);
  if (!sent) return;
  const [header, value] = sent;
  if (checksum === undefined || checksumName(header) !== checksum.name) {
    throw new S3Error(400, 'InvalidRequest', `The upload was created ${checksum ? `with the ${checksum.name.toUpperCase()} checksum algorithm` : 'without a checksum algorithm'}; ${header} cannot be checked`);
  }
  if (value !== checksum.value && `${value}-${checksum.value.split('-')[1] ?? ''}` !== checksum.value) {
    throw new S3Error(400, 'BadDigest', `The ${checksum.name.toUpperCase()} you specified did not match the calculated checksum.`);
  }
}

/**
 * CompleteMultipartUpload (`POST /<bucket>/<key>?uploadId=ID`): joins the listed parts into the object. Its ETag is
 * `"<MD5 of the parts' binary MD5s>-<number of parts>"`, as S3 computes it; parts not listed are dropped.
 */
export function completeMultipartUpload(store: S3Store, uploads: MultipartUploads, call: S3Call): S3Answer {
  if (!store.bucket(call.bucket)) throw noSuchBucket(call.bucket);
  const upload = uploads.get(call.bucket, call.key, call.query.get('uploadId') ?? '');
  const parts = checkedParts(upload, requestedParts(call));
  const data = new Uint8Array(Buffer.concat(parts.map((p) => p.data)));
  const declaredSize = call.header('x-amz-mp-object-size');
  if (declaredSize !== undefined && Number(declaredSize) !== data.byteLength) {
    throw new S3Error(400, 'InvalidRequest', `The x-amz-mp-object-size header (${declaredSize}) does not match the object's size (${data.byteLength})`);
  }
  const checksum = objectChecksum(upload, parts, data);
  checkRequestChecksum(call, checksum);
  const md5s = Buffer.concat(parts.map((p) => Buffer.from(unquoted(p.etag), 'hex')));
  const etag = `"${createHash('md5').update(md5s).digest('hex')}-${parts.length}"`;
  store.put(call.bucket, call.key, data, {
    contentType: upload.contentType,
    ...(upload.contentEncoding ? { contentEncoding: upload.contentEncoding } : {}),
    metadata: upload.metadata,
    ...(checksum ? { checksum } : {}),
    etag,
  });
  uploads.delete(upload.id);
  const location = `http://${call.header('host') ?? 'localhost'}/${encodeURIComponent(call.bucket)}/${call.key.split('/').map(encodeURIComponent).join('/')}`;
  const root: XmlNode = [
    'CompleteMultipartUploadResult',
    [
      ['Location', location],
      ['Bucket', call.bucket],
      ['Key', call.key],
      ['ETag', etag],
      checksum ? [`Checksum${checksum.name.toUpperCase()}`, checksum.value] : undefined,
      checksum ? ['ChecksumType', checksum.type ?? 'FULL_OBJECT'] : undefined,
    ],
  ];
  return xmlAnswer(xmlDocument(root), 200, { 'x-amz-server-side-encryption': 'AES256' });
}
