import { describe, expect, it, vi } from 'vitest';
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

  it('aborts a request once every caller of its batch has aborted, and not before', async () => {
    const signals: AbortSignal[] = [];
    let answer: (found: ReadonlyMap<string, string>) => void = () => undefined;
    const lookup = new BatchLookup<string>((ids, signal) => {
      signals.push(signal);
      return new Promise((resolve) => (answer = resolve));
    }, 10);
    const [a, b] = [new AbortController(), new AbortController()];
    const first = lookup.get('a', a.signal);
    const second = lookup.get('b', b.signal);
    await new Promise((resolve) => setImmediate(resolve));
    expect(signals).toHaveLength(1);
    a.abort(new Error('a'));
    await expect(first).rejects.toThrow('a');
    expect(signals[0]?.aborted).toBe(false);
    b.abort(new Error('b'));
    await expect(second).rejects.toThrow('b');
    expect(signals[0]?.aborted).toBe(true);
    answer(new Map([['a', 'late']]));
  });

  it('removes its abort listeners once a caller is answered', async () => {
    const { lookup } = recorder();
    const { signal } = new AbortController();
    const add = vi.spyOn(signal, 'addEventListener');
    const remove = vi.spyOn(signal, 'removeEventListener');
    for (let i = 0; i < 3; i++) await lookup.get(`id-${i}`, signal);
    expect(add).toHaveBeenCalledTimes(3);
    expect(remove.mock.calls.map((call) => call[1])).toEqual(add.mock.calls.map((call) => call[1]));
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
