import { throwIfAborted } from './clock.js';
import { MigrationKitError, ValidationError } from './errors.js';
import { TO_ARRAY_OPTIONS } from './schema/common-options.js';
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
  /** Stops iteration between pages (and aborts the request in flight); rejects with `signal.reason`. */
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
 * A lazy list over a paginated AWS operation. Nothing is sent until iteration starts; `break` sends no further
 * request; memory stays constant however many items there are.
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
   * Iterates page by page. `limit` (internal use by `toArray`) shrinks the requested page sizes so no more items
   * are transferred than needed.
   */
  async *pages(options: { readonly limit?: number } = {}): AsyncGenerator<readonly T[], void, undefined> {
    const { signal } = this.#options;
    const seen = new Set<string>();
    let nextToken: string | undefined;
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    do {
      throwIfAborted(signal);
      const wanted = Math.min(this.#options.pageSize ?? this.#bounds.max, remaining);
      const pageSize = Math.max(this.#bounds.min, Math.min(this.#bounds.max, wanted));
      const page = await this.#fetch({ nextToken, pageSize, signal });
      remaining -= page.items.length;
      nextToken = page.nextToken === '' ? undefined : page.nextToken;
      if (nextToken !== undefined) {
        if (seen.has(nextToken)) throw new MigrationKitError(`the service returned the same nextToken twice (${nextToken}); stopping`);
        seen.add(nextToken);
      }
      yield page.items;
    } while (nextToken !== undefined && remaining > 0);
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
