import type { RequestEngine } from './engine/engine.js';
import { DEFAULT_MAX_DELAY_MS, DEFAULT_MIN_DELAY_MS } from './defaults.js';
import { ValidationError } from './errors.js';
import { WAIT_OPTIONS } from './schema/common-options.js';
import { parse } from './schema/schema.js';
import { pollUntilDone, type PollDefaults, type PollSpec, type WaitOptions } from './poll.js';
import { isTransientError } from './retry.js';
import type { LifecycleStatus } from './status.js';
import { Waitable, pollHooksOf, type PollHooks } from './waitable.js';

/** Any handle `waitAll` / `waitAny` accept: an object of this library that changes over time. */
export type AnyWaitable = Waitable<LifecycleStatus>;

/**
 * One poll loop over `handles`: each tick refreshes the handles concurrently (every handle on the first tick, then
 * only the unfinished ones), so handles of one service facade share their batched describe calls. A tick that fails
 * part-way is retried for the handles whose refresh failed only. The snapshot is the array of the handles' copies.
 */
function groupSpec<T extends readonly AnyWaitable[]>(handles: T, done: (flags: boolean[]) => boolean, clock: WaitOptions<T>['clock']): PollSpec<Readonly<T>> {
  const hooks = handles.map((handle) => pollHooksOf(handle));
  const hooksOfSnapshots = (snapshots: Readonly<T>): PollHooks<AnyWaitable>[] => snapshots.map((snapshot) => pollHooksOf(snapshot));
  let first = true;
  // The handles this tick still has to refresh; kept across a retried attempt so that only the failed ones go again.
  let pending: Set<number> | undefined;
  return {
    observe: async (signal) => {
      pending ??= new Set(hooks.flatMap((h, i) => (first || !h.isDone() ? [i] : [])));
      const tick = [...pending];
      const results = await Promise.allSettled(tick.map((i) => hooks[i]?.refresh(signal, clock)));
      let transient: { error: unknown } | undefined;
      let final: { error: unknown } | undefined;
      results.forEach((result, j) => {
        if (result.status === 'fulfilled') pending?.delete(tick[j] ?? -1);
        else if (isTransientError(result.reason)) transient ??= { error: result.reason };
        else final ??= { error: result.reason };
      });
      // A final error ends the wait at once; a transient one has the engine retry the handles still pending.
      if (final) throw final.error;
      if (transient) throw transient.error;
      pending = undefined;
      first = false;
      return hooks.map((h) => h.snapshot()) as unknown as Readonly<T>;
    },
    isDone: (snapshots) => done(hooksOfSnapshots(snapshots).map((h) => h.isDone())),
    changeKey: (snapshots) => JSON.stringify(hooksOfSnapshots(snapshots).map((h) => h.changeKey())),
    defaults: groupDefaults(hooks),
    initial: () => hooks.map((h) => h.snapshot()) as unknown as Readonly<T>,
  };
}

/** The smallest `minDelayMs` and `maxDelayMs` among the handles' defaults, so no handle is polled slower than alone. */
function groupDefaults(hooks: readonly PollHooks<AnyWaitable>[]): PollDefaults {
  if (hooks.length === 0) return { minDelayMs: DEFAULT_MIN_DELAY_MS, maxDelayMs: DEFAULT_MAX_DELAY_MS };
  const all = hooks.map((h) => h.defaults());
  return { minDelayMs: Math.min(...all.map((d) => d.minDelayMs)), maxDelayMs: Math.min(...all.map((d) => d.maxDelayMs)) };
}

/** The engine of the first handle: the group's loop sleeps on its schedule (the handles' requests go through their own). */
function engineOf(handles: readonly AnyWaitable[]): RequestEngine | undefined {
  const [first] = handles;
  return first ? pollHooksOf(first).engine() : undefined;
}

function checkHandles(handles: readonly unknown[]): void {
  if (!Array.isArray(handles)) throw new ValidationError('handles', 'must be an array of handles');
  handles.forEach((handle, i) => {
    if (!(handle instanceof Waitable)) {
      throw new ValidationError(
        `handles[${i}]`,
        'must be a handle (ImportTask, MgnImport, MgnExport, MigrationTask, AssessmentRun, or another Waitable) from the same copy of aws-migration-kit as waitAll / waitAny (not mixing its ESM and CommonJS builds)',
      );
    }
  });
}

/**
 * Waits until every handle is terminal, with one poll loop for all of them: the first check at once (or on a tick of
 * the engine's other waits due within `minDelayMs`), then jittered delays growing from the smallest `minDelayMs` default among the handles (override with `minDelayMs` /
 * `maxDelayMs`). Each tick refreshes the unfinished handles concurrently (the first tick refreshes all of them), so
 * the handles of one service facade share one describe call per batch of ids: DescribeImportTasks for 100
 * Discovery tasks, ListImports for 10 MGN imports, DescribeReplicationTaskAssessmentRuns for 100 DMS runs. Handles of
 * several services may be mixed. Resolves with `handles`, updated in place, in input order; a failed handle resolves
 * too (inspect its `status.kind`).
 *
 * `onProgress` receives the array of snapshots, one per handle in input order, whenever any of them changes.
 * Throttling and transient errors are retried for the handles whose refresh failed; an error no wait can cure (not
 * found, access denied) rejects at once.
 *
 * @example
 * ```ts
 * const [task, run] = await waitAll([importTask, assessmentRun], { onProgress: (all) => console.log(all.map(String)) });
 * ```
 * @throws WaitTimeoutError after `timeoutMs`, with `lastSnapshot` holding the array of snapshots; the signal's
 * reason on abort (nothing is sent after it); ValidationError when `handles` holds something that is not a handle.
 */
export async function waitAll<const T extends readonly AnyWaitable[]>(handles: T, options: WaitOptions<Readonly<T>> = {}): Promise<T> {
  checkHandles(handles);
  parse(WAIT_OPTIONS, options);
  await pollUntilDone(groupSpec(handles, (flags) => flags.every(Boolean), options.clock), options, engineOf(handles));
  return handles;
}

/**
 * Waits until any handle is terminal, with the one poll loop of {@link waitAll}, and resolves with that handle
 * (updated in place): the first in input order among those seen terminal on the same tick. Nothing more is sent
 * after that. A handle that is already terminal when the wait starts is refreshed once like the others, and
 * resolves the wait if it still is.
 *
 * @example
 * ```ts
 * const first = await waitAny(runs, { timeoutMs: 10 * 60_000 });
 * console.log(`${first} finished first`);
 * ```
 * @throws ValidationError when `handles` is empty or holds something that is not a handle; otherwise as {@link waitAll}.
 */
export async function waitAny<const T extends readonly AnyWaitable[]>(handles: T, options: WaitOptions<Readonly<T>> = {}): Promise<T[number]> {
  checkHandles(handles);
  if (handles.length === 0) throw new ValidationError('handles', 'must not be empty');
  parse(WAIT_OPTIONS, options);
  const snapshots = await pollUntilDone(groupSpec(handles, (flags) => flags.some(Boolean), options.clock), options, engineOf(handles));
  const index = snapshots.findIndex((snapshot) => pollHooksOf(snapshot).isDone());
  return handles[index] as T[number];
}
