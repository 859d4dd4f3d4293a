/**
 * The throttle governor end to end: real SDK clients against the emulator's token-bucket rate limits. The kit slows
 * down when the service throttles (its `rates` show the budget), sends nothing faster than that budget, and speeds up
 * again on success. Emulated time is frozen (`speed: 0`): the emulator's buckets refill only when the test advances
 * its clock, so which request is throttled is exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrationKit } from '../../src/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';

let emu: Emulator;
let kit: MigrationKit;

beforeAll(async () => {
  emu = await startEmulator({
    speed: 0,
    rateLimits: { DescribeImportTasks: { perSecond: 1, burst: 4 }, ListImports: { perSecond: 1, burst: 4 } },
  });
  // One SDK attempt per request, so every throttled answer reaches the engine.
  kit = new MigrationKit({ ...emu.clientConfig, maxAttempts: 1 });
});
afterAll(async () => {
  await emu.close();
});

/** Sends `n` one-page list calls of `service` one after the other; returns how many failed with throttling. */
async function sequential(service: 'discovery' | 'mgn', n: number): Promise<number> {
  let throttled = 0;
  for (let i = 0; i < n; i++) {
    try {
      if (service === 'discovery') await kit.discovery.importTasks().first();
      else await kit.mgn.imports().first();
    } catch (error) {
      if ((error as { name?: string }).name !== 'ThrottlingException') throw error;
      throttled++;
    }
  }
  return throttled;
}

describe.each([
  ['discovery', 'DescribeImportTasks'],
  ['mgn', 'ListImports'],
] as const)('%s against a rate limit of burst 4', (service, operation) => {
  it('slows down when throttled, and raises its budget again as requests succeed', async () => {
    const before = kit.stats();
    expect(before.rates[service]).toBeUndefined();
    // The burst of 4 passes; the 5th is throttled: the governor cuts its budget.
    const throttled = await sequential(service, 5);
    expect(throttled).toBe(1);
    expect(emu.rateLimits.throttledCount(operation)).toBe(1);
    const cut = kit.stats().rates[service];
    expect(cut).toBeDefined();
    expect(kit.stats().throttled - before.throttled).toBe(1);
    // The service recovers (its bucket refills); every request now succeeds, and the budget grows with them.
    emu.clock.advance(60_000);
    expect(await sequential(service, 3)).toBe(0);
    const raised = kit.stats().rates[service];
    expect(raised === undefined || raised > (cut ?? 0)).toBe(true);
    expect(emu.rateLimits.throttledCount(operation)).toBe(1);
  });
});
