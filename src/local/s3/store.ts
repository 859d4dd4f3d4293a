import { createHash } from 'node:crypto';

/** The checksum algorithms the emulated S3 computes and checks, by their wire name (`x-amz-checksum-<name>`). */
export type ChecksumName = 'crc32' | 'crc32c' | 'crc64nvme' | 'sha1' | 'sha256' | 'sha512' | 'md5';

/** One stored object and what S3 keeps about it. */
export interface StoredObject {
  /** The object's bytes. */
  readonly body: Uint8Array;
  /** The quoted MD5 hex of the body, as S3 sends it in `ETag`. */
  readonly etag: string;
  /** When it was written, in emulated epoch milliseconds. */
  readonly lastModified: number;
  /** The `Content-Type` it was uploaded with. */
  readonly contentType: string;
  /** The `Content-Encoding` it was uploaded with (without `aws-chunked`), if any. */
  readonly contentEncoding?: string;
  /** User metadata (`x-amz-meta-*`), keys lowercased. */
  readonly metadata: Readonly<Record<string, string>>;
  /** The checksum the client sent and the emulator verified (base64), if any. */
  readonly checksum?: StoredChecksum;
}

/** An object's checksum: the algorithm, the value as on the wire, and whether it covers the whole object. */
export interface StoredChecksum {
  /** The algorithm. */
  readonly name: ChecksumName;
  /** The checksum, as sent on the wire (a multipart object's composite one ends in `-<parts>`). */
  readonly value: string;
  /** `COMPOSITE` for a checksum of the parts' checksums (multipart uploads). @default 'FULL_OBJECT' */
  readonly type?: 'FULL_OBJECT' | 'COMPOSITE';
}

/** What an upload may carry besides its bytes. */
export interface PutOptions {
  /** @default 'binary/octet-stream' (what S3 stores when an upload names no type) */
  readonly contentType?: string;
  /** Stored and served back as `Content-Encoding`. */
  readonly contentEncoding?: string;
  /** User metadata. */
  readonly metadata?: Readonly<Record<string, string>>;
  /** A verified checksum to serve back. */
  readonly checksum?: StoredChecksum;
  /** The entity tag, quoted; a multipart upload's is `"<md5 of the parts' md5s>-<parts>"`. @default the body's MD5 */
  readonly etag?: string;
}

/** A bucket: when it was created and its objects by key. */
export interface StoredBucket {
  /** The bucket's name. */
  readonly name: string;
  /** Emulated epoch milliseconds. */
  readonly created: number;
  /** Objects by key. */
  readonly objects: Map<string, StoredObject>;
}

/** What changed in the store: a bucket (created, deleted, restored) or one of its objects (put or deleted). */
export interface S3Change {
  /** The bucket. */
  readonly bucket: string;
  /** The object's key, when an object changed. */
  readonly key?: string;
}

/**
 * The emulated S3: in-memory buckets and objects, shared by the S3 wire protocol, `emu.putObject()` /
 * `emu.getObject()`, and the services that read import files from S3 or write exports to it.
 */
export class S3Store {
  readonly #buckets = new Map<string, StoredBucket>();
  readonly #now: () => number;
  readonly #listeners = new Set<(change: S3Change) => void>();
  readonly #writers = new Set<() => void>();
  #settling = false;

  /** @param now - the clock that stamps `LastModified` and bucket creation dates. @default Date.now */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** The store's clock: emulated epoch milliseconds. */
  now(): number {
    return this.#now();
  }

  /** Stores an object (a string is stored as UTF-8), creating the bucket if it does not exist. */
  put(bucket: string, key: string, body: string | Uint8Array, options: PutOptions = {}): StoredObject {
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    const stored: StoredObject = {
      body: bytes,
      etag: options.etag ?? `"${createHash('md5').update(bytes).digest('hex')}"`,
      lastModified: this.#now(),
      contentType: options.contentType ?? 'binary/octet-stream',
      ...(options.contentEncoding ? { contentEncoding: options.contentEncoding } : {}),
      metadata: { ...options.metadata },
      ...(options.checksum ? { checksum: options.checksum } : {}),
    };
    (this.#buckets.get(bucket) ?? this.createBucket(bucket)).objects.set(key, stored);
    this.#changed({ bucket, key });
    return stored;
  }

  /** The object's bytes, or undefined. */
  get(bucket: string, key: string): Uint8Array | undefined {
    this.#settle();
    return this.#buckets.get(bucket)?.objects.get(key)?.body;
  }

  /** The stored object with its attributes, or undefined. */
  object(bucket: string, key: string): StoredObject | undefined {
    this.#settle();
    return this.#buckets.get(bucket)?.objects.get(key);
  }

  /** Removes an object (nothing happens when it does not exist). */
  delete(bucket: string, key: string): void {
    if (this.#buckets.get(bucket)?.objects.delete(key)) this.#changed({ bucket, key });
  }

  /** The bucket, or undefined. */
  bucket(name: string): StoredBucket | undefined {
    this.#settle();
    return this.#buckets.get(name);
  }

  /** Creates an empty bucket (or returns the existing one). */
  createBucket(name: string): StoredBucket {
    let bucket = this.#buckets.get(name);
    if (!bucket) {
      bucket = { name, created: this.#now(), objects: new Map() };
      this.#buckets.set(name, bucket);
      this.#changed({ bucket: name });
    }
    return bucket;
  }

  /** Removes a bucket and its objects. */
  deleteBucket(name: string): void {
    if (this.#buckets.delete(name)) this.#changed({ bucket: name });
  }

  /** Puts a saved bucket back as it was (creation date, objects and their metadata), replacing any of that name. */
  restoreBucket(bucket: StoredBucket): void {
    this.#buckets.set(bucket.name, { name: bucket.name, created: bucket.created, objects: new Map(bucket.objects) });
    this.#changed({ bucket: bucket.name });
    for (const key of bucket.objects.keys()) this.#changed({ bucket: bucket.name, key });
  }

  /** Calls `listener` after every change (the persistence hook of `dataDir`); returns a function that unsubscribes. */
  onChange(listener: (change: S3Change) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Registers a service that writes into S3 on its own clock (an emulated DMS run's results): `write` is called
   * before every read of the store, so whatever became due since is there to be read. Returns a function that
   * unregisters it.
   */
  addWriter(write: () => void): () => void {
    this.#writers.add(write);
    return () => this.#writers.delete(write);
  }

  #settle(): void {
    // A writer's own puts (and any read it makes) must not call the writers again.
    if (this.#settling) return;
    this.#settling = true;
    try {
      for (const write of this.#writers) write();
    } finally {
      this.#settling = false;
    }
  }

  #changed(change: S3Change): void {
    for (const listener of this.#listeners) listener(change);
  }

  /** Every bucket, sorted by name. */
  buckets(): StoredBucket[] {
    this.#settle();
    return [...this.#buckets.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}
