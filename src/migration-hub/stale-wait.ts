import type { Clock, WaitOptions } from '../core/index.js';
import type { MigrationTaskWaitOptions } from './migration-task-options.js';
import { StaleTaskError, type StaleTaskSnapshot } from './stale-task-error.js';

/** What a stale-aware wait needs of a task snapshot (a `MigrationTask` is one). @internal */
export interface StaleAware extends StaleTaskSnapshot {
  /** True when, as of this snapshot, the task's promised next update is overdue; undefined when not known. */
  readonly stale: boolean | undefined;
}

/**
 * The core wait options behind a `MigrationTask` wait: `clock` resolved (`fallback` when none is given), and
 * `onProgress` wrapped so that going stale is reported first and then, with `failWhenStale`, rejects the wait with
 * {@link StaleTaskError}. @internal
 */
export function staleAwareWait<T extends StaleAware>(options: MigrationTaskWaitOptions<T>, fallback: Clock): WaitOptions<T> & { readonly clock: Clock } {
  const { failWhenStale = false, onProgress, ...rest } = options;
  const clock = options.clock ?? fallback;
  const report = (snapshot: T): void => {
    onProgress?.(snapshot);
    if (failWhenStale && snapshot.stale === true) throw new StaleTaskError(snapshot);
  };
  return { ...rest, clock, onProgress: report };
}
