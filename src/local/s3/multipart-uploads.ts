import { randomBytes } from 'node:crypto';
import { S3Error } from './s3-error.js';
import type { ChecksumName, StoredChecksum } from './store.js';

/** How a multipart upload's object checksum is formed: of the parts' checksums, or of the whole object. */
export type MultipartChecksumType = 'COMPOSITE' | 'FULL_OBJECT';

/** One uploaded part: its bytes, entity tag and checksum. */
export interface UploadedPart {
  /** 1 to 10,000. */
  readonly number: number;
  /** The part's bytes. */
  readonly data: Uint8Array;
  /** The quoted MD5 hex of the part. */
  readonly etag: string;
  /** The part's checksum under the upload's algorithm (sent and verified, or computed when not sent). */
  readonly checksum?: StoredChecksum;
  /** Emulated epoch milliseconds. */
  readonly lastModified: number;
}

/** A multipart upload in progress: where it goes, what the object will carry, and the parts so far. */
export interface MultipartUpload {
  /** The upload id. */
  readonly id: string;
  /** The bucket. */
  readonly bucket: string;
  /** The key. */
  readonly key: string;
  /** Emulated epoch milliseconds. */
  readonly initiated: number;
  /** The object's `Content-Type`. */
  readonly contentType: string;
  /** The object's `Content-Encoding`, if any. */
  readonly contentEncoding?: string;
  /** The object's user metadata. */
  readonly metadata: Readonly<Record<string, string>>;
  /** The checksum algorithm and type declared at creation, if any. */
  readonly checksum?: { readonly name: ChecksumName; readonly type: MultipartChecksumType };
  /** Parts by number; uploading a number again replaces the part. */
  readonly parts: Map<number, UploadedPart>;
}

/**
 * The multipart uploads in progress, by upload id. An upload lives until it is completed or aborted; its parts are
 * kept in memory and are not part of the emulator's saved state.
 */
export class MultipartUploads {
  readonly #uploads = new Map<string, MultipartUpload>();

  /** Starts an upload and returns it with a fresh id. */
  create(upload: Omit<MultipartUpload, 'id' | 'parts'>): MultipartUpload {
    const id = randomBytes(48).toString('base64url');
    const started: MultipartUpload = { ...upload, id, parts: new Map() };
    this.#uploads.set(id, started);
    return started;
  }

  /** The upload of `bucket`/`key` with this id, or S3's `NoSuchUpload` (an id of another object is no upload of this one). */
  get(bucket: string, key: string, id: string): MultipartUpload {
    const upload = this.#uploads.get(id);
    if (!upload || upload.bucket !== bucket || upload.key !== key) throw noSuchUpload(id);
    return upload;
  }

  /** Ends an upload (completed or aborted); its parts are dropped. */
  delete(id: string): void {
    this.#uploads.delete(id);
  }
}

/** `NoSuchUpload` (404). */
export function noSuchUpload(id: string): S3Error {
  return new S3Error(
    404,
    'NoSuchUpload',
    'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
    [['UploadId', id]],
  );
}
