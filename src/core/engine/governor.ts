import type { Clock } from '../clock.js';
import { onAbort } from './signals.js';

/** Who is asking: a user's one-off call goes before the requests of waits and lists. @internal */
export type Priority = 'user' | 'background';

/** Multiplicative decrease on throttling (the SDK's adaptive rate limiter uses 0.7 too). */
const DECREASE = 0.7;
/** At most one decrease per this interval, so a burst of throttled answers counts as one signal. */
const DECREASE_INTERVAL_MS = 1_000;
/** Additive increase: requests per second gained per second of successes at the current rate. */
const INCREASE_PER_SECOND = 0.5;
/** The slowest the governor ever goes, in requests per second. */
const MIN_RATE = 0.5;
/** The bucket switches off again once the rate has recovered to this multiple of the rate it was cut to. */
const RECOVERED = 4;

interface Waiter {
  readonly clock: Clock;
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
  readonly unsubscribe: () => void;
}

/**
 * The throttle budget of one client, shared by every wait, list and refresh sent through it. Unlimited until the
 * service throttles; then a token bucket whose rate is cut multiplicatively (to 0.7× the measured sending rate) on
 * throttling, at most once a second, and raised additively on success, switching off once well recovered. A
 * `retry-after` hint pauses every sender until it has passed. Queued user calls are served before background ones.
 * Written after the idea of the SDK's `DefaultRateLimiter` (@smithy/util-retry), on an injectable clock. @internal
 */
export class Governor {
  #rate: number | undefined;
  #cutTo = 0;
  #tokens = 0;
  #refilledAt = 0;
  #lastDecrease = Number.NEGATIVE_INFINITY;
  #pausedUntil = 0;
  readonly #sent: number[] = [];
  readonly #queues: Record<Priority, Waiter[]> = { user: [], background: [] };
  #pumping = false;

  /** The current budget in requests per second; undefined while unlimited. */
  get rate(): number | undefined {
    return this.#rate;
  }

  /** Resolves when a request may be sent; rejects with `signal.reason` on abort, leaving the queue at once. */
  acquire(priority: Priority, clock: Clock, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#queues.user.length + this.#queues.background.length === 0 && this.#delay(clock.now()) === 0) {
      this.#take(clock.now());
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const queue = this.#queues[priority];
      const waiter: Waiter = {
        clock,
        resolve,
        reject,
        unsubscribe: onAbort(signal, (reason) => {
          const i = queue.indexOf(waiter);
          if (i >= 0) queue.splice(i, 1);
          reject(reason);
        }),
      };
      queue.push(waiter);
      void this.#pump();
    });
  }

  /** Feeds an answer back: `throttled` with the service's `retry-after` hint (ms) when it sent one. */
  record(clock: Clock, outcome: { readonly throttled: boolean; readonly retryAfterMs?: number | undefined }): 'slowed' | 'raised' | 'same' {
    const now = clock.now();
    if (outcome.retryAfterMs !== undefined && outcome.retryAfterMs > 0) this.#pausedUntil = Math.max(this.#pausedUntil, now + outcome.retryAfterMs);
    if (outcome.throttled) {
      if (now - this.#lastDecrease < DECREASE_INTERVAL_MS) return 'same';
      this.#lastDecrease = now;
      this.#refill(now);
      // Unlimited so far: start from what was really sent over the last second; limited: from the budget.
      const base = this.#rate ?? this.#measured(now);
      this.#rate = Math.max(MIN_RATE, base * DECREASE);
      this.#cutTo = this.#rate;
      this.#tokens = Math.min(this.#tokens, this.#capacity());
      return 'slowed';
    }
    if (this.#rate === undefined) return 'same';
    this.#refill(now);
    this.#rate += INCREASE_PER_SECOND / this.#rate;
    if (this.#rate >= this.#cutTo * RECOVERED) this.#rate = undefined;
    return 'raised';
  }

  #capacity(): number {
    return Math.max(1, this.#rate ?? 1);
  }

  #refill(now: number): void {
    if (this.#rate === undefined) return;
    const elapsed = Math.max(0, now - this.#refilledAt) / 1000;
    this.#tokens = Math.min(this.#capacity(), this.#tokens + elapsed * this.#rate);
    this.#refilledAt = now;
  }

  /** Milliseconds until one request may go. */
  #delay(now: number): number {
    const paused = Math.max(0, this.#pausedUntil - now);
    if (this.#rate === undefined) return paused;
    this.#refill(now);
    const missing = Math.max(0, 1 - this.#tokens);
    return Math.max(paused, Math.ceil((missing / this.#rate) * 1000));
  }

  #take(now: number): void {
    if (this.#rate !== undefined) this.#tokens -= 1;
    this.#sent.push(now);
    this.#measured(now);
  }

  /** Requests sent over the last second. */
  #measured(now: number): number {
    while (this.#sent.length > 0 && (this.#sent[0] ?? now) <= now - 1000) this.#sent.shift();
    return this.#sent.length;
  }

  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      for (;;) {
        const head = this.#queues.user[0] ?? this.#queues.background[0];
        if (!head) return;
        const delay = this.#delay(head.clock.now());
        if (delay > 0) {
          await head.clock.sleep(delay);
          continue;
        }
        (this.#queues.user[0] === head ? this.#queues.user : this.#queues.background).shift();
        this.#take(head.clock.now());
        head.unsubscribe();
        head.resolve();
      }
    } finally {
      this.#pumping = false;
    }
  }
}
