import { backoffDelay } from './backoff.js';
import { systemClock, throwIfAborted, type Clock } from './clock.js';
import {
  DEFAULT_MAX_DELAY_MS,
  DEFAULT_MIN_DELAY_MS,
  DEFAULT_POLL_RETRIES,
  DEFAULT_POLL_RETRY_DELAY_MS,
  DEFAULT_POLL_RETRY_MAX_DELAY_MS,
  DEFAULT_WAIT_TIMEOUT_MS,
} from './defaults.js';
import { ValidationError, WaitTimeoutError } from './errors.js';
import { retryTransient } from './retry.js';

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
  /** One observation; called immediately, then after each delay. */
  observe(signal: AbortSignal | undefined): Promise<T>;
  /** True once the snapshot is final. */
  isDone(snapshot: T): boolean;
  /** Two snapshots with equal keys are the same observation (no change to report). */
  changeKey(snapshot: T): string;
  /** The service's delay defaults. */
  readonly defaults?: PollDefaults;
}

function nonNegative(field: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
    throw new ValidationError(field, `must be a finite number ≥ 0, got ${String(value)}`);
  }
}

/**
 * The waiter engine. Yields each changed snapshot (the first observation counts as a change) and ends after
 * yielding the terminal one. First check immediately; then jittered exponential delays between `minDelayMs` and
 * `maxDelayMs`, never sleeping past the deadline; throttling and transient errors on a poll are retried; other
 * errors reject at once. @internal
 */
export async function* pollChanges<T>(spec: PollSpec<T>, options: WatchOptions = {}): AsyncGenerator<T, void, undefined> {
  nonNegative('timeoutMs', options.timeoutMs);
  nonNegative('minDelayMs', options.minDelayMs);
  nonNegative('maxDelayMs', options.maxDelayMs);
  const clock = options.clock ?? systemClock;
  const { signal } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
  const minDelayMs = options.minDelayMs ?? spec.defaults?.minDelayMs ?? DEFAULT_MIN_DELAY_MS;
  const maxDelayMs = Math.max(minDelayMs, options.maxDelayMs ?? spec.defaults?.maxDelayMs ?? DEFAULT_MAX_DELAY_MS);
  const deadline = clock.now() + timeoutMs;

  let last: T | undefined;
  let lastKey: string | undefined;
  for (let attempt = 0; ; attempt++) {
    throwIfAborted(signal);
    let snapshot: T;
    try {
      snapshot = await retryTransient(() => spec.observe(signal), {
        retries: DEFAULT_POLL_RETRIES,
        minDelayMs: Math.min(DEFAULT_POLL_RETRY_DELAY_MS, minDelayMs),
        maxDelayMs: Math.min(DEFAULT_POLL_RETRY_MAX_DELAY_MS, maxDelayMs),
        deadline,
        clock,
        signal,
        ...(options.random ? { random: options.random } : {}),
      });
    } catch (error) {
      throwIfAborted(signal);
      if (clock.now() >= deadline) throw new WaitTimeoutError(timeoutMs, last, { cause: error });
      throw error;
    }
    last = snapshot;
    const key = spec.changeKey(snapshot);
    if (key !== lastKey) {
      lastKey = key;
      yield snapshot;
    }
    if (spec.isDone(snapshot)) return;

    const remaining = deadline - clock.now();
    if (remaining <= 0) throw new WaitTimeoutError(timeoutMs, last);
    await clock.sleep(Math.min(backoffDelay(attempt + 1, minDelayMs, maxDelayMs, options.random), remaining), signal);
  }
}

/** Runs {@link pollChanges} to the end, reporting each change to `onProgress`; resolves with the terminal snapshot. @internal */
export async function pollUntilDone<T>(spec: PollSpec<T>, options: WaitOptions<T> = {}): Promise<T> {
  let last: T | undefined;
  for await (const snapshot of pollChanges(spec, options)) {
    last = snapshot;
    options.onProgress?.(snapshot);
  }
  // pollChanges only returns after yielding a done snapshot, so `last` is set here.
  return last as T;
}
