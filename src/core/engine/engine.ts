import type { Logger } from '@smithy/types';
import pRetry from 'p-retry';
import { systemClock, throwIfAborted, type Clock } from '../clock.js';
import { attemptsOf, isThrottlingError, isTransientError, loadErrorClassifiers, retryAfterMsOf, translateServiceError } from '../retry.js';
import { contextOf } from './context.js';
import { Governor } from './governor.js';
import { PollSchedule } from './schedule.js';
import { clientSignal, linkSignal, raceAbort } from './signals.js';

/** The SDK's default attempts per request (its standard retry mode). */
export const DEFAULT_MAX_ATTEMPTS = 3;

/** Options of a {@link RequestEngine}. @internal */
export interface RequestEngineOptions {
  /** The clock of requests that come with none of their own (a user's one-off call). @default the system clock */
  readonly clock?: Clock | undefined;
  /** Receives the engine's events at debug level. @default none */
  readonly logger?: Logger | undefined;
  /** Attempts per request, the SDK's included: the engine retries only while the SDK has made fewer. @default 3 */
  readonly maxAttempts?: number | undefined;
}

/** The engine's counters, for tests and dashboards (`kit.stats()`). */
export interface EngineStats {
  /** Requests handed to an SDK client (each engine attempt counts once; the SDK's own retries are inside it). */
  readonly requests: number;
  /** Answers that were throttling errors. */
  readonly throttled: number;
  /** Attempts the engine made again after a throttling or transient error. */
  readonly retries: number;
  /** Requests in flight now. */
  readonly inFlight: number;
  /** Per client (`discovery`, `mgn`, `hub`, `dms`): the governor's budget in requests per second, undefined while unlimited. */
  readonly rates: Readonly<Record<string, number | undefined>>;
}

/** Something an SDK client can send: gets the request's own signal. @internal */
export type Call<T> = (signal: AbortSignal) => Promise<T>;

/**
 * The one request engine under the services: every request of a kit (or of a facade used alone) goes through
 * {@link RequestEngine.send}. Each request gets its own `AbortController` linked to the caller's signal; it waits for
 * its client's {@link Governor}; throttling and transient errors are retried with p-retry only while the SDK has
 * made fewer than `maxAttempts` attempts, each retry waiting for the governor. Waits sleep on the engine's
 * {@link PollSchedule}. @internal
 */
export class RequestEngine {
  /** The default clock. */
  readonly clock: Clock;
  readonly #logger: Logger | undefined;
  readonly #maxAttempts: number;
  readonly #governors = new Map<string, Governor>();
  readonly #schedules = new WeakMap<Clock, PollSchedule>();
  #requests = 0;
  #throttled = 0;
  #retries = 0;
  #inFlight = 0;

  /** @param options - Clock, logger, attempts. */
  constructor(options: RequestEngineOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.#logger = options.logger;
    this.#maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  }

  /** Logs one engine event at debug level, when a logger was given. */
  log(event: 'poll' | 'retry' | 'throttle' | 'slow-down' | 'give-up' | 'abort', details: Readonly<Record<string, unknown>>): void {
    this.#logger?.debug(`aws-migration-kit ${event}`, details);
  }

  /** The poll schedule on `clock` (one per clock; normally only the engine's). */
  schedule(clock: Clock = this.clock): PollSchedule {
    let schedule = this.#schedules.get(clock);
    if (!schedule) {
      schedule = new PollSchedule(clock);
      this.#schedules.set(clock, schedule);
    }
    return schedule;
  }

  /** The counters now. */
  stats(): EngineStats {
    const rates: Record<string, number | undefined> = {};
    for (const [client, governor] of this.#governors) rates[client] = governor.rate;
    return { requests: this.#requests, throttled: this.#throttled, retries: this.#retries, inFlight: this.#inFlight, rates };
  }

  #governor(client: string): Governor {
    let governor = this.#governors.get(client);
    if (!governor) {
      governor = new Governor();
      this.#governors.set(client, governor);
    }
    return governor;
  }

  /**
   * Sends one request of `client` (a governor key such as `discovery`). `call` gets the request's own signal and
   * must check it with `throwIfCancelled` right before creating the request: nothing is created or sent for a caller
   * whose signal has fired. Rejects
   * with `signal.reason` as soon as `signal` aborts (even after `call` resolved); AWS errors pass through
   * `translateServiceError`.
   */
  async send<T>(client: string, operation: string, call: Call<T>, signal?: AbortSignal): Promise<T> {
    throwIfAborted(signal);
    const context = contextOf(signal);
    const clock = context?.clock ?? this.clock;
    const priority = context?.priority ?? 'user';
    const governor = this.#governor(client);
    let attempts = 0;
    const attempt = async (): Promise<T> => {
      await governor.acquire(priority, clock, signal);
      // The caller's side aborts at once; the client's signal a turn later (see clientSignal).
      const link = linkSignal(signal);
      const forClient = clientSignal(link.signal);
      this.#requests++;
      this.#inFlight++;
      try {
        const output = await raceAbort(call(forClient.signal), link.signal);
        throwIfAborted(signal);
        governor.record(clock, { throttled: false });
        return output;
      } catch (error) {
        throwIfAborted(signal);
        // The SDK's classifiers load with the first error to classify: a request that succeeds never needs them.
        const loading = loadErrorClassifiers();
        if (loading) {
          await loading;
          throwIfAborted(signal);
        }
        attempts += attemptsOf(error);
        if (isThrottlingError(error)) {
          this.#throttled++;
          const retryAfterMs = retryAfterMsOf(error, clock.now());
          const change = governor.record(clock, { throttled: true, retryAfterMs });
          this.log('throttle', { client, operation, retryAfterMs });
          if (change === 'slowed') this.log('slow-down', { client, rate: governor.rate });
        }
        throw translateServiceError(error);
      } finally {
        forClient.dispose();
        link.dispose();
        this.#inFlight--;
      }
    };
    try {
      return await pRetry(attempt, {
        retries: Math.max(0, this.#maxAttempts - 1),
        minTimeout: 0,
        maxTimeout: 0,
        randomize: false,
        // The retry's wait is the governor's, at the top of the next attempt.
        shouldRetry: ({ error }) => !signal?.aborted && attempts < this.#maxAttempts && isTransientError(error),
        onFailedAttempt: ({ error, attemptNumber }) => {
          if (!signal?.aborted && attempts < this.#maxAttempts && isTransientError(error)) {
            this.#retries++;
            this.log('retry', { client, operation, attempt: attemptNumber + 1, error: (error as { name?: unknown }).name });
          }
        },
      });
    } catch (error) {
      if (signal?.aborted) {
        this.log('abort', { client, operation });
        throw signal.reason;
      }
      throw error;
    }
  }
}

let fallback: RequestEngine | undefined;

/** The engine of handles made without a facade's (the process-wide fallback). @internal */
export function defaultEngine(): RequestEngine {
  return (fallback ??= new RequestEngine());
}

/** The option key under which `MigrationKit` hands its one engine to the facades it creates. @internal */
export const ENGINE: unique symbol = Symbol('aws-migration-kit.engine');

/** Facade options, possibly carrying the kit's engine. @internal */
export interface EngineCarrier {
  /** The kit's engine. */
  readonly [ENGINE]?: RequestEngine;
}

/**
 * The engine a facade uses: the kit's when the kit created the facade, else one of its own (a facade used alone).
 * @internal
 */
export function engineFor(options: EngineCarrier & { readonly logger?: Logger | undefined; readonly maxAttempts?: number | undefined }): RequestEngine {
  return options[ENGINE] ?? new RequestEngine({ logger: options.logger, maxAttempts: options.maxAttempts });
}
