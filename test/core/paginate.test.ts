import { describe, expect, it } from 'vitest';
import { Paginated, type PageFetcher } from '../../src/core/index.js';

/** A fake service holding `total` numbered items, answering pages and recording each request's page size. */
function service(total: number) {
  const requests: { nextToken: string | undefined; pageSize: number; signal: AbortSignal | undefined }[] = [];
  const fetch: PageFetcher<number> = async ({ nextToken, pageSize, signal }) => {
    requests.push({ nextToken, pageSize, signal });
    const start = nextToken ? Number(nextToken) : 0;
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) => start + i);
    const next = start + items.length;
    return { items, nextToken: next < total ? String(next) : undefined };
  };
  return { fetch, requests };
}

describe('Paginated', () => {
  it('sends nothing until iteration starts', () => {
    const s = service(10);
    new Paginated(s.fetch, { min: 1, max: 100 });
    expect(s.requests).toHaveLength(0);
  });

  it('iterates every item across pages at the service maximum page size', async () => {
    const s = service(250);
    const items: number[] = [];
    for await (const n of new Paginated(s.fetch, { min: 1, max: 100 })) items.push(n);
    expect(items).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(s.requests.map((r) => r.pageSize)).toEqual([100, 100, 100]);
  });

  it('reads one page ahead while the consumer works, and no further', async () => {
    const s = service(1000);
    const requestsAt: number[] = [];
    for await (const n of new Paginated(s.fetch, { min: 1, max: 100 })) {
      if (n % 100 === 0) requestsAt.push(s.requests.length);
      if (n === 350) break;
    }
    // On the first item of page k, page k+1 has been asked for already: one page ahead, never two.
    expect(requestsAt).toEqual([2, 3, 4, 5]);
  });

  it('sends no further request after break, and cancels the read-ahead', async () => {
    const s = service(1000);
    for await (const n of new Paginated(s.fetch, { min: 1, max: 100 })) {
      if (n === 150) break;
    }
    // Page 2 was being used, page 3 read ahead; the break aborts that read and sends nothing more.
    expect(s.requests).toHaveLength(3);
    expect(s.requests.at(-1)?.signal?.aborted).toBe(true);
  });

  it('yields pages as arrays', async () => {
    const s = service(25);
    const sizes: number[] = [];
    for await (const page of new Paginated(s.fetch, { min: 1, max: 100 }, { pageSize: 10 }).pages()) sizes.push(page.length);
    expect(sizes).toEqual([10, 10, 5]);
  });

  it('toArray stops at the limit and asks only for what it needs', async () => {
    const s = service(1000);
    const items = await new Paginated(s.fetch, { min: 1, max: 100 }).toArray({ limit: 130 });
    expect(items).toHaveLength(130);
    expect(s.requests.map((r) => r.pageSize)).toEqual([100, 30]);
  });

  it('toArray requires a valid limit', async () => {
    const s = service(5);
    const list = new Paginated(s.fetch, { min: 1, max: 100 });
    await expect(list.toArray({ limit: -1 })).rejects.toMatchObject({ name: 'ValidationError', field: 'limit' });
    await expect(list.toArray({ limit: 1.5 })).rejects.toMatchObject({ field: 'limit' });
    expect(await list.toArray({ limit: Number.POSITIVE_INFINITY })).toHaveLength(5);
    expect(await list.toArray({ limit: 0 })).toEqual([]);
  });

  it('first() requests the smallest page the service accepts', async () => {
    const s = service(50);
    expect(await new Paginated(s.fetch, { min: 20, max: 100 }).first()).toBe(0);
    expect(s.requests.map((r) => r.pageSize)).toEqual([20]);
    const empty = service(0);
    expect(await new Paginated(empty.fetch, { min: 1, max: 100 }).first()).toBeUndefined();
  });

  it('clamps the page size to the service bounds', async () => {
    const s = service(300);
    await new Paginated(s.fetch, { min: 20, max: 100 }, { pageSize: 5000 }).toArray({ limit: 100 });
    await new Paginated(s.fetch, { min: 20, max: 100 }, { pageSize: 1 }).toArray({ limit: 1 });
    expect(s.requests.map((r) => r.pageSize)).toEqual([100, 20]);
  });

  it('rejects a bad pageSize when constructed', () => {
    const s = service(1);
    expect(() => new Paginated(s.fetch, { min: 1, max: 100 }, { pageSize: 0 })).toThrow(/pageSize/);
  });

  it('stops between pages when the signal aborts, rejecting with its reason', async () => {
    const s = service(1000);
    const controller = new AbortController();
    const reason = new Error('stop');
    const seen: number[] = [];
    const run = async () => {
      for await (const n of new Paginated(s.fetch, { min: 1, max: 100 }, { signal: controller.signal })) {
        seen.push(n);
        if (n === 99) controller.abort(reason);
      }
    };
    await expect(run()).rejects.toBe(reason);
    // The read-ahead of page 2 was under way and is aborted with the same reason; page 2 is never yielded.
    expect(s.requests).toHaveLength(2);
    expect(s.requests[1]?.signal?.reason).toBe(reason);
    expect(seen).toHaveLength(100);
  });

  it('refuses to loop when the service repeats a token', async () => {
    const fetch: PageFetcher<number> = async () => ({ items: [1], nextToken: 'same' });
    await expect(new Paginated(fetch, { min: 1, max: 10 }).toArray({ limit: 100 })).rejects.toThrow(/same nextToken/);
  });

  it('treats an empty nextToken as the last page', async () => {
    let calls = 0;
    const fetch: PageFetcher<number> = async () => {
      calls += 1;
      return { items: [1, 2], nextToken: '' };
    };
    expect(await new Paginated(fetch, { min: 1, max: 10 }).toArray({ limit: 100 })).toEqual([1, 2]);
    expect(calls).toBe(1);
  });
});
