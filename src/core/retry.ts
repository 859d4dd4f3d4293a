import type * as SdkRetry from '@smithy/core/retry';
import { HomeRegionNotSetError } from './errors.js';

type Classifiers = Pick<typeof SdkRetry, 'isServerError' | 'isThrottlingError' | 'isTransientError'>;

// The SDK's classifiers live in `@smithy/core/retry`, which loads most of the SDK runtime (about 30 ms of CPU on top
// of a client): importing the package must not, and a request that succeeds does not need them, so they load with the
// first error the engine classifies (it awaits loadErrorClassifiers in its error path). Every error classified here
// comes from the engine's send, so they are there by then; the fallback only keeps the functions total.
let classifiers: Classifiers | undefined;
let loading: Promise<void> | undefined;

/** Loads the SDK's error classifiers once; the request engine awaits it before classifying its first error. @internal */
export function loadErrorClassifiers(): Promise<void> | undefined {
  if (classifiers) return undefined;
  return (loading ??= import('@smithy/core/retry').then((sdk) => {
    classifiers = sdk;
  }));
}

const fallback: Classifiers = {
  isThrottlingError: (e) => e.$metadata?.httpStatusCode === 429 || e.$retryable?.throttling === true,
  isTransientError: (e) => e.$retryable !== undefined,
  isServerError: (e) => (e.$metadata?.httpStatusCode ?? 0) >= 500,
};

/**
 * Names the SDK's classifier counts as throttling that are quotas here, not rates: Application Discovery Service
 * answers `LimitExceededException` when an account limit (25,000 imported records, 1,000 applications...) is reached,
 * and waiting does not lift it.
 */
const QUOTA_NAMES: ReadonlySet<string> = new Set(['LimitExceededException']);

type SdkError = Parameters<Classifiers['isThrottlingError']>[0];

function asSdkError(error: unknown): SdkError | undefined {
  return typeof error === 'object' && error !== null ? (error as SdkError) : undefined;
}

/**
 * True for throttling errors, as the AWS SDK classifies them (`@smithy/core/retry`: HTTP 429, the throttling error
 * names, the `$retryable.throttling` trait), except quota errors such as Discovery's `LimitExceededException`.
 */
export function isThrottlingError(error: unknown): boolean {
  const e = asSdkError(error);
  if (!e || QUOTA_NAMES.has(e.name)) return false;
  return (classifiers ?? fallback).isThrottlingError(e);
}

/**
 * True for errors a later attempt may not see, as the AWS SDK classifies them: throttling, transient errors
 * (timeouts, dropped connections, HTTP 500/502/503/504) and other 5xx server errors. Everything else (access denied,
 * validation, not found, home region not set, a quota) is final.
 */
export function isTransientError(error: unknown): boolean {
  const e = asSdkError(error);
  if (!e || QUOTA_NAMES.has(e.name)) return false;
  const sdk = classifiers ?? fallback;
  return sdk.isThrottlingError(e) || sdk.isTransientError(e) || sdk.isServerError(e);
}

/** Replaces a service's HomeRegionNotSetException with {@link HomeRegionNotSetError}; other errors pass through. */
export function translateServiceError(error: unknown): unknown {
  if (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'HomeRegionNotSetException') {
    return new HomeRegionNotSetError(error);
  }
  return error;
}

/**
 * The service's hint of how long to back off, in ms: the `retry-after` header (seconds or an HTTP date) or a
 * modelled `retryAfterSeconds` / `RetryAfterSeconds` member (MGN, Migration Hub). Undefined when there is none.
 */
export function retryAfterMsOf(error: unknown, now: number = Date.now()): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { retryAfterSeconds?: unknown; RetryAfterSeconds?: unknown; $response?: { headers?: Record<string, unknown> } };
  // MGN models it as a string (from the header), Migration Hub as a number.
  const member = Number(e.retryAfterSeconds ?? e.RetryAfterSeconds ?? Number.NaN);
  if (Number.isFinite(member) && member >= 0) return member * 1000;
  const headers = e.$response?.headers ?? {};
  const header = Object.entries(headers).find(([name]) => name.toLowerCase() === 'retry-after')?.[1];
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Attempts the SDK made for a failed send (its `$metadata.attempts`), 1 when it does not say. */
export function attemptsOf(error: unknown): number {
  const attempts = (error as { $metadata?: { attempts?: unknown } } | null)?.$metadata?.attempts;
  return typeof attempts === 'number' && attempts >= 1 ? attempts : 1;
}
