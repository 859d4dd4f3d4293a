import { beforeAll, describe, expect, it } from 'vitest';
import { loadMigrationHubSdk } from '../../src/migration-hub/sdk.js';
import { rejectedFieldOf } from '../support/validation-error.js';
import { awsError, fakeHub, type FakeCall } from './fake-hub.js';
import { ManualClock, settle } from './manual-clock.js';

const STREAM = 'tool';

/** Notifications as `t+<seconds> STATUS percent detail`, relative to `start`. */
function timeline(calls: readonly FakeCall[], start: number): string[] {
  return calls
    .filter((c) => c.operation === 'NotifyMigrationTaskState')
    .map((c) => {
      const task = c.input['Task'] as { Status: string; ProgressPercent?: number; StatusDetail?: string };
      const at = ((c.input['UpdateDateTime'] as Date).getTime() - start) / 1000;
      return `t+${at} ${task.Status} ${task.ProgressPercent ?? '-'}${task.StatusDetail ? ` ${task.StatusDetail}` : ''}`;
    });
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('MigrationTask.track', () => {
  beforeAll(() => loadMigrationHubSdk()); // so the first call does not wait on module loading

  it('imports the task, then sends heartbeats every half of nextUpdateSeconds while the work runs', async () => {
    const clock = new ManualClock();
    const start = clock.now();
    const { hub, calls } = fakeHub(() => ({}), clock);
    const gate = deferred<string>();
    const done = hub.stream(STREAM).task('vm').track(() => gate.promise, { nextUpdateSeconds: 300, detail: 'starting' });
    await settle();
    expect(calls.map((c) => c.operation)).toEqual(['ImportMigrationTask', 'NotifyMigrationTaskState']);
    await clock.advance(149_000);
    expect(timeline(calls, start)).toEqual(['t+0 IN_PROGRESS 0 starting']);
    await clock.advance(1_000);
    await clock.advance(300_000);
    expect(timeline(calls, start)).toEqual([
      't+0 IN_PROGRESS 0 starting',
      't+150 IN_PROGRESS 0 starting',
      't+300 IN_PROGRESS 0 starting',
      't+450 IN_PROGRESS 0 starting',
    ]);
    expect(calls.filter((c) => c.operation === 'NotifyMigrationTaskState').every((c) => c.input['NextUpdateSeconds'] === 300)).toBe(true);
    gate.resolve('ok');
    await expect(done).resolves.toBe('ok');
    expect(timeline(calls, start).at(-1)).toBe('t+450 COMPLETED 100');
    expect(clock.sleepers).toBe(0);
  });

  it('counts the next heartbeat from the last report and repeats the last percent and detail', async () => {
    const clock = new ManualClock();
    const start = clock.now();
    const { hub, calls } = fakeHub(() => ({}), clock);
    const gate = deferred<void>();
    const done = hub
      .migrationTask(STREAM, 'vm')
      .track(async (report) => {
        await clock.sleep(100_000);
        await report(40, 'copying disk 2');
        await gate.promise;
      }, { nextUpdateSeconds: 60 });
    await settle();
    await clock.advance(100_000);
    await clock.advance(100_000);
    gate.resolve();
    await done;
    expect(timeline(calls, start)).toEqual([
      't+0 IN_PROGRESS 0',
      't+30 IN_PROGRESS 0',
      't+60 IN_PROGRESS 0',
      't+90 IN_PROGRESS 0',
      't+100 IN_PROGRESS 40 copying disk 2',
      't+130 IN_PROGRESS 40 copying disk 2',
      't+160 IN_PROGRESS 40 copying disk 2',
      't+190 IN_PROGRESS 40 copying disk 2',
      't+200 COMPLETED 100',
    ]);
  });

  it('honours heartbeatMs, which must be shorter than nextUpdateSeconds', async () => {
    const clock = new ManualClock();
    const start = clock.now();
    const { hub, calls } = fakeHub(() => ({}), clock);
    const gate = deferred<void>();
    const done = hub.migrationTask(STREAM, 'vm').track(() => gate.promise, { nextUpdateSeconds: 60, heartbeatMs: 50_000 });
    await settle();
    await clock.advance(100_000);
    gate.resolve();
    await done;
    expect(timeline(calls, start)).toEqual(['t+0 IN_PROGRESS 0', 't+50 IN_PROGRESS 0', 't+100 IN_PROGRESS 0', 't+100 COMPLETED 100']);
    const task = hub.migrationTask(STREAM, 'vm');
    await expect(task.track(async () => 1, { nextUpdateSeconds: 60, heartbeatMs: 60_000 })).rejects.toMatchObject({ name: 'ValidationError', field: 'heartbeatMs' });
    await expect(task.track(async () => 1, { nextUpdateSeconds: 0 })).rejects.toMatchObject({ field: 'nextUpdateSeconds' });
  });

  it('marks the task FAILED with the error message and rethrows the very same error', async () => {
    const clock = new ManualClock();
    const { hub, calls } = fakeHub(() => ({}), clock);
    const error = new TypeError('replication agent lost\r\nat host 10.0.0.5');
    const outcome = await hub
      .migrationTask(STREAM, 'vm')
      .track(async (report) => {
        await report(70);
        throw error;
      })
      .catch((e: unknown) => e);
    expect(outcome).toBe(error);
    expect(timeline(calls, clock.now()).at(-1)).toBe('t+0 FAILED 70 replication agent lost at host 10.0.0.5');
    expect(clock.sleepers).toBe(0);
  });

  it('fails the task when report() is given an invalid percent', async () => {
    const { hub, calls } = fakeHub(() => ({}), new ManualClock());
    expect(await rejectedFieldOf(() => hub.migrationTask(STREAM, 'vm').track((report) => report(101)))).toBe('percent');
    expect(timeline(calls, 0).at(-1)).toMatch(/FAILED 0 percent: must be between 0 and 100/);
  });

  it('reports a failed heartbeat to onNotifyError and tries again at the next one', async () => {
    const clock = new ManualClock();
    const start = clock.now();
    let failNext = false;
    const { hub, calls } = fakeHub((operation) => {
      if (operation === 'NotifyMigrationTaskState' && failNext) {
        failNext = false;
        // As the SDK answers once its own attempts are spent, so the engine does not try again.
        throw Object.assign(awsError('ServiceUnavailableException', 'try later', 503), { $metadata: { httpStatusCode: 503, attempts: 3 } });
      }
      return {};
    }, clock);
    const errors: unknown[] = [];
    const gate = deferred<void>();
    const done = hub.migrationTask(STREAM, 'vm').track(() => gate.promise, { nextUpdateSeconds: 60, onNotifyError: (e) => errors.push(e) });
    await settle();
    failNext = true;
    await clock.advance(60_000);
    gate.resolve();
    await done;
    expect(errors).toMatchObject([{ name: 'ServiceUnavailableException' }]);
    expect(calls.filter((c) => c.operation === 'NotifyMigrationTaskState')).toHaveLength(4); // start, failed, retried, COMPLETED
    expect(timeline(calls, start)).toContain('t+60 IN_PROGRESS 0');
  });

  it('still rethrows the work error when the FAILED notification cannot be sent', async () => {
    const { hub } = fakeHub((operation, input) => {
      if (operation === 'NotifyMigrationTaskState' && (input['Task'] as { Status: string }).Status === 'FAILED') throw awsError('AccessDeniedException');
      return {};
    }, new ManualClock());
    const errors: unknown[] = [];
    const work = new Error('boom');
    const outcome = await hub
      .migrationTask(STREAM, 'vm')
      .track(() => Promise.reject(work), { onNotifyError: (e) => errors.push(e) })
      .catch((e: unknown) => e);
    expect(outcome).toBe(work);
    expect(errors).toMatchObject([{ name: 'AccessDeniedException' }]);
  });

  it('sends notifications one at a time, so a heartbeat never overtakes a newer report', async () => {
    const clock = new ManualClock();
    const pending: (() => void)[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const { hub, calls } = fakeHub(async (operation) => {
      if (operation !== 'NotifyMigrationTaskState') return {};
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise<void>((resolve) => pending.push(resolve));
      inFlight--;
      return {};
    }, clock);
    const releaseOne = async (): Promise<void> => {
      pending.shift()?.();
      await settle();
    };
    const gate = deferred<void>();
    const done = hub.migrationTask(STREAM, 'vm').track(async (report) => {
      await report(10);
      void report(20);
      await gate.promise;
    }, { nextUpdateSeconds: 2 });
    await settle();
    await releaseOne(); // the first IN_PROGRESS
    await releaseOne(); // report(10); report(20) is now in flight
    expect(pending).toHaveLength(1);
    await clock.advance(1_000); // a heartbeat falls due while report(20) is still in flight
    while (pending.length > 0) await releaseOne();
    gate.resolve();
    await settle();
    while (pending.length > 0) await releaseOne();
    await done;
    expect(maxInFlight).toBe(1);
    const percents = calls.filter((c) => c.operation === 'NotifyMigrationTaskState').map((c) => (c.input['Task'] as { ProgressPercent?: number }).ProgressPercent);
    expect(percents.slice(0, 3)).toEqual([0, 10, 20]);
    expect(percents.slice(3, -1).every((p) => p === 20)).toBe(true);
  });

  it('stops heartbeats when its signal aborts', async () => {
    const clock = new ManualClock();
    const { hub, calls } = fakeHub(() => ({}), clock);
    const controller = new AbortController();
    const gate = deferred<void>();
    const done = hub.migrationTask(STREAM, 'vm').track(() => gate.promise, { nextUpdateSeconds: 60, signal: controller.signal });
    await settle();
    controller.abort(new Error('shutting down'));
    await settle();
    expect(clock.sleepers).toBe(0);
    const sent = calls.length;
    await clock.advance(120_000);
    expect(calls.length).toBe(sent);
    gate.resolve();
    await expect(done).rejects.toThrow('shutting down'); // COMPLETED cannot be sent on an aborted signal
    expect(calls.every((c) => c.abortSignal instanceof AbortSignal && c.abortSignal !== controller.signal)).toBe(true);
  });
});
