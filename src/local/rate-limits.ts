import { EmulatorOptionError } from './emulator-error.js';
import { finiteIn, integerIn, onlyKeys, plainObject } from './option-check.js';
import type { OperationCatalog } from './operation-catalog.js';
import { ServiceFault, type EmulatedService } from './service.js';

/** One token bucket: `burst` requests at once, refilled at `perSecond` on the emulator's clock. */
export interface RateLimit {
  /** Tokens added per emulated second (the sustained rate). */
  readonly perSecond: number;
  /** The bucket's size: how many requests may pass at once after a quiet spell. Whole number ≥ 1. */
  readonly burst: number;
}

/**
 * Rate limits by operation name (`DescribeImportTasks`, `ListImports`, ...), each operation with its own bucket;
 * `default` gives every operation not named its own bucket of that size.
 */
export interface RateLimitTable {
  /** The limit of every operation not named. @default unlimited */
  readonly default?: RateLimit;
  /** The limit of one operation, by its exact name. */
  readonly [operation: string]: RateLimit | undefined;
}

/** `rateLimits` of {@link startEmulator}: a table, or `'aws'` for the published (or documented assumed) limits. */
export type RateLimitsOption = 'aws' | RateLimitTable;

/** How many requests of one operation the rate limits let through and throttled. */
export interface RateLimitCount {
  /** Requests that took a token. */
  readonly allowed: number;
  /** Requests answered with the service's throttling error. */
  readonly throttled: number;
}

/**
 * What `rateLimits: 'aws'` applies. DMS documents one account-wide bucket for its whole API (CHAP_Limits, "API
 * request throttling": 200 requests, refilled at 8 per second). Discovery, MGN and Migration Hub publish no API rate;
 * the emulator assumes 10 per second with a burst of 20 per operation for them (see docs/emulator.md).
 */
export const AWS_RATE_LIMITS: Readonly<Record<Exclude<EmulatedService, 's3'>, {
  /** The rate. */
  readonly limit: RateLimit;
  /** Per service or per operation. */
  readonly scope: 'service' | 'operation';
  /** Whether AWS publishes the rate or it is assumed. */
  readonly source: 'published' | 'assumed';
}>> = {
  dms: { limit: { perSecond: 8, burst: 200 }, scope: 'service', source: 'published' },
  discovery: { limit: { perSecond: 10, burst: 20 }, scope: 'operation', source: 'assumed' },
  mgn: { limit: { perSecond: 10, burst: 20 }, scope: 'operation', source: 'assumed' },
  'migration-hub': { limit: { perSecond: 10, burst: 20 }, scope: 'operation', source: 'assumed' },
  'migrationhub-config': { limit: { perSecond: 10, burst: 20 }, scope: 'operation', source: 'assumed' },
};

const MAX_RATE = 1_000_000;

interface Bucket {
  readonly limit: RateLimit;
  tokens: number;
  at: number;
}

/**
 * The emulator's rate limits (`emu.rateLimits`): token buckets refilled on the emulator clock, so a test or bench on
 * emulated time throttles exactly. A throttled request is answered in the service's own format and takes no token.
 */
export class RateLimits {
  readonly #now: () => number;
  readonly #catalog: OperationCatalog;
  /** Operation → the key of its bucket (operations sharing a bucket share a key). */
  #bucketOf = new Map<string, string>();
  #buckets = new Map<string, Bucket>();
  readonly #counts = new Map<string, { allowed: number; throttled: number }>();

  /** @internal */
  constructor(now: () => number, catalog: OperationCatalog, option?: RateLimitsOption) {
    this.#now = now;
    this.#catalog = catalog;
    if (option !== undefined) this.set(option);
  }

  /**
   * Replaces the limits (buckets start full); `undefined` removes them. Validated first: an unknown operation name,
   * an unknown key or a non-positive rate throws {@link EmulatorOptionError} and changes nothing.
   */
  set(option: RateLimitsOption | undefined, field = 'rateLimits'): void {
    const plan = option === undefined ? new Map<string, [string, RateLimit]>() : this.#plan(option, field);
    const now = this.#now();
    this.#bucketOf = new Map([...plan].map(([operation, [key]]) => [operation, key]));
    this.#buckets = new Map([...plan.values()].map(([key, limit]) => [key, { limit, tokens: limit.burst, at: now }]));
  }

  /** The tokens left in `operation`'s bucket now, or undefined when it is not limited. */
  tokens(operation: string): number | undefined {
    const key = this.#bucketOf.get(operation);
    const bucket = key === undefined ? undefined : this.#buckets.get(key);
    return bucket === undefined ? undefined : this.#refill(bucket);
  }

  /** Requests throttled by the rate limits, for one operation or all. */
  throttledCount(operation?: string): number {
    return this.#sum(operation, 'throttled');
  }

  /** Requests the rate limits let through (limited operations only), for one operation or all. */
  allowedCount(operation?: string): number {
    return this.#sum(operation, 'allowed');
  }

  /** Counts per limited operation that has seen a request. */
  counts(): Record<string, RateLimitCount> {
    return Object.fromEntries([...this.#counts].map(([operation, c]) => [operation, { ...c }]));
  }

  /** Zeroes the counts (the buckets keep their tokens). */
  resetCounts(): void {
    this.#counts.clear();
  }

  /** @internal Takes a token for `operation`: undefined when it may pass, else the emulated ms until a token is back. */
  take(operation: string): number | undefined {
    const key = this.#bucketOf.get(operation);
    const bucket = key === undefined ? undefined : this.#buckets.get(key);
    if (bucket === undefined) return undefined;
    const count = this.#counts.get(operation) ?? { allowed: 0, throttled: 0 };
    this.#counts.set(operation, count);
    // A hair of tolerance so refills computed from exact emulated times are not lost to floating point.
    if (this.#refill(bucket) >= 1 - 1e-9) {
      bucket.tokens = Math.max(0, bucket.tokens - 1);
      count.allowed += 1;
      return undefined;
    }
    count.throttled += 1;
    return ((1 - bucket.tokens) * 1000) / bucket.limit.perSecond;
  }

  #refill(bucket: Bucket): number {
    const now = this.#now();
    const elapsed = Math.max(0, now - bucket.at);
    bucket.tokens = Math.min(bucket.limit.burst, bucket.tokens + (elapsed * bucket.limit.perSecond) / 1000);
    bucket.at = now;
    return bucket.tokens;
  }

  #sum(operation: string | undefined, what: keyof RateLimitCount): number {
    if (operation !== undefined) return this.#counts.get(operation)?.[what] ?? 0;
    let total = 0;
    for (const count of this.#counts.values()) total += count[what];
    return total;
  }

  /** Operation → [bucket key, limit], validated. */
  #plan(option: RateLimitsOption, field: string): Map<string, [string, RateLimit]> {
    const plan = new Map<string, [string, RateLimit]>();
    if (option === 'aws') {
      for (const operation of this.#catalog.operations()) {
        const service = this.#catalog.serviceOf(operation);
        if (service === undefined || service === 's3') continue;
        const { limit, scope } = AWS_RATE_LIMITS[service];
        plan.set(operation, [scope === 'service' ? `service:${service}` : operation, limit]);
      }
      return plan;
    }
    if (typeof option === 'string') throw new EmulatorOptionError(field, `must be 'aws' or an object of limits by operation, got '${option}'`);
    const table = plainObject(option, field);
    const named = Object.keys(table).filter((key) => key !== 'default');
    for (const operation of named) this.#catalog.operation(operation, `${field}.${operation}`);
    if (named.length === 0 && table['default'] === undefined) throw new EmulatorOptionError(field, 'names no operation and no default: it would limit nothing');
    const fallback = table['default'] === undefined ? undefined : rateLimit(table['default'], `${field}.default`);
    for (const operation of this.#catalog.operations()) {
      const own = table[operation];
      const limit = own === undefined ? fallback : rateLimit(own, `${field}.${operation}`);
      if (limit !== undefined) plan.set(operation, [operation, limit]);
    }
    return plan;
  }
}

/** A validated {@link RateLimit}. */
function rateLimit(value: unknown, field: string): RateLimit {
  const object = plainObject(value, field);
  onlyKeys(object, ['perSecond', 'burst'], field);
  const perSecond = object['perSecond'];
  const burst = object['burst'];
  if (perSecond === undefined) throw new EmulatorOptionError(`${field}.perSecond`, 'is required');
  if (burst === undefined) throw new EmulatorOptionError(`${field}.burst`, 'is required');
  const rate = finiteIn(perSecond, 0, MAX_RATE, `${field}.perSecond`);
  if (rate === 0) throw new EmulatorOptionError(`${field}.perSecond`, 'must be greater than 0 (a bucket that never refills throttles forever)');
  return { perSecond: rate, burst: integerIn(burst, 1, MAX_RATE, `${field}.burst`) };
}

/**
 * The module's throttling error carrying `retryAfterMs` where the service sends a hint: the `retry-after` header
 * (MGN) or the `RetryAfterSeconds` member (Migration Hub), in whole seconds, at least 1.
 * @internal
 */
export function throttledWith(base: ServiceFault, retryAfterMs: number): ServiceFault {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const headers = 'retry-after' in base.headers ? { ...base.headers, 'retry-after': String(seconds) } : { ...base.headers };
  const fields = 'RetryAfterSeconds' in base.fields ? { ...base.fields, RetryAfterSeconds: seconds } : { ...base.fields };
  return new ServiceFault(base.type, base.message, { status: base.status, headers, fields, messageMember: base.messageMember });
}
