import { describe, expect, it } from 'vitest';
import { RequestEngine, WaitTimeoutError, pollUntilDone, type PollSpec } from '../../src/core/index.js';
import { ManualClock, settle } from '../migration-hub/manual-clock.js';

interface Snap {
  readonly state: string;
  readonly at: number;
}

/** A resource that never finishes; records the instants it was observed. */
function endless(clock: ManualClock): PollSpec<Snap> & { seen: number[] } {
  const seen: number[] = [];
  return {
    seen,
    observe: async () => {
      seen.push(clock.now());
      return { state: 'running', at: clock.now() };
    },
    isDone: () => false,
    changeKey: (s) => s.state,
  };
}

describe('a wait on an injected clock', () => {
  it('rejects with WaitTimeoutError at the deadline while sleeping a backoff far longer than timeoutMs', async () => {
    const clock = new ManualClock(0);
    const engine = new RequestEngine({ clock });
    const spec = endless(clock);
    let error: unknown;
    const wait = pollUntilDone(spec, { clock, timeoutMs: 1_000, minDelayMs: 60_000, maxDelayMs: 120_000 }, engine).catch((e: unknown) => (error = e));
    await settle();
    expect(spec.seen).toEqual([0]); // the first check goes out at once
    await clock.advance(999);
    expect(error).toBeUndefined();
    await clock.advance(1);
    await wait;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).lastSnapshot).toEqual({ state: 'running', at: 0 });
    expect(spec.seen).toEqual([0]); // nothing is sent at the deadline itself
    expect(clock.now()).toBe(1_000);
    expect(clock.sleepers).toBe(0);
  });

  it('shortens only the sleep that would cross the deadline', async () => {
    const clock = new ManualClock(0);
    const engine = new RequestEngine({ clock });
    const spec = endless(clock);
    let error: unknown;
    const wait = pollUntilDone(spec, { clock, timeoutMs: 2_500, minDelayMs: 1_000, maxDelayMs: 1_000 }, engine).catch((e: unknown) => (error = e));
    await settle();
    await clock.advance(2_499);
    expect(error).toBeUndefined();
    await clock.advance(1);
    await wait;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(spec.seen).toEqual([0, 1_000, 2_000]);
  });
});
