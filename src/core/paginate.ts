import { throwIfAborted } from './clock.js';
import { setContext } from './engine/context.js';
import { linkSignal } from './engine/signals.js';
import { MigrationKitError, ValidationError } from './errors.js';
import { PAGES_OPTIONS, TO_ARRAY_OPTIONS } from './schema/common-options.js';
import { parse } from './schema/schema.js';

/** One page as a service returns it. @internal */
export interface Page<T> {
  /** The page's items. */
  readonly items: readonly T[];
  /** The token for the next page; absent or empty on the last page. */
  readonly nextToken?: string | undefined;
}

/** Fetches one page. `pageSize` is already within the service's bounds. @internal */
export type PageFetcher<T> = (request: { nextToken: string | undefined; pageSize: number; signal: AbortSignal | undefined }) => Promise<Page<T>>;

/** Options common to every list method. */
export interface ListOptions {
  /** Items requested per page; clamped to the service's bounds. @default the service maximum */
  readonly pageSize?: number;
  /** Stops iteration between pages (and aborts the request in flight or read ahead); rejects with `signal.reason`. */
  readonly signal?: AbortSignal;
}

/** A page size range, per service operation. @internal */
export interface PageBounds {
  /** The smallest page size the service accepts. */
  readonly min: number;
  /** The largest page size the service accepts. */
  readonly max: number;
}

/**
 * A lazy list over a paginated AWS operation. Nothing is sent until iteration starts. While you work on a page, the
 * next one is already being read (one page ahead, no more), so the service's latency overlaps your work; `break`,
 * `return` or an abort cancels that read, and nothing is sent after. `toArray({ limit })` and `first()` never read
 * past what they need. Memory stays constant however many items there are.
 *
 * @example
 * ```ts
 * for await (const task of kit.discovery.importTasks({ status: 'IMPORT_COMPLETE' })) console.log(task.name);
 * const firstTen = await kit.discovery.importTasks().toArray({ limit: 10 });
 * for await (const page of kit.discovery.importTasks().pages()) console.log(page.length);
 * ```
 */
export class Paginated<T> implements AsyncIterable<T> {
  readonly #fetch: PageFetcher<T>;
  readonly #bounds: PageBounds;
  readonly #options: ListOptions;

  /** @internal Users get instances from the service facades. */
  constructor(fetch: PageFetcher<T>, bounds: PageBounds, options: ListOptions = {}) {
    const { pageSize } = options;
    if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize >= 1)) {
      throw new ValidationError('pageSize', `must be a positive integer, got ${String(pageSize)}`);
    }
    this.#fetch = fetch;
    this.#bounds = bounds;
    this.#options = options;
  }

  /**
   * Iterates page by page, reading the next page while the current one is being used. `limit` (internal use by
   * `toArray`) shrinks the requested page sizes, and stops the read-ahead, so no more items are transferred than
   * needed.
   */
  pages(options: { readonly limit?: number } = {}): AsyncGenerator<readonly T[], void, undefined> {
    return this.#pages(parse(PAGES_OPTIONS, options));
  }

  async *#pages(options: { readonly limit?: number }): AsyncGenerator<readonly T[], void, undefined> {
    const { signal } = this.#options;
    throwIfAborted(signal);
    // The list's own signal: aborted by the user's, and by the end of iteration (which cancels the read-ahead).
    const link = linkSignal(signal);
    setContext(link.signal, { priority: 'background' });
    const seen = new Set<string>();
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    const read = (nextToken: string | undefined): Promise<Page<T>> => {
      const wanted = Math.min(this.#options.pageSize ?? this.#bounds.max, remaining);
      const pageSize = Math.max(this.#bounds.min, Math.min(this.#bounds.max, wanted));
      const page = this.#fetch({ nextToken, pageSize, signal: link.signal });
      page.catch(() => undefined); // a read-ahead the consumer never awaits must not surface as unhandled
      return page;
    };
    try {
      let pending: Promise<Page<T>> | undefined = read(undefined);
      while (pending) {
        const page: Page<T> = await pending;
        throwIfAborted(signal); // a fetcher that ignores the signal still stops here
        remaining -= page.items.length;
        const nextToken = page.nextToken === '' ? undefined : page.nextToken;
        if (nextToken !== undefined) {
          if (seen.has(nextToken)) throw new MigrationKitError(`the service returned the same nextToken twice (${nextToken}); stopping`);
          seen.add(nextToken);
        }
        pending = nextToken !== undefined && remaining > 0 ? read(nextToken) : undefined;
        yield page.items;
      }
    } finally {
      link.abort(new MigrationKitError('the list was closed'));
      link.dispose();
    }
  }

  /** Iterates item by item, fetching pages as needed. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page;
  }

  /**
   * Collects at most `limit` items. The limit is required so a list of unknown size cannot exhaust memory;
   * pass `Infinity` only when you know the list is small.
   */
  async toArray(options: { readonly limit: number }): Promise<T[]> {
    const { limit } = parse(TO_ARRAY_OPTIONS, options);
    const out: T[] = [];
    if (limit === 0) return out;
    for await (const page of this.pages({ limit })) {
      for (const item of page) {
        out.push(item);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  /** The first item, or `undefined` when the list is empty; requests the smallest page the service allows. */
  async first(): Promise<T | undefined> {
    const [item] = await this.toArray({ limit: 1 });
    return item;
  }
}
