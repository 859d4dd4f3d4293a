import { describe, expect, it } from 'vitest';
import { Governor } from '../../src/core/index.js';
import { ManualClock } from '../migration-hub/manual-clock.js';

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

/** Sends `n` requests through `governor` as fast as it allows, the first `throttled` of them answered as throttled. */
async function burst(governor: Governor, clock: ManualClock, n: number, throttled = 0): Promise<void> {
  for (let i = 0; i < n; i++) {
    await governor.acquire('background', clock);
    governor.record(clock, { throttled: i < throttled });
  }
}

describe('Governor', () => {
  it('is unlimited until the service throttles', async () => {
    const clock = new ManualClock(0);
    const governor = new Governor();
    await burst(governor, clock, 50);
    expect(governor.rate).toBeUndefined();
    expect(clock.sleepers).toBe(0);
  });

  it('cuts to 0.7x the measured rate on throttling, once per second however many answers say so', async () => {
    const clock = new ManualClock(0);
    const governor = new Governor();
    await burst(governor, clock, 20);
    expect(governor.record(clock, { throttled: true })).toBe('slowed');
    expect(governor.rate).toBeCloseTo(14, 5); // 20 sent in the last second
    expect(governor.record(clock, { throttled: true })).toBe('same');
    expect(governor.rate).toBeCloseTo(14, 5);
    await clock.advance(1_000);
    expect(governor.record(clock, { throttled: true })).toBe('slowed');
    expect(governor.rate).toBeCloseTo(9.8, 5); // nothing sent since: the budget is the base
  });

  it('spaces requests at its rate once limited, and raises it additively on success', async () => {
    const clock = new ManualClock(0);
    const governor = new Governor();
    await burst(governor, clock, 10);
    governor.record(clock, { throttled: true }); // rate 7/s, bucket of 7 tokens, now empty
    const granted: number[] = [];
    const all = Array.from({ length: 7 }, () => governor.acquire('background', clock).then(() => granted.push(clock.now())));
    await clock.advance(900);
    expect(granted.length).toBeLessThan(7); // 7/s: not all of them within 0.9 s
    await clock.advance(200);
    await Promise.all(all);
    expect(granted).toHaveLength(7);
    const gaps = granted.slice(1).map((t, i) => t - (granted[i] ?? 0));
    expect(Math.min(granted[0] ?? 0, ...gaps)).toBeGreaterThanOrEqual(142); // one token per 1/7 s
    const before = governor.rate ?? 0;
    for (let i = 0; i < 14; i++) governor.record(clock, { throttled: false });
    expect(governor.rate).toBeCloseTo(before + 1, 0); // +0.5/rate per success: about +1/s after 2 s of successes
  });

  it('switches the bucket off again once the rate has recovered well past the cut', () => {
    const clock = new ManualClock(0);
    const governor = new Governor();
    governor.record(clock, { throttled: true }); // nothing measured: the floor, 0.5/s
    expect(governor.rate).toBe(0.5);
    let successes = 0;
    while (governor.rate !== undefined && successes < 1_000) {
      governor.record(clock, { throttled: false });
      successes++;
    }
    expect(governor.rate).toBeUndefined();
    expect(successes).toBeGreaterThan(1);
  });

  it('pauses every sender until a retry-after hint has passed', async () => {
    const clock = new ManualClock(0);
    const governor = new Governor();
    governor.record(clock, { throttled: false, retryAfterMs: 2_000 });
    let granted = -1;
    const next = governor.acquire('background', clock).then(() => (granted = clock.now()));
    await clock.advance(1_999);
    expect(granted).toBe(-1);
    await clock.advance(1);
    await next;
    expect(granted).toBe(2_000);
  });

  it("serves a user's queued call before the background ones queued earlier", async () => {
    const clock = new ManualClock(0);
    const governor = new Governor();
    governor.record(clock, { throttled: false, retryAfterMs: 1_000 });
    const order: string[] = [];
    const waits = [
      governor.acquire('background', clock).then(() => order.push('wait-1')),
      governor.acquire('background', clock).then(() => order.push('wait-2')),
      governor.acquire('user', clock).then(() => order.push('refresh')),
    ];
    await clock.advance(1_000);
    await Promise.all(waits);
    expect(order[0]).toBe('refresh');
  });

  it('drops an aborted caller from the queue at once, rejecting with its reason', async () => {
    const clock = new ManualClock(0);
    const governor = new Governor();
    governor.record(clock, { throttled: false, retryAfterMs: 1_000 });
    const controller = new AbortController();
    const reason = new Error('stop');
    const aborted = governor.acquire('background', clock, controller.signal);
    controller.abort(reason);
    await expect(aborted).rejects.toBe(reason);
    await settle();
  });
});
