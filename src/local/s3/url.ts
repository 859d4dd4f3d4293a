/** The emulated S3: an in-memory object store that import URLs point at and export/report URLs are served from. */
export class S3Store {
  readonly #objects = new Map<string, Uint8Array>();

  /** Stores an object (a string is stored as UTF-8). */
  put(bucket: string, key: string, body: string | Uint8Array): void {
    this.#objects.set(`${bucket}/${key}`, typeof body === 'string' ? new TextEncoder().encode(body) : body);
  }

  /** The object's bytes, or undefined. */
  get(bucket: string, key: string): Uint8Array | undefined {
    return this.#objects.get(`${bucket}/${key}`);
  }

  /** Removes an object. */
  delete(bucket: string, key: string): void {
    this.#objects.delete(`${bucket}/${key}`);
  }
}

/** A bucket and key. */
export interface S3Location {
  /** The bucket. */
  readonly bucket: string;
  /** The object key. */
  readonly key: string;
}

/**
 * Parses `s3://bucket/key`, virtual-hosted `https://bucket.s3[.region].amazonaws.com/key` and path-style
 * `https://s3[.region].amazonaws.com/bucket/key` URLs. Returns undefined for anything else.
 */
export function parseS3Url(url: string): S3Location | undefined {
  const s3 = /^s3:\/\/([^/]+)\/(.+)$/.exec(url);
  if (s3) return { bucket: s3[1] ?? '', key: s3[2] ?? '' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  const path = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  const host = parsed.hostname;
  const virtual = /^(.+)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/.exec(host);
  if (virtual && path) return { bucket: virtual[1] ?? '', key: path };
  if (/^s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/.test(host)) {
    const slash = path.indexOf('/');
    if (slash > 0 && slash < path.length - 1) return { bucket: path.slice(0, slash), key: path.slice(slash + 1) };
  }
  return undefined;
}
