/**
 * The throttle governor end to end: real SDK clients against the emulator's token-bucket rate limits, for the
 * operations each service's waits and lists poll. The kit slows down when the service throttles (its `rates` show the
 * budget), sends nothing faster than that budget, and speeds up again on success. Emulated time is frozen
 * (`speed: 0`): the emulator's buckets refill only when the test advances its clock, so which request is throttled is
 * exact. Each case has a kit of its own, so it starts with an unlimited budget.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrationKit } from '../../src/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';

let emu: Emulator;

const limited = { perSecond: 1, burst: 4 };

beforeAll(async () => {
  emu = await startEmulator({
    speed: 0,
    rateLimits: {
      DescribeImportTasks: limited,
      ListImports: limited,
      DescribeMigrationTask: limited,
      ListMigrationTasks: limited,
      DescribeReplicationTaskAssessmentRuns: limited,
    },
  });
  const setup = new MigrationKit({ ...emu.clientConfig });
  await setup.hub.stream('governor').create();
  await setup.hub.stream('governor').task('app-server-01').import();
});
afterAll(async () => {
  await emu.close();
});

type Client = 'discovery' | 'mgn' | 'hub' | 'dms';

/** One request of `operation` as the kit sends it when a wait or a list polls. */
const calls: Record<string, (kit: MigrationKit) => Promise<unknown>> = {
  DescribeImportTasks: (kit) => kit.discovery.importTasks().first(),
  ListImports: (kit) => kit.mgn.imports().first(),
  DescribeMigrationTask: (kit) => kit.hub.migrationTask('governor', 'app-server-01').refresh(),
  ListMigrationTasks: (kit) => kit.hub.migrationTasks().first(),
  DescribeReplicationTaskAssessmentRuns: (kit) => kit.dms.assessmentRuns().first(),
};

/** Sends `n` requests of `operation` one after the other; returns how many failed with throttling. */
async function sequential(kit: MigrationKit, operation: string, n: number): Promise<number> {
  const call = calls[operation];
  if (!call) throw new Error(`no call for ${operation}`);
  let throttled = 0;
  for (let i = 0; i < n; i++) {
    try {
      await call(kit);
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
  ['hub', 'DescribeMigrationTask'],
  ['hub', 'ListMigrationTasks'],
  ['dms', 'DescribeReplicationTaskAssessmentRuns'],
] as const satisfies readonly (readonly [Client, string])[])('%s %s against a rate limit of burst 4', (client, operation) => {
  it('slows down when throttled, and raises its budget again as requests succeed', async () => {
    // One SDK attempt per request, so every throttled answer reaches the engine.
    const kit = new MigrationKit({ ...emu.clientConfig, maxAttempts: 1 });
    emu.clock.advance(60_000); // every bucket full again
    const throttledBefore = emu.rateLimits.throttledCount(operation);
    expect(kit.stats().rates[client]).toBeUndefined();
    // The burst of 4 passes; the 5th is throttled: the governor cuts its budget.
    expect(await sequential(kit, operation, 5)).toBe(1);
    expect(emu.rateLimits.throttledCount(operation) - throttledBefore).toBe(1);
    const cut = kit.stats().rates[client];
    expect(cut).toBeDefined();
    expect(kit.stats().throttled).toBe(1);
    expect(kit.stats().requests).toBe(5);
    // The service recovers (its bucket refills); every request now succeeds, and the budget grows with them.
    emu.clock.advance(60_000);
    expect(await sequential(kit, operation, 3)).toBe(0);
    const raised = kit.stats().rates[client];
    expect(raised === undefined || raised > (cut ?? 0)).toBe(true);
    expect(emu.rateLimits.throttledCount(operation) - throttledBefore).toBe(1);
    expect(kit.stats()).toMatchObject({ requests: 8, throttled: 1, retries: 0 });
  });
});
