import { describe, expect, it } from 'vitest';
import { collectBytes } from '../../src/core/collect-bytes.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

/** Chunks from a generator that records how many it handed out and whether it was closed. */
function source(chunks: readonly Uint8Array[]) {
  const seen = { pulled: 0, closed: false };
  async function* gen(): AsyncGenerator<Uint8Array> {
    try {
      for (const chunk of chunks) {
        seen.pulled += 1;
        yield chunk;
      }
    } finally {
      seen.closed = true;
    }
  }
  return { chunks: gen(), seen };
}

const tooLarge = (): Error => new RangeError('too large');

describe('collectBytes', () => {
  it('joins the chunks in order into one new buffer, empty chunks included', async () => {
    const first = bytes(1, 2, 3);
    const { chunks, seen } = source([first, bytes(), bytes(4), bytes(5, 6)]);
    const out = await collectBytes(chunks, { maxBytes: 100, tooLarge });
    expect([...out]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seen).toEqual({ pulled: 4, closed: true });
    first[0] = 9; // the result is a copy, not a view of a chunk
    expect(out[0]).toBe(1);
  });

  it('gives an empty buffer for no chunks', async () => {
    expect((await collectBytes(source([]).chunks, { maxBytes: 0, tooLarge })).byteLength).toBe(0);
  });

  it('accepts exactly maxBytes', async () => {
    expect((await collectBytes(source([bytes(1, 2), bytes(3)]).chunks, { maxBytes: 3, tooLarge })).byteLength).toBe(3);
  });

  it('throws the caller\'s error at the chunk that passes maxBytes, reads no further and closes the source', async () => {
    const { chunks, seen } = source([bytes(1, 2), bytes(3, 4), bytes(5), bytes(6)]);
    await expect(collectBytes(chunks, { maxBytes: 3, tooLarge })).rejects.toThrow(new RangeError('too large'));
    expect(seen).toEqual({ pulled: 2, closed: true });
  });

  it('passes the source\'s own errors through', async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield bytes(1);
      throw new Error('connection reset');
    }
    await expect(collectBytes(broken(), { maxBytes: 10, tooLarge })).rejects.toThrow('connection reset');
  });
});
