import type { Clock } from '../clock.js';
import { onAbort } from './signals.js';

interface Sleeper {
  readonly resolve: () => void;
  /** Aborts this sleeper's own clock sleep. */
  readonly controller: AbortController;
  readonly unsubscribe: () => void;
}

/** When a wait wants its next poll: no earlier than `earliest`, no later than `latest`, ideally at `target`. */
export interface WakeWindow {
  /** The earliest acceptable wake-up (epoch ms): now + the wait's minimum delay. */
  readonly earliest: number;
  /** The latest acceptable wake-up: now + the wait's current backoff ceiling (or its deadline). */
  readonly latest: number;
  /** The wait's own jittered choice inside the window, used when no tick is scheduled there yet. */
  readonly target: number;
}

/**
 * The poll schedule of one engine, on one clock: independent waits sleep until shared ticks, so the refreshes of
 * one tick go out together through the batch lookups. A wait joins the earliest tick already scheduled inside its
 * own backoff window; when there is none, its own jittered choice becomes a new tick. A wait's first check joins a
 * tick already due within its minimum delay ({@link PollSchedule.dueWithin}) instead of going out alone, so waits
 * started at different moments fall into one tick from their first refresh on, and then stay together.
 *
 * Each sleeper sleeps on the clock itself (so a test clock sees every waiter asleep), and the first of a tick's
 * sleeps to end wakes all of its sleepers in the same turn, ending the others' sleeps. @internal
 */
export class PollSchedule {
  readonly #clock: Clock;
  readonly #ticks = new Map<number, Set<Sleeper>>();

  /** @param clock - The clock the ticks run on. */
  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** Ticks now scheduled (for tests). */
  get ticks(): number[] {
    return [...this.#ticks.keys()].sort((a, b) => a - b);
  }

  /** The earliest tick scheduled in [`from`, `to`], if any: where a wait's first check can join others. */
  dueWithin(from: number, to: number): number | undefined {
    let due: number | undefined;
    for (const at of this.#ticks.keys()) if (at >= from && at <= to && (due === undefined || at < due)) due = at;
    return due;
  }

  /** The tick a wait with `window` would wake on: the earliest scheduled one inside it, or a new one at its target. */
  pick(window: WakeWindow): number {
    return this.dueWithin(window.earliest, window.latest) ?? Math.max(window.earliest, Math.min(window.target, window.latest));
  }

  /** Sleeps until the tick {@link pick} chooses; rejects with `signal.reason` on abort. Resolves with that tick. */
  sleep(window: WakeWindow, signal?: AbortSignal): Promise<number> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const at = this.pick(window);
    let sleepers = this.#ticks.get(at);
    if (!sleepers) {
      sleepers = new Set();
      this.#ticks.set(at, sleepers);
    }
    const own = sleepers;
    return new Promise<number>((resolve, reject) => {
      const controller = new AbortController();
      const sleeper: Sleeper = {
        resolve: () => resolve(at),
        controller,
        unsubscribe: onAbort(signal, (reason) => {
          own.delete(sleeper);
          if (own.size === 0 && this.#ticks.get(at) === own) this.#ticks.delete(at);
          controller.abort(reason);
          reject(reason);
        }),
      };
      own.add(sleeper);
      this.#clock.sleep(Math.max(0, at - this.#clock.now()), controller.signal).then(
        () => this.#fire(at),
        () => undefined, // woken with its tick by another sleeper, or aborted
      );
    });
  }

  /** Wakes every sleeper of `at` and of any earlier tick still pending. */
  #fire(at: number): void {
    for (const [tick, sleepers] of [...this.#ticks].sort(([a], [b]) => a - b)) {
      if (tick > at) break;
      this.#ticks.delete(tick);
      for (const sleeper of sleepers) {
        sleeper.unsubscribe();
        sleeper.controller.abort();
        sleeper.resolve();
      }
    }
  }
}
