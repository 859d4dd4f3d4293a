import { describe, expect, it } from 'vitest';
import { BatchLookup } from '../../src/core/batch-lookup.js';

function recorder(found: (id: string) => string | undefined = (id) => `item:${id}`) {
  const calls: string[][] = [];
  const lookup = new BatchLookup<string>(async (ids) => {
    calls.push(ids);
    return new Map(ids.flatMap((id) => (found(id) === undefined ? [] : [[id, found(id) as string] as const])));
  }, 3);
  return { lookup, calls };
}

describe('BatchLookup', () => {
  it('sends the lookups of one turn together, in batches of the maximum size, each id once', async () => {
    const { lookup, calls } = recorder();
    const results = await Promise.all(['a', 'b', 'a', 'c', 'd'].map((id) => lookup.get(id)));
    expect(results).toEqual(['item:a', 'item:b', 'item:a', 'item:c', 'item:d']);
    expect(calls).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('resolves undefined for an id the fetch does not return', async () => {
    const { lookup } = recorder((id) => (id === 'x' ? undefined : id));
    await expect(Promise.all([lookup.get('x'), lookup.get('y')])).resolves.toEqual([undefined, 'y']);
  });

  it('sends the lookups of a later turn in a new request', async () => {
    const { lookup, calls } = recorder();
    await lookup.get('a');
    await lookup.get('b');
    expect(calls).toEqual([['a'], ['b']]);
  });

  it('rejects an aborted caller with its reason at once and does not send an id nobody waits for', async () => {
    const { lookup, calls } = recorder();
    const controller = new AbortController();
    const reason = new Error('stop');
    const aborted = lookup.get('a', controller.signal);
    const kept = lookup.get('b');
    controller.abort(reason);
    await expect(aborted).rejects.toBe(reason);
    await expect(kept).resolves.toBe('item:b');
    expect(calls).toEqual([['b']]);
    await expect(lookup.get('c', AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(calls).toEqual([['b']]);
  });

  it('rejects every caller of a batch when its request fails', async () => {
    const failure = new Error('throttled');
    const lookup = new BatchLookup<string>(() => Promise.reject(failure), 10);
    const results = await Promise.allSettled([lookup.get('a'), lookup.get('b')]);
    expect(results).toEqual([
      { status: 'rejected', reason: failure },
      { status: 'rejected', reason: failure },
    ]);
  });
});
