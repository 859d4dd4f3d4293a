import { s, type CallOptions } from '../core/index.js';
import type { ObjectStore } from './object-store.js';

/** What S3 says about one object in a listing. */
export interface S3ObjectInfo {
  /** The bucket. */
  readonly bucket: string;
  /** The object key (its full name in the bucket). */
  readonly key: string;
  /** Size in bytes. */
  readonly size: number;
  /** When it was last written. */
  readonly lastModified?: Date;
  /** The entity tag S3 keeps for it (quoted, as S3 sends it). */
  readonly etag?: string;
}

const DOWNLOAD_PATH = s.string({ max: 4096 });

/**
 * One S3 object: its name and size from the listing, and ways to read it. Reading sends a GetObject; nothing is
 * read until you ask. The content is given as it is, in no particular format.
 */
export class S3Object implements S3ObjectInfo {
  readonly #store: ObjectStore;
  /** The bucket. */
  readonly bucket: string;
  /** The object key (its full name in the bucket). */
  readonly key: string;
  /** Size in bytes. */
  readonly size: number;
  /** When it was last written. */
  readonly lastModified?: Date;
  /** The entity tag S3 keeps for it. */
  readonly etag?: string;

  /** @internal Users get instances from listings such as `run.resultObjects()`. */
  constructor(store: ObjectStore, info: S3ObjectInfo) {
    this.#store = store;
    this.bucket = info.bucket;
    this.key = info.key;
    this.size = info.size;
    if (info.lastModified !== undefined) this.lastModified = info.lastModified;
    if (info.etag !== undefined) this.etag = info.etag;
  }

  /** The object's bytes (GetObject), refused above 64 MiB: use {@link S3Object.download} for larger ones. */
  async bytes(options: CallOptions = {}): Promise<Uint8Array> {
    s.parse(s.CALL_OPTIONS, options);
    return this.#store.read(this, options.signal);
  }

  /** The object's content as UTF-8 text. */
  async text(options: CallOptions = {}): Promise<string> {
    return new TextDecoder().decode(await this.bytes(options));
  }

  /** The object's content chunk by chunk, as it arrives (memory stays flat). */
  stream(options: CallOptions = {}): AsyncIterable<Uint8Array> {
    s.parse(s.CALL_OPTIONS, options);
    return this.#store.stream(this, options.signal);
  }

  /** Writes the object to the file at `path` (Node), streaming; resolves with the bytes written. */
  async download(path: string, options: CallOptions = {}): Promise<number> {
    DOWNLOAD_PATH.parse(path, 'path');
    s.parse(s.CALL_OPTIONS, options);
    return downloadTo(path, this.#store.stream(this, options.signal));
  }

  /** `s3://bucket/key`. */
  toString(): string {
    return `s3://${this.bucket}/${this.key}`;
  }

  /** The listing data, without the store. */
  toJSON(): S3ObjectInfo {
    return { bucket: this.bucket, key: this.key, size: this.size, ...(this.lastModified ? { lastModified: this.lastModified } : {}), ...(this.etag ? { etag: this.etag } : {}) };
  }
}

/** Streams `chunks` into the file at `path`, replacing it; resolves with the bytes written. @internal */
export async function downloadTo(path: string, chunks: AsyncIterable<Uint8Array>): Promise<number> {
  // Loaded here so code that never downloads (and browsers) never imports node:fs.
  const [{ createWriteStream }, { pipeline }] = await Promise.all([import('node:fs'), import('node:stream/promises')]);
  let bytes = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      bytes += chunk.byteLength;
      yield chunk;
    }
  }
  await pipeline(counted(), createWriteStream(path));
  return bytes;
}
