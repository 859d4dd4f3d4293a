import type { ListOptions } from '../paginate.js';
import type { WaitOptions, WatchOptions } from '../poll.js';
import type { CallOptions } from '../waitable.js';
import { objectOf, type Shape } from './object.js';
import { abortSignal, clock, duration, fn, integer } from './primitives.js';
import { custom, optional } from './schema.js';
import { ValidationError } from '../errors.js';

/** The `signal` field every async method takes. @internal */
export const SIGNAL = optional(abortSignal());

/** {@link CallOptions}: one request. @internal */
export const CALL_OPTIONS = objectOf<CallOptions>()({ signal: SIGNAL });

/** The fields of {@link WatchOptions}, for option objects that extend it. @internal */
export const WATCH_FIELDS = {
  timeoutMs: optional(duration()),
  signal: SIGNAL,
  minDelayMs: optional(duration()),
  maxDelayMs: optional(duration()),
  clock: optional(clock()),
  random: optional(fn<() => number>()),
} as const satisfies Shape;

/** {@link WatchOptions}: every `watch()`. @internal */
export const WATCH_OPTIONS = objectOf<WatchOptions>()(WATCH_FIELDS);

/** {@link WaitOptions}: every `waitUntilComplete()` / `waitUntilSucceeded()`. @internal */
export const WAIT_OPTIONS = objectOf<WaitOptions<never>>()({
  ...WATCH_FIELDS,
  onProgress: optional(fn<(snapshot: never) => void>()),
});

/** The fields of {@link ListOptions}, for list options that add filters. @internal */
export const LIST_FIELDS = {
  pageSize: optional(integer({ min: 1 })),
  signal: SIGNAL,
} as const satisfies Shape;

/** {@link ListOptions}: a list without filters. @internal */
export const LIST_OPTIONS = objectOf<ListOptions>()(LIST_FIELDS);

const LIMIT = custom('a non-negative integer or Infinity', (field, value) => {
  if (value === Number.POSITIVE_INFINITY || (typeof value === 'number' && Number.isInteger(value) && value >= 0)) return value;
  throw new ValidationError(field, `must be a non-negative integer or Infinity, got ${typeof value === 'number' ? value : typeof value}`);
});

/** `pages({ limit })`: stop after about `limit` items. @internal */
export const PAGES_OPTIONS = objectOf<{ readonly limit?: number }>()({ limit: optional(LIMIT) });

/** `toArray({ limit })`: a non-negative integer, or `Infinity` for a list known to be small. @internal */
export const TO_ARRAY_OPTIONS = objectOf<{ readonly limit: number }>()({ limit: LIMIT });
