import { beforeAll, describe, expect, it } from 'vitest';
import { loadMigrationHubSdk } from '../../src/migration-hub/sdk.js';
import { StaleTaskError } from '../../src/migration-hub/index.js';
import { FakeClock } from '../support/fake-clock.js';
import { fakeHub } from './fake-hub.js';

const T0 = Date.UTC(2024, 5, 1, 12, 0, 0);

/** DescribeMigrationTask answers: the task as last notified at `updatedAt`. */
function describeAs(status: string, updatedAt: number, percent?: number) {
  return {
    MigrationTask: {
      ProgressUpdateStream: 'tool',
      MigrationTaskName: 'vm',
      Task: { Status: status, ...(percent === undefined ? {} : { ProgressPercent: percent }) },
      UpdateDateTime: new Date(updatedAt),
    },
  };
}

describe('staleness', () => {
  beforeAll(() => loadMigrationHubSdk());

  it('is overdue strictly after updatedAt + nextUpdateSeconds, and never for a finished task', async () => {
    const clock = new FakeClock();
    clock.time = T0 + 60_000;
    let status = 'IN_PROGRESS';
    const { hub } = fakeHub(() => describeAs(status, T0), clock);
    const task = await hub.migrationTask('tool', 'vm', { nextUpdateSeconds: 60 }).refresh();
    expect(task.nextUpdateDueAt).toEqual(new Date(T0 + 60_000));
    expect(task.stale).toBe(false); // exactly due: not yet overdue
    expect(task.isStaleAt(T0 + 60_001)).toBe(true);
    expect(task.isStaleAt(new Date(T0 + 59_999))).toBe(false);
    clock.time = T0 + 60_001;
    expect(task.stale).toBe(false); // a getter never re-reads the clock: the snapshot is what counts
    await task.refresh();
    expect(task.stale).toBe(true);
    expect(String(task)).toBe('MigrationTask(tool/vm: IN_PROGRESS stale)');
    status = 'COMPLETED';
    await task.refresh();
    expect(task.stale).toBe(false);
    expect(task.isStaleAt(T0 + 10 * 60_000)).toBe(false);
  });

  it('cannot judge staleness without the promised interval', async () => {
    const clock = new FakeClock();
    clock.time = T0 + 3_600_000;
    const { hub } = fakeHub(() => describeAs('IN_PROGRESS', T0), clock);
    const task = await hub.migrationTask('tool', 'vm').refresh();
    expect(task.nextUpdateSeconds).toBeUndefined();
    expect(task.nextUpdateDueAt).toBeUndefined();
    expect(task.stale).toBeUndefined(); // unknown, not "fresh"
    expect(task.isStaleAt(T0 + 7_200_000)).toBeUndefined();
    expect(String(task)).toBe('MigrationTask(tool/vm: IN_PROGRESS)');
  });

  it('learns the interval from its own notify', async () => {
    const clock = new FakeClock();
    clock.time = T0;
    const { hub } = fakeHub(() => ({}), clock);
    const task = await hub.migrationTask('tool', 'vm').notify({ status: 'IN_PROGRESS', progressPercent: 5, nextUpdateSeconds: 120 });
    expect(task).toMatchObject({ nextUpdateSeconds: 120, progressPercent: 5, updatedAt: new Date(T0), stale: false });
    expect(task.nextUpdateDueAt).toEqual(new Date(T0 + 120_000));
  });

  it('judges staleness on the waiter clock, reports it as a change, and fails the wait when asked', async () => {
    const facadeClock = new FakeClock();
    facadeClock.time = T0; // never moves: staleness must come from the waiter's clock
    const { hub, calls } = fakeHub(() => describeAs('IN_PROGRESS', T0, 50), facadeClock);
    const waiter = new FakeClock();
    waiter.time = T0;
    const seen: string[] = [];
    const error = await hub
      .migrationTask('tool', 'vm', { nextUpdateSeconds: 60 })
      .waitUntilComplete({
        clock: waiter,
        minDelayMs: 25_000,
        maxDelayMs: 25_000,
        failWhenStale: true,
        onProgress: (t) => seen.push(`${t.progressPercent}${t.stale ? ' stale' : ''}@${(t.observedAt?.getTime() ?? 0) - T0}`),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleTaskError);
    expect(seen).toEqual(['50@0', '50 stale@75000']);
    expect(calls.filter((c) => c.operation === 'DescribeMigrationTask')).toHaveLength(4); // 0, 25, 50, 75 s
    expect((error as StaleTaskError).message).toContain('tool/vm');
    expect((error as StaleTaskError).dueAt).toEqual(new Date(T0 + 60_000));
  });

  it('yields the stale transition from watch() and goes on watching', async () => {
    const clock = new FakeClock();
    clock.time = T0;
    let describes = 0;
    const { hub } = fakeHub(() => {
      describes++;
      if (describes <= 3) return describeAs('IN_PROGRESS', T0, 10);
      return describeAs('COMPLETED', clock.time, 100);
    }, clock);
    const seen: string[] = [];
    for await (const t of hub.migrationTask('tool', 'vm', { nextUpdateSeconds: 30 }).watch({ clock, minDelayMs: 20_000, maxDelayMs: 20_000 })) {
      seen.push(`${t.status.raw}${t.stale ? ' stale' : ''}`);
    }
    expect(seen).toEqual(['IN_PROGRESS', 'IN_PROGRESS stale', 'COMPLETED']);
  });

  it('waitUntilSucceeded accepts failWhenStale too', async () => {
    const clock = new FakeClock();
    clock.time = T0 + 120_000;
    const { hub } = fakeHub(() => describeAs('IN_PROGRESS', T0), clock);
    await expect(hub.migrationTask('tool', 'vm', { nextUpdateSeconds: 60 }).waitUntilSucceeded({ failWhenStale: true })).rejects.toBeInstanceOf(StaleTaskError);
  });
});
