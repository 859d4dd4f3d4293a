import type { Clock } from '../core/index.js';

/**
 * Which clock stamps a task's observations: the waiter's clock while a wait or watch runs on the handle, the
 * facade's otherwise. Staleness is judged on it, so a test's fake waiter clock drives staleness too. @internal
 */
export class ObservationClock {
  readonly #fallback: Clock;
  readonly #active: Clock[] = [];

  /** @param fallback - The facade's clock. */
  constructor(fallback: Clock) {
    this.#fallback = fallback;
  }

  /** Now, on the innermost active waiter's clock, or the fallback. */
  now(): number {
    return (this.#active.at(-1) ?? this.#fallback).now();
  }

  /** Runs `fn` with `clock` active. */
  async during<T>(clock: Clock, fn: () => Promise<T>): Promise<T> {
    this.#active.push(clock);
    try {
      return await fn();
    } finally {
      this.#active.splice(this.#active.lastIndexOf(clock), 1);
    }
  }

  /** Wraps `iterable` so `clock` is active while it is being iterated. */
  iterate<T>(clock: Clock, iterable: AsyncIterable<T>): AsyncIterable<T> {
    const active = this.#active;
    return {
      async *[Symbol.asyncIterator]() {
        active.push(clock);
        try {
          yield* iterable;
        } finally {
          active.splice(active.lastIndexOf(clock), 1);
        }
      },
    };
  }
}
