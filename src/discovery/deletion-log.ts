import { DELETION_LOG_MAX_IDS } from './defaults.js';

/**
 * The import task ids whose deletion one `DiscoveryService` asked for and the service accepted (the latest
 * {@link DELETION_LOG_MAX_IDS}), so that a task of theirs missing from the listings later counts as `deleted`, not as
 * not found, on any handle of that facade. @internal
 */
export class DeletionLog {
  readonly #ids = new Set<string>();

  /** Records that the deletion of `id` was accepted. */
  add(id: string): void {
    this.#ids.delete(id);
    this.#ids.add(id);
    // A Set iterates in insertion order: the first id is the oldest.
    if (this.#ids.size > DELETION_LOG_MAX_IDS) this.#ids.delete(this.#ids.values().next().value as string);
  }

  /** True when the deletion of `id` was accepted through this facade. */
  has(id: string): boolean {
    return this.#ids.has(id);
  }
}
