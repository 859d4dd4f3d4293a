import { describe, expect, it } from 'vitest';
import { PollSchedule, RequestEngine, WaitTimeoutError, pollUntilDone, type PollSpec } from '../../src/core/index.js';
import { ManualClock } from '../migration-hub/manual-clock.js';

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('PollSchedule', () => {
  it('joins the earliest tick already scheduled inside the window, else makes its own choice a tick', () => {
    const clock = new ManualClock(0);
    const schedule = new PollSchedule(clock);
    void schedule.sleep({ earliest: 1_000, latest: 4_000, target: 3_000 });
    void schedule.sleep({ earliest: 2_000, latest: 2_500, target: 2_200 });
    expect(schedule.ticks).toEqual([2_200, 3_000]);
    // Both ticks fit [1 500, 5 000]; the earlier one wins.
    expect(schedule.pick({ earliest: 1_500, latest: 5_000, target: 4_800 })).toBe(2_200);
    // Neither fits [3 100, 3 900]: a new tick at the wait's own target.
    expect(schedule.pick({ earliest: 3_100, latest: 3_900, target: 3_500 })).toBe(3_500);
  });

  it('wakes every sleeper of a tick in the same turn, once, and forgets the tick', async () => {
    const clock = new ManualClock(0);
    const schedule = new PollSchedule(clock);
    const woken: number[] = [];
    const sleeps = [0, 1, 2].map((i) => schedule.sleep({ earliest: 1_000, latest: 2_000, target: 1_500 + i * 100 }).then((at) => woken.push(at)));
    expect(schedule.ticks).toEqual([1_500]);
    expect(clock.sleepers).toBe(3); // a test clock sees every waiter asleep
    await clock.advance(1_500);
    await Promise.all(sleeps);
    expect(woken).toEqual([1_500, 1_500, 1_500]);
    expect(schedule.ticks).toEqual([]);
    expect(clock.sleepers).toBe(0);
  });

  it('rejects an aborted sleeper with its reason and leaves the others asleep', async () => {
    const clock = new ManualClock(0);
    const schedule = new PollSchedule(clock);
    const controller = new AbortController();
    const reason = new Error('stop');
    const aborted = schedule.sleep({ earliest: 1_000, latest: 1_000, target: 1_000 }, controller.signal);
    const kept = schedule.sleep({ earliest: 1_000, latest: 1_000, target: 1_000 });
    controller.abort(reason);
    await expect(aborted).rejects.toBe(reason);
    expect(clock.sleepers).toBe(1);
    await clock.advance(1_000);
    await expect(kept).resolves.toBe(1_000);
  });
});

/** A resource that finishes at `doneAt` on `clock`; records the instants it was observed. */
function resource(clock: ManualClock, doneAt: number): PollSpec<{ done: boolean }> & { seen: number[] } {
  const seen: number[] = [];
  return {
    seen,
    observe: async () => {
      seen.push(clock.now());
      return { done: clock.now() >= doneAt };
    },
    isDone: (s) => s.done,
    changeKey: (s) => String(s.done),
  };
}

describe('independent waits on one engine', () => {
  it('start apart, converge on shared ticks, and each keeps its own backoff window', async () => {
    const clock = new ManualClock(0);
    const engine = new RequestEngine({ clock });
    const specs = [0, 300, 700].map(() => resource(clock, 60_000));
    let n = 0;
    const random = (): number => [0.9, 0.1, 0.5][n++ % 3] ?? 0.5;
    const waits: Promise<unknown>[] = [];
    for (const [i, start] of [0, 300, 700].entries()) {
      if (start > clock.now()) await clock.advance(start - clock.now());
      waits.push(pollUntilDone(specs[i] as PollSpec<{ done: boolean }>, { clock, minDelayMs: 1_000, maxDelayMs: 8_000, random }, engine));
      await settle();
    }
    await clock.advance(70_000);
    await Promise.all(waits);
    const [a, b, c] = specs.map((s) => s.seen);
    // After the first two polls, every observation falls on a tick the three share.
    expect(b?.slice(3)).toEqual(a?.slice(3));
    expect(c?.slice(3)).toEqual(a?.slice(3));
    // Each delay stays within its wait's window: at least minDelayMs, at most the cap.
    for (const seen of specs.map((s) => s.seen)) {
      const gaps = seen.slice(1).map((t, i) => t - (seen[i] ?? 0));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_000);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(8_000);
    }
  });
});

describe('waits started at different moments', () => {
  it("have their first check join a tick of the engine's other waits due within minDelayMs, else check at once", async () => {
    const clock = new ManualClock(0);
    const engine = new RequestEngine({ clock });
    const options = { clock, minDelayMs: 1_000, maxDelayMs: 1_000 };
    const first = resource(clock, 60_000);
    const joining = resource(clock, 60_000);
    const quick = resource(clock, 60_000);
    const elsewhere = resource(clock, 60_000);
    // Each wait times out at 5 000 while the clock advances: handled from the start, so no rejection goes unhandled.
    const handled = (wait: Promise<unknown>): Promise<unknown> => wait.catch((error: unknown) => error);
    const waits = [handled(pollUntilDone(first, { ...options, timeoutMs: 5_000 }, engine))];
    await settle();
    await clock.advance(300);
    waits.push(
      handled(pollUntilDone(joining, { ...options, timeoutMs: 5_000 }, engine)),
      // Its minimum delay ends before the tick at 1 000: nothing to join in time, so it checks at once.
      handled(pollUntilDone(quick, { ...options, minDelayMs: 500, maxDelayMs: 500, timeoutMs: 5_000 }, engine)),
      // Another engine's schedule is not shared.
      handled(pollUntilDone(elsewhere, { ...options, timeoutMs: 5_000 }, new RequestEngine({ clock }))),
    );
    await settle();
    await clock.advance(5_000);
    expect((await Promise.all(waits)).every((outcome) => outcome instanceof WaitTimeoutError)).toBe(true);
    expect(first.seen.slice(0, 2)).toEqual([0, 1_000]);
    expect(joining.seen[0]).toBe(1_000);
    expect(quick.seen[0]).toBe(300);
    expect(elsewhere.seen[0]).toBe(300);
  });

  it('started 25 ms apart, share ticks from their first refresh on, each within its own backoff', async () => {
    const clock = new ManualClock(0);
    const engine = new RequestEngine({ clock });
    let seed = 7;
    const random = (): number => ((seed = (seed * 16_807) % 2_147_483_647) - 1) / 2_147_483_646;
    const specs = Array.from({ length: 50 }, () => resource(clock, 30_000));
    const waits: Promise<unknown>[] = [];
    for (const spec of specs) {
      waits.push(pollUntilDone(spec, { clock, minDelayMs: 1_000, maxDelayMs: 8_000, random }, engine));
      await settle();
      await clock.advance(25);
    }
    await clock.advance(60_000);
    await Promise.all(waits);
    const instants = new Set(specs.flatMap((s) => s.seen));
    const alone = specs[0]?.seen.length ?? 0;
    // Unshared, each wait's first check and first retry would each be an instant of its own: over 100.
    expect(instants.size).toBeLessThanOrEqual(2 * alone);
    // After the first, no wait's first check goes out alone: each joins a tick that other waits observe too.
    specs.forEach((spec, i) => {
      if (i === 0) return;
      const others = new Set(specs.filter((_, j) => j !== i).flatMap((s) => s.seen));
      expect(others.has(spec.seen[0] ?? -1)).toBe(true);
    });
    expect(specs.slice(1, 40).map((s) => s.seen[0])).toEqual(Array(39).fill(1_000)); // those started before it
    for (const seen of specs.map((s) => s.seen)) {
      const gaps = seen.slice(1).map((t, i) => t - (seen[i] ?? 0));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_000);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(8_000);
      expect(seen.at(-1)).toBeGreaterThanOrEqual(30_000);
      expect((seen.at(-1) ?? 0) - 30_000).toBeLessThan(8_000); // completion noticed within one maximum delay
    }
  });
});
