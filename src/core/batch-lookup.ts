interface Waiter<T> {
  readonly resolve: (value: T | undefined) => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

/**
 * Coalesces lookups by id: every `get()` made in the same turn of the event loop goes out as one request per
 * `maxBatch` ids, for APIs that take a list of ids (MGN ListImports `filters.importIDs` takes ten, Discovery
 * DescribeImportTasks `IMPORT_TASK_ID` a hundred). Concurrent `refresh()` calls, and so `waitAll` / `waitAny`, share
 * one request this way. A caller whose signal aborts is rejected with its reason at once, and an id nobody waits for
 * any more is not sent. A failed request rejects every caller of its batch with the same error. @internal
 */
export class BatchLookup<T> {
  readonly #fetch: (ids: string[]) => Promise<ReadonlyMap<string, T>>;
  readonly #maxBatch: number;
  #queue = new Map<string, Waiter<T>[]>();
  #scheduled = false;

  /** @param fetch - Fetches up to `maxBatch` ids; ids missing from its map resolve to undefined. @param maxBatch - Ids per request. */
  constructor(fetch: (ids: string[]) => Promise<ReadonlyMap<string, T>>, maxBatch: number) {
    this.#fetch = fetch;
    this.#maxBatch = maxBatch;
  }

  /** Looks `id` up together with the other lookups of this turn; undefined when the service does not know it. */
  get(id: string, signal?: AbortSignal): Promise<T | undefined> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<T | undefined>((resolve, reject) => {
      const onAbort = (): void => {
        const waiters = this.#queue.get(id);
        if (waiters) this.#queue.set(id, waiters.filter((w) => w !== waiter));
        reject(signal?.reason);
      };
      const waiter: Waiter<T> = { resolve, reject, signal, onAbort };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.set(id, [...(this.#queue.get(id) ?? []), waiter]);
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    this.#scheduled = false;
    const pending = [...this.#queue].filter(([, waiters]) => waiters.length > 0);
    this.#queue = new Map();
    for (let i = 0; i < pending.length; i += this.#maxBatch) {
      const chunk = pending.slice(i, i + this.#maxBatch);
      const settle = (each: (waiter: Waiter<T>, id: string) => void): void => {
        for (const [id, waiters] of chunk) {
          for (const waiter of waiters) {
            waiter.signal?.removeEventListener('abort', waiter.onAbort);
            if (!waiter.signal?.aborted) each(waiter, id);
          }
        }
      };
      this.#fetch(chunk.map(([id]) => id)).then(
        (found) => settle((waiter, id) => waiter.resolve(found.get(id))),
        (error: unknown) => settle((waiter) => waiter.reject(error)),
      );
    }
  }
}
