import { backoffCeiling, backoffDelay } from './backoff.js';
import { throwIfAborted, type Clock } from './clock.js';
import { DEFAULT_MAX_DELAY_MS, DEFAULT_MIN_DELAY_MS, DEFAULT_POLL_RETRIES, DEFAULT_WAIT_TIMEOUT_MS } from './defaults.js';
import { DeadlineReached, WaitScope } from './engine/context.js';
import { defaultEngine, type RequestEngine } from './engine/engine.js';
import type { PollSchedule, WakeWindow } from './engine/schedule.js';
import { ValidationError, WaitTimeoutError } from './errors.js';
import { isTransientError } from './retry.js';

/** Options accepted by every `watch()`. */
export interface WatchOptions {
  /**
   * Give up after this many milliseconds with a {@link WaitTimeoutError} carrying the last snapshot.
   * @default 1_800_000 (30 minutes)
   */
  readonly timeoutMs?: number;
  /** Stops the wait: no request is sent after it aborts, and the wait rejects with `signal.reason`. */
  readonly signal?: AbortSignal;
  /**
   * The shortest delay between two polls. Each service has its own default, chosen below its throttling limit.
   * @default 2_000, or the service's default
   */
  readonly minDelayMs?: number;
  /**
   * The longest delay between two polls; delays grow from `minDelayMs` to this, with jitter.
   * @default 60_000, or the service's default
   */
  readonly maxDelayMs?: number;
  /** Time source for the delays and the deadline; inject a fake one to test without waiting. @default the system clock */
  readonly clock?: Clock;
  /** Randomness for jitter, in [0, 1). @default Math.random */
  readonly random?: () => number;
}

/** Options accepted by every `waitUntilComplete()` / `waitUntilSucceeded()`. */
export interface WaitOptions<T> extends WatchOptions {
  /** Called with each observed change (a new status or progress), including the first observation. */
  readonly onProgress?: (snapshot: T) => void;
}

/** Per-service polling defaults. */
export interface PollDefaults {
  /** Default `minDelayMs`. */
  readonly minDelayMs: number;
  /** Default `maxDelayMs`. */
  readonly maxDelayMs: number;
}

/** What the engine needs to know about a resource. @internal */
export interface PollSpec<T> {
  /** One observation; called at once (or on a tick due within the minimum delay), then after each delay. */
  observe(signal: AbortSignal | undefined): Promise<T>;
  /** True once the snapshot is final. */
  isDone(snapshot: T): boolean;
  /** Two snapshots with equal keys are the same observation (no change to report). */
  changeKey(snapshot: T): string;
  /** The service's delay defaults. */
  readonly defaults?: PollDefaults;
  /** What is known before the first observation (a handle's last snapshot), for a timeout that comes first. */
  readonly initial?: () => T;
}

function nonNegative(field: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
    throw new ValidationError(field, `must be a finite number ≥ 0, got ${String(value)}`);
  }
}

/** Where a wait wakes next: inside its backoff window for poll `attempt`, never past the deadline. */
function wakeWindow(now: number, attempt: number, min: number, max: number, deadline: number, random: (() => number) | undefined): WakeWindow {
  const remaining = deadline - now;
  if (remaining <= min) return { earliest: deadline, latest: deadline, target: deadline };
  const latest = now + Math.min(backoffCeiling(attempt, min, max), remaining);
  return { earliest: now + min, latest, target: Math.min(latest, now + backoffDelay(attempt, min, max, random)) };
}

/**
 * When the first check goes: at once (undefined), unless the engine's other waits have a tick due within
 * `minDelayMs` (and before the deadline); then with them, as one batched refresh instead of one more request.
 */
function firstCheck(schedule: PollSchedule, now: number, min: number, deadline: number): WakeWindow | undefined {
  const due = schedule.dueWithin(now, Math.min(now + min, deadline));
  return due === undefined ? undefined : { earliest: due, latest: due, target: due };
}

/**
 * The waiter engine. Yields each changed snapshot (the first observation counts as a change) and ends after
 * yielding the terminal one. First check immediately (or on a tick of the engine's other waits due within
 * `minDelayMs`); then it sleeps on the engine's shared {@link PollSchedule}, waking inside its own jittered backoff
 * window (from `minDelayMs` to `maxDelayMs`) on a tick other waits of the engine share, so their refreshes go out
 * together. `timeoutMs` bounds everything: a request in flight at the
 * deadline is aborted. A poll that fails with throttling or a transient error (after the engine's attempts) is
 * retried at the next tick, up to {@link DEFAULT_POLL_RETRIES} times in a row; other errors reject at once. @internal
 */
export async function* pollChanges<T>(spec: PollSpec<T>, options: WatchOptions = {}, engine: RequestEngine = defaultEngine()): AsyncGenerator<T, void, undefined> {
  nonNegative('timeoutMs', options.timeoutMs);
  nonNegative('minDelayMs', options.minDelayMs);
  nonNegative('maxDelayMs', options.maxDelayMs);
  throwIfAborted(options.signal);
  const clock = options.clock ?? engine.clock;
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
  const minDelayMs = options.minDelayMs ?? spec.defaults?.minDelayMs ?? DEFAULT_MIN_DELAY_MS;
  const maxDelayMs = Math.max(minDelayMs, options.maxDelayMs ?? spec.defaults?.maxDelayMs ?? DEFAULT_MAX_DELAY_MS);
  const scope = new WaitScope(options.signal, timeoutMs, clock);
  const schedule = engine.schedule(clock);

  let last: T | undefined = spec.initial?.();
  let lastKey: string | undefined;
  // Ends the wait when its scope has ended: the user's reason, or a timeout with the last snapshot.
  const checkScope = (cause?: unknown): void => {
    const { signal } = scope;
    if (signal.aborted && !(signal.reason instanceof DeadlineReached)) throw signal.reason;
    if (scope.expired) throw new WaitTimeoutError(timeoutMs, last, cause === undefined ? undefined : { cause });
  };
  try {
    for (let attempt = 0, failures = 0; ; attempt++) {
      checkScope();
      const window = attempt > 0 ? wakeWindow(clock.now(), attempt, minDelayMs, maxDelayMs, scope.deadline, options.random) : firstCheck(schedule, clock.now(), minDelayMs, scope.deadline);
      if (window) {
        await schedule.sleep(window, scope.signal).catch((error: unknown) => {
          checkScope(error);
          throw error;
        });
      }
      checkScope();
      let snapshot: T;
      try {
        engine.log('poll', { attempt });
        snapshot = await spec.observe(scope.signal);
      } catch (error) {
        checkScope(error);
        if (!isTransientError(error) || ++failures > DEFAULT_POLL_RETRIES) {
          engine.log('give-up', { attempt, error: (error as { name?: unknown } | null)?.name });
          throw error;
        }
        continue; // the next tick retries; the governor has slowed down if this was throttling
      }
      failures = 0;
      last = snapshot;
      const key = spec.changeKey(snapshot);
      if (key !== lastKey) {
        lastKey = key;
        yield snapshot;
      }
      if (spec.isDone(snapshot)) return;
    }
  } finally {
    if (options.signal?.aborted) engine.log('abort', {});
    scope.close();
  }
}

/**
 * Runs {@link pollChanges} to the end, reporting each change to `onProgress`; resolves with the terminal snapshot.
 * @internal
 */
export async function pollUntilDone<T>(spec: PollSpec<T>, options: WaitOptions<T> = {}, engine?: RequestEngine): Promise<T> {
  let last: T | undefined;
  for await (const snapshot of pollChanges(spec, options, engine)) {
    last = snapshot;
    options.onProgress?.(snapshot);
  }
  // pollChanges only returns after yielding a done snapshot, so `last` is set here.
  return last as T;
}
