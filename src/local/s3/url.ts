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
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  } catch {
    return undefined;
  }
  const host = parsed.hostname;
  const virtual = /^(.+)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/.exec(host);
  if (virtual && path) return { bucket: virtual[1] ?? '', key: path };
  if (/^s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/.test(host)) {
    const slash = path.indexOf('/');
    if (slash > 0 && slash < path.length - 1) return { bucket: path.slice(0, slash), key: path.slice(slash + 1) };
  }
  return undefined;
}
