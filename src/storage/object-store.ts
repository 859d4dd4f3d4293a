import type {
  GetObjectCommandInput,
  GetObjectCommandOutput,
  HeadObjectCommandInput,
  HeadObjectCommandOutput,
  ListObjectsV2CommandInput,
  ListObjectsV2CommandOutput,
  PutObjectCommandInput,
  PutObjectCommandOutput,
  S3Client,
} from '@aws-sdk/client-s3';
import { collectBytes, MigrationKitError, Paginated, throwIfAborted, type ListOptions, type RequestEngine } from '../core/index.js';
import type { ContentHash } from './content-address.js';
import { S3Object, type S3ObjectInfo } from './s3-object.js';
import { loadS3Sdk } from './sdk.js';

/** The S3 operations this library sends, with their SDK input and output types. @internal */
export interface S3Operations {
  /** Uploads an object. */ PutObject: [PutObjectCommandInput, PutObjectCommandOutput];
  /** Reads an object's metadata. */ HeadObject: [HeadObjectCommandInput, HeadObjectCommandOutput];
  /** Reads an object. */ GetObject: [GetObjectCommandInput, GetObjectCommandOutput];
  /** Lists objects under a prefix. */ ListObjectsV2: [ListObjectsV2CommandInput, ListObjectsV2CommandOutput];
}

/** Where an object is: its bucket and key, and the account that must own the bucket, if given. @internal */
export interface ObjectRef {
  /** The bucket. */
  readonly bucket: string;
  /** The key. */
  readonly key: string;
  /** S3's expected-bucket-owner check (a 12-digit account id). */
  readonly expectedOwner?: string | undefined;
}

/** A bucket and a key prefix to list under (`''`: the whole bucket). @internal */
export interface ListLocation {
  /** The bucket. */
  readonly bucket: string;
  /** Keys start with this. */
  readonly prefix: string;
}

/** The largest object `bytes()` reads into memory; larger ones are refused (use `download()`). 64 MiB. */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/** ListObjectsV2 `MaxKeys` bounds (model: at most 1000 keys per page). */
const LIST_PAGE = { min: 1, max: 1000 } as const;

type CommandClass = new (input: object) => Parameters<S3Client['send']>[0];

/**
 * S3 objects on a client created (or taken from the caller) on first use: every request goes out through the one
 * {@link ObjectStore.send}, which the request engine can wrap. @internal
 */
export class ObjectStore {
  readonly #client: () => Promise<S3Client>;
  readonly #engine: RequestEngine;

  /** @param client - Resolves to the S3 client (the caller's, or one built on first use). @param engine - The request engine. */
  constructor(client: () => Promise<S3Client>, engine: RequestEngine) {
    this.#client = client;
    this.#engine = engine;
  }

  /** Sends one S3 operation through the request engine; an abort rejects with `signal.reason`, AWS errors pass through. */
  async send<K extends keyof S3Operations>(operation: K, input: S3Operations[K][0], signal?: AbortSignal): Promise<S3Operations[K][1]> {
    throwIfAborted(signal);
    const [sdk, client] = await Promise.all([loadS3Sdk(), this.#client()]);
    const Command = sdk[`${operation}Command`] as unknown as CommandClass;
    const output = await this.#engine.send('s3', operation, (requestSignal) => client.send(new Command(input), { abortSignal: requestSignal }), signal);
    return output as S3Operations[K][1];
  }

  /** Uploads `body` with its SHA-256 as the content checksum, which S3 verifies before storing anything. */
  async put(ref: ObjectRef, body: Uint8Array, hash: ContentHash, contentType: string, signal?: AbortSignal): Promise<PutObjectCommandOutput> {
    return this.send('PutObject', { ...where(ref), Body: body, ContentLength: body.byteLength, ChecksumSHA256: hash.base64, ContentType: contentType }, signal);
  }

  /** The object's size and checksum, or undefined when there is no such object. */
  async head(ref: ObjectRef, signal?: AbortSignal): Promise<HeadObjectCommandOutput | undefined> {
    try {
      return await this.send('HeadObject', { ...where(ref), ChecksumMode: 'ENABLED' }, signal);
    } catch (error) {
      if ((error as { name?: unknown }).name === 'NotFound' || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return undefined;
      throw error;
    }
  }

  /** The object's content, chunk by chunk as it arrives. */
  async *stream(ref: ObjectRef, signal?: AbortSignal): AsyncGenerator<Uint8Array, void, undefined> {
    const out = await this.send('GetObject', where(ref), signal);
    const body = out.Body as (AsyncIterable<Uint8Array> & { destroy?: () => void }) | undefined;
    if (body === undefined) return;
    try {
      for await (const chunk of body) {
        throwIfAborted(signal);
        yield chunk;
      }
    } finally {
      body.destroy?.();
    }
  }

  /** The whole object in memory, refused above `maxBytes`. */
  async read(ref: ObjectRef, signal?: AbortSignal, maxBytes: number = MAX_READ_BYTES): Promise<Uint8Array> {
    return collectBytes(this.stream(ref, signal), {
      maxBytes,
      tooLarge: () => new MigrationKitError(`s3://${ref.bucket}/${ref.key} is larger than ${maxBytes} bytes; download() it to a file instead`),
    });
  }

  /**
   * The objects under a prefix, lazily: one ListObjectsV2 per page, in key order. `where` is resolved when the
   * first page is read (with that read's signal), so a caller can find the location with a request of its own
   * then, and a list that is never iterated sends nothing.
   */
  list(where: ListLocation | ((signal: AbortSignal | undefined) => Promise<ListLocation>), options: ListOptions = {}): Paginated<S3Object> {
    let location: Promise<ListLocation> | undefined;
    return new Paginated<S3Object>(
      async ({ nextToken, pageSize, signal }) => {
        // Found once per list; a failed lookup (an abort, a throttle) is tried again by the next iteration.
        location ??= (typeof where === 'function' ? where(signal) : Promise.resolve(where)).catch((error: unknown) => {
          location = undefined;
          throw error;
        });
        const { bucket, prefix } = await location;
        const out = await this.send('ListObjectsV2', { Bucket: bucket, Prefix: prefix, MaxKeys: pageSize, ...(nextToken ? { ContinuationToken: nextToken } : {}) }, signal);
        const items = (out.Contents ?? []).flatMap((item) => (item.Key === undefined ? [] : [new S3Object(this, infoOf(bucket, item))]));
        return { items, nextToken: out.IsTruncated ? out.NextContinuationToken : undefined };
      },
      LIST_PAGE,
      options,
    );
  }
}

function where(ref: ObjectRef): { Bucket: string; Key: string; ExpectedBucketOwner?: string } {
  return { Bucket: ref.bucket, Key: ref.key, ...(ref.expectedOwner !== undefined ? { ExpectedBucketOwner: ref.expectedOwner } : {}) };
}

function infoOf(bucket: string, item: NonNullable<ListObjectsV2CommandOutput['Contents']>[number]): S3ObjectInfo {
  return {
    bucket,
    key: item.Key ?? '',
    size: item.Size ?? 0,
    ...(item.LastModified !== undefined ? { lastModified: item.LastModified } : {}),
    ...(item.ETag !== undefined ? { etag: item.ETag } : {}),
  };
}
