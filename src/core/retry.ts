import pRetry from 'p-retry';
import { backoffDelay } from './backoff.js';
import type { Clock } from './clock.js';
import { HomeRegionNotSetError } from './errors.js';

const THROTTLING_NAMES: ReadonlySet<string> = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
]);

const TRANSIENT_NAMES: ReadonlySet<string> = new Set([
  'InternalFailure',
  'InternalServerError',
  'InternalServerException',
  'ServerInternalErrorException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
]);

const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
]);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $retryable?: { throttling?: unknown };
}

function httpStatusOf(error: ErrorLike): number | undefined {
  const status = error.$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

/** True for throttling errors, by name, HTTP 429 or the SDK's `$retryable.throttling` flag. */
export function isThrottlingError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as ErrorLike;
  return (
    (typeof e.name === 'string' && THROTTLING_NAMES.has(e.name)) ||
    httpStatusOf(e) === 429 ||
    e.$retryable?.throttling === true
  );
}

/**
 * True for errors that a later attempt may not see: throttling, HTTP 5xx, dropped connections and timeouts.
 * Everything else (access denied, validation, not found, home region not set, ...) is final.
 */
export function isTransientError(error: unknown): boolean {
  if (isThrottlingError(error)) return true;
  if (typeof error !== 'object' || error === null) return false;
  const e = error as ErrorLike;
  const status = httpStatusOf(e);
  if (status !== undefined && status >= 500) return true;
  if (typeof e.name === 'string' && TRANSIENT_NAMES.has(e.name)) return true;
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  return false;
}

/** Replaces a service's HomeRegionNotSetException with {@link HomeRegionNotSetError}; other errors pass through. */
export function translateServiceError(error: unknown): unknown {
  if (typeof error === 'object' && error !== null && (error as ErrorLike).name === 'HomeRegionNotSetException') {
    return new HomeRegionNotSetError(error);
  }
  return error;
}

/** Options for {@link retryTransient}. */
export interface RetryTransientOptions {
  /** Retries after the first attempt. */
  readonly retries: number;
  /** First retry delay; doubles with jitter up to `maxDelayMs`. */
  readonly minDelayMs: number;
  /** Cap of a retry delay. */
  readonly maxDelayMs: number;
  /** No retry is scheduled to end after this instant (epoch ms). */
  readonly deadline: number;
  /** The clock that sleeps between attempts. */
  readonly clock: Clock;
  /** Stops retrying; rejects with its reason. */
  readonly signal?: AbortSignal | undefined;
  /** Randomness for jitter (tests pass a fixed one). */
  readonly random?: () => number;
}

/**
 * Runs `fn`, retrying throttling and transient errors (see {@link isTransientError}) with p-retry; final errors
 * reject at once. Sleeps on the given clock so a fake clock drives it too.
 */
export async function retryTransient<T>(fn: () => Promise<T>, options: RetryTransientOptions): Promise<T> {
  const { clock, signal } = options;
  const delayFor = (attempt: number): number => backoffDelay(attempt, options.minDelayMs, options.maxDelayMs, options.random);
  // Set by onFailedAttempt (which p-retry calls first) when a retry fits before the deadline and has been waited for.
  let retryScheduled = false;
  return pRetry(fn, {
    retries: options.retries,
    minTimeout: 0,
    maxTimeout: 0,
    signal,
    onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
      retryScheduled = false;
      if (retriesLeft === 0 || !isTransientError(error)) return;
      const delay = delayFor(attemptNumber);
      if (clock.now() + delay > options.deadline) return;
      await clock.sleep(delay, signal);
      retryScheduled = true;
    },
    shouldRetry: () => retryScheduled,
  });
}
