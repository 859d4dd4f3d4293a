import { describe, expect, it } from 'vitest';
import { PollSchedule, RequestEngine, pollUntilDone, type PollSpec } from '../../src/core/index.js';
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
