/** What one S3 operation answers, before the request id headers are added. */
export interface S3Answer {
  /** HTTP status. */
  readonly status: number;
  /** Response headers (lowercase names). */
  readonly headers: Record<string, string>;
  /** An XML document, object bytes, or nothing. */
  readonly body?: string | Uint8Array;
}

/** One request to the emulated S3, as an operation sees it. */
export interface S3Call {
  /** The bucket named in the path (path-style), if any. */
  readonly bucket: string;
  /** The object key (decoded), or '' for bucket-level requests. */
  readonly key: string;
  /** The query string. */
  readonly query: URLSearchParams;
  /** The request headers (lowercase names, first values). */
  readonly headers: Readonly<Record<string, string>>;
  /** A request header (first value). */
  header(name: string): string | undefined;
  /** The raw request body. */
  readonly body: Uint8Array;
  /** Members of the request in the model's names (Bucket, Key, Range, ...), recorded for tests. */
  readonly input: Record<string, unknown>;
}

/** An answer with an XML body. */
export function xmlAnswer(xml: string, status = 200, headers: Record<string, string> = {}): S3Answer {
  return { status, headers: { 'content-type': 'application/xml', ...headers }, body: xml };
}
