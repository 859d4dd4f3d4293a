import type { Clock } from '../../src/core/index.js';

/** A clock whose sleeps return at once and move time forward; records every sleep. */
export class FakeClock implements Clock {
  /** Current fake time (epoch ms). */
  time = 0;
  /** Every sleep requested, in ms, in order. */
  readonly sleeps: number[] = [];
  /** Called at the start of each sleep (lets a test abort "during" a sleep). */
  onSleep: ((ms: number) => void) | undefined;

  now(): number {
    return this.time;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.onSleep?.(ms);
    if (signal?.aborted) throw signal.reason;
    this.time += ms;
  }
}
