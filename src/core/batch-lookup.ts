import { contextOf, setContext } from './engine/context.js';
import { onAbort } from './engine/signals.js';

interface Waiter<T> {
  readonly resolve: (value: T | undefined) => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal | undefined;
  /** Removes the waiter (from the queue, or from its batch once sent) and rejects it with the signal's reason. */
  onAbort: () => void;
  /** Stops listening to `signal`; called once the waiter settles. */
  unsubscribe: () => void;
}

/**
 * Coalesces lookups by id: every `get()` made in the same turn of the event loop goes out as one request per
 * `maxBatch` ids, for APIs that take a list of ids (MGN ListImports `filters.importIDs` takes ten, Discovery
 * DescribeImportTasks `IMPORT_TASK_ID` a hundred). Concurrent `refresh()` calls, and so `waitAll` / `waitAny`, share
 * one request this way. A caller whose signal aborts is rejected with its reason at once; an id nobody waits for any
 * more is not sent, and a request sent for callers who have all aborted since is aborted too. A failed request
 * rejects every caller of its batch with the same error. A caller signal gets one listener however many lookups share
 * it; a batch goes out as a user call when any of its callers is one, else as a wait's. @internal
 */
export class BatchLookup<T> {
  readonly #fetch: (ids: string[], signal: AbortSignal) => Promise<ReadonlyMap<string, T>>;
  readonly #maxBatch: number;
  #queue = new Map<string, Waiter<T>[]>();
  #scheduled = false;

  /**
   * @param fetch - Fetches up to `maxBatch` ids; ids missing from its map resolve to undefined. Its signal aborts
   * when every caller of the batch has aborted.
   * @param maxBatch - Ids per request.
   */
  constructor(fetch: (ids: string[], signal: AbortSignal) => Promise<ReadonlyMap<string, T>>, maxBatch: number) {
    this.#fetch = fetch;
    this.#maxBatch = maxBatch;
  }

  /** Looks `id` up together with the other lookups of this turn; undefined when the service does not know it. */
  get(id: string, signal?: AbortSignal): Promise<T | undefined> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<T | undefined>((resolve, reject) => {
      const waiter: Waiter<T> = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          const waiters = this.#queue.get(id);
          if (waiters) this.#queue.set(id, waiters.filter((w) => w !== waiter));
          reject(signal?.reason);
        },
        unsubscribe: () => undefined,
      };
      waiter.unsubscribe = onAbort(signal, () => waiter.onAbort());
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
      const controller = new AbortController();
      const live = new Set(chunk.flatMap(([, waiters]) => waiters));
      const contexts = [...live].map((waiter) => contextOf(waiter.signal));
      const clock = contexts.find((c) => c?.clock !== undefined)?.clock;
      setContext(controller.signal, { clock, priority: contexts.every((c) => c?.priority === 'background') ? 'background' : 'user' });
      for (const waiter of live) {
        waiter.onAbort = () => {
          live.delete(waiter);
          waiter.reject(waiter.signal?.reason);
          if (live.size === 0) controller.abort(waiter.signal?.reason);
        };
      }
      const settle = (each: (waiter: Waiter<T>, id: string) => void): void => {
        for (const [id, waiters] of chunk) {
          for (const waiter of waiters) {
            if (!live.has(waiter)) continue;
            waiter.unsubscribe();
            each(waiter, id);
          }
        }
      };
      this.#fetch(
        chunk.map(([id]) => id),
        controller.signal,
      ).then(
        (found) => settle((waiter, id) => waiter.resolve(found.get(id))),
        (error: unknown) => settle((waiter) => waiter.reject(error)),
      );
    }
  }
}
