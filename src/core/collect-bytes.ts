/**
 * Collecting a stream of byte chunks into one buffer, with a size limit checked as the chunks arrive.
 * @module
 */

/** Options of {@link collectBytes}. @internal */
export interface CollectBytesOptions {
  /** The most bytes to collect; one more and collection stops with {@link CollectBytesOptions.tooLarge}'s error. */
  readonly maxBytes: number;
  /** The error to throw when the chunks exceed `maxBytes` (each caller names its own field or object). */
  readonly tooLarge: () => Error;
}

/**
 * Reads `chunks` to the end and returns their bytes, in order, as one new `Uint8Array`. Once the total passes
 * `maxBytes` it reads no further: the iterator is closed (so a stream behind it is released) and `tooLarge()` is
 * thrown, having held at most `maxBytes` plus one chunk. Errors of the iterator (an abort, a broken stream) pass
 * through. @internal
 */
export async function collectBytes(chunks: AsyncIterable<Uint8Array>, { maxBytes, tooLarge }: CollectBytesOptions): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge();
    parts.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}
