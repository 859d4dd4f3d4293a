import type { Clock } from '../core/clock.js';

/**
 * The emulator's clock. Resources move through their statuses as this clock advances: in real time scaled by
 * `speed`, plus whatever `advance()` adds. With `speed: 0` time only moves when a test calls `advance()`.
 */
export class EmulatorClock {
  readonly #startReal = Date.now();
  #offsetMs = 0;
  #speed: number;

  /** @internal */
  constructor(speed = 1) {
    this.#speed = checkSpeed(speed);
  }

  /** Emulated time, in epoch milliseconds. */
  now(): number {
    return this.#startReal + (Date.now() - this.#startReal) * this.#speed + this.#offsetMs;
  }

  /** Moves emulated time forward by `ms`. */
  advance(ms: number): void {
    if (!(Number.isFinite(ms) && ms >= 0)) throw new RangeError(`advance(ms): ms must be a finite number ≥ 0, got ${ms}`);
    this.#offsetMs += ms;
  }

  /** @internal Sets emulated time to `ms` (loading saved state), keeping the speed. */
  setNow(ms: number): void {
    this.#offsetMs += ms - this.now();
  }

  /**
   * A clock for waits (`waitUntilComplete({ clock })`, `track(..., { clock })`) that runs on emulated time: each
   * sleep advances this clock at once instead of waiting, so a 30-minute wait finishes in milliseconds of real time.
   * Use it with `speed: 0` for deterministic tests.
   */
  toWaitClock(): Clock {
    return {
      now: () => this.now(),
      sleep: async (ms, signal) => {
        if (signal?.aborted) throw signal.reason;
        this.advance(ms);
        // Yield to the event loop so requests in flight and abort listeners get their turn.
        await new Promise((resolve) => setImmediate(resolve));
        if (signal?.aborted) throw signal.reason;
      },
    };
  }

  /** How many emulated milliseconds pass per real millisecond. */
  get speed(): number {
    return this.#speed;
  }

  /** Changes the speed from now on, keeping the current emulated time. */
  set speed(value: number) {
    const now = this.now();
    this.#speed = checkSpeed(value);
    this.#offsetMs += now - this.now();
  }
}

function checkSpeed(speed: number): number {
  if (!(Number.isFinite(speed) && speed >= 0)) throw new RangeError(`speed must be a finite number ≥ 0, got ${speed}`);
  return speed;
}
