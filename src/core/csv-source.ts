/**
 * Where a CSV file comes from, and reading it in chunks: text, bytes, a `Blob`, a web `ReadableStream`, any async
 * iterable of chunks (a Node `Readable`), or a file path (Node only). Nothing is read before iteration starts.
 * @module
 */
import { throwIfAborted } from './clock.js';
import { collectBytes } from './collect-bytes.js';
import { ValidationError } from './errors.js';

/** A file on disk, by path (Node only). */
export interface CsvFilePath {
  /** The file's path, absolute or relative to the working directory. */
  readonly path: string;
}

/**
 * A CSV file's content: the text itself (a `string` is the CSV, never a path), its bytes, a `Blob` (or `File`), a
 * web `ReadableStream` of bytes, any async iterable of byte or text chunks (a Node `Readable` such as
 * `fs.createReadStream()`), or `{ path }` / a `file:` URL for a file on disk (Node only).
 */
export type CsvSource =
  | string
  | Uint8Array
  | Blob
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | CsvFilePath
  | URL;

/** Bytes per chunk when this side cuts a string or a file into chunks. @internal */
export const SOURCE_CHUNK_BYTES = 64 * 1024;

/** The file name a source carries (a path's or a `File`'s base name), if any. @internal */
export function sourceFileName(source: CsvSource): string | undefined {
  if (source instanceof URL) return baseName(decodeURIComponent(source.pathname));
  if (isFilePath(source)) return baseName(source.path);
  if (typeof Blob !== 'undefined' && source instanceof Blob && 'name' in source && typeof source.name === 'string' && source.name !== '') {
    return baseName(source.name);
  }
  return undefined;
}

/** Whether a source can be read more than once (everything but a stream or iterator). @internal */
export function isReReadable(source: CsvSource): boolean {
  return typeof source === 'string' || source instanceof Uint8Array || source instanceof URL || isFilePath(source) || (typeof Blob !== 'undefined' && source instanceof Blob);
}

/**
 * Yields the source's bytes in chunks, so a large file is never one buffer. Strings are encoded a slice at a time
 * (never splitting a surrogate pair); streams are read as they come.
 * @throws ValidationError when `source` is none of the {@link CsvSource} forms (field `field`).
 * @internal
 */
export async function* sourceBytes(source: CsvSource, field: string, signal?: AbortSignal): AsyncGenerator<Uint8Array, void, undefined> {
  throwIfAborted(signal);
  if (typeof source === 'string') {
    const encoder = new TextEncoder();
    for (let i = 0; i < source.length; ) {
      let end = Math.min(source.length, i + SOURCE_CHUNK_BYTES / 4);
      const last = source.charCodeAt(end - 1);
      if (end < source.length && last >= 0xd800 && last <= 0xdbff) end--;
      yield encoder.encode(source.slice(i, end));
      i = end;
      throwIfAborted(signal);
    }
    return;
  }
  if (source instanceof Uint8Array) {
    for (let i = 0; i < source.byteLength; i += SOURCE_CHUNK_BYTES) yield source.subarray(i, i + SOURCE_CHUNK_BYTES);
    return;
  }
  const chunks = source instanceof URL || isFilePath(source) ? await fileChunks(source, field) : streamOf(source, field);
  for await (const chunk of chunks) {
    throwIfAborted(signal);
    yield typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk instanceof Uint8Array ? chunk : notBytes(field);
  }
}

/** Reads a whole source into one buffer (for an upload), refusing one larger than `maxBytes`. @internal */
export async function readSource(source: CsvSource, field: string, maxBytes: number, signal?: AbortSignal): Promise<Uint8Array> {
  if (source instanceof Uint8Array && source.byteLength <= maxBytes) return source;
  return collectBytes(sourceBytes(source, field, signal), {
    maxBytes,
    tooLarge: () => new ValidationError(field, `is larger than ${maxBytes.toLocaleString('en-US')} bytes`),
  });
}

function isFilePath(source: CsvSource): source is CsvFilePath {
  return typeof source === 'object' && source !== null && !(source instanceof Uint8Array) && typeof (source as Partial<CsvFilePath>).path === 'string';
}

function streamOf(source: Exclude<CsvSource, string | Uint8Array | CsvFilePath | URL>, field: string): AsyncIterable<unknown> {
  if (typeof Blob !== 'undefined' && source instanceof Blob) return source.stream() as unknown as AsyncIterable<unknown>;
  if (typeof source === 'object' && source !== null && Symbol.asyncIterator in source) return source as AsyncIterable<unknown>;
  const stream = source as unknown as Partial<ReadableStream<Uint8Array>>;
  if (typeof source === 'object' && source !== null && typeof stream.getReader === 'function') return readerChunks(stream as ReadableStream<Uint8Array>);
  throw new ValidationError(field, 'must be CSV text, a Uint8Array, a Blob, a ReadableStream, an async iterable of chunks, { path } or a file: URL');
}

async function* readerChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function fileChunks(source: CsvFilePath | URL, field: string): Promise<AsyncIterable<unknown>> {
  if (source instanceof URL && source.protocol !== 'file:') throw new ValidationError(field, `must be a file: URL, got ${source.protocol}`);
  if (!(source instanceof URL) && source.path === '') throw new ValidationError(`${field}.path`, 'must not be empty');
  // Loaded here so that code which never reads a file (and browsers) never imports node:fs.
  const { createReadStream } = await import('node:fs');
  return createReadStream(source instanceof URL ? source : source.path, { highWaterMark: SOURCE_CHUNK_BYTES });
}

function notBytes(field: string): never {
  throw new ValidationError(field, 'yielded a chunk that is neither a Uint8Array nor a string');
}

function baseName(path: string): string | undefined {
  const name = path.split(/[\\/]/).pop();
  return name === undefined || name === '' ? undefined : name;
}
