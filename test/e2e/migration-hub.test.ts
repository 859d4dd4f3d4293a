import { MigrationHubClient } from '@aws-sdk/client-migration-hub';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HomeRegionNotSetError, TaskFailedError } from '../../src/core/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { MigrationHubService, StaleTaskError, type MigrationTask } from '../../src/migration-hub/index.js';
import { FakeClock } from '../support/fake-clock.js';
import { checkExchangesAgainstModel } from '../support/exchange-check.js';
import { rejectedFieldOf } from '../support/validation-error.js';
import { fastRetry } from '../migration-hub/fast-retry.js';
import { ManualClock } from '../migration-hub/manual-clock.js';

let emu: Emulator;
let wireProblems: string[];
let clock: ManualClock;
let hub: MigrationHubService;

function newHub(options: { maxAttempts?: number } = {}): MigrationHubService {
  const client = new MigrationHubClient({ ...emu.clientConfig, retryStrategy: fastRetry(options.maxAttempts ?? 3) });
  return new MigrationHubService({ client, clock });
}

/** A fresh library clock at the emulator's time, both on a whole second (the wire carries whole seconds). */
function syncedClock(): ManualClock {
  const start = Math.ceil(emu.clock.now() / 1000) * 1000 + 1000;
  emu.clock.advance(start - emu.clock.now());
  return new ManualClock(start);
}

/** Moves the library's clock and the emulator's together. */
async function advance(ms: number): Promise<void> {
  emu.clock.advance(ms);
  await clock.advance(ms);
}

const notifications = (task: string): Record<string, unknown>[] =>
  emu.requests.filter((r) => r.operation === 'NotifyMigrationTaskState' && r.status === 200 && r.input['MigrationTaskName'] === task).map((r) => r.input);

beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
  // The requests the emulator refused as invalid are sent so on purpose.
  wireProblems = checkExchangesAgainstModel(emu, 'migration-hub', { inputUncheckedOn: ['InvalidInputException'] }).problems;
});
afterAll(async () => {
  await emu.close();
});
afterEach(() => {
  expect(wireProblems.splice(0)).toEqual([]);
  emu.faults.clear();
  emu.hub.deny([]);
});

describe('progress update streams', () => {
  beforeAll(() => {
    clock = syncedClock();
    hub = newHub();
  });

  it('creates a stream idempotently and lists streams across pages', async () => {
    const names = ['tool-a', 'tool-b', 'tool-c', 'tool-d', 'tool-e'];
    for (const name of names) await hub.stream(name).create();
    await hub.stream('tool-a').create(); // again: fine
    const before = emu.requestCount('ListProgressUpdateStreams');
    const pages: string[][] = [];
    for await (const page of hub.streams({ pageSize: 2 }).pages()) pages.push(page.map((s) => s.name));
    expect(pages.flat()).toEqual(expect.arrayContaining(names));
    expect(pages.flat().filter((n) => n === 'tool-a')).toHaveLength(1);
    expect(pages.slice(0, -1).every((p) => p.length === 2)).toBe(true);
    expect(emu.requestCount('ListProgressUpdateStreams') - before).toBe(pages.length);
  });

  it('dry-runs a stream creation without creating it, and deletes a stream', async () => {
    const result = await hub.stream('dry-tool').create({ dryRun: true });
    expect(result).toMatchObject({ dryRun: true, wouldSucceed: true });
    expect(emu.hub.streamNames()).not.toContain('dry-tool');
    await hub.stream('tool-e').delete();
    expect(emu.hub.streamNames()).not.toContain('tool-e');
    await expect(hub.stream('tool-e').delete()).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

describe('a migration tool reporting progress', () => {
  const stream = 'migrator';
  beforeAll(async () => {
    clock = syncedClock();
    hub = newHub();
    await hub.stream(stream).create();
  });

  it('tracks a job to COMPLETED, with heartbeats before NextUpdateSeconds runs out', async () => {
    const task = hub.stream(stream).task('app-server-01');
    let release!: (value: string) => void;
    const gate = new Promise<string>((resolve) => (release = resolve));
    const tracked = task.track(
      async (report) => {
        await report(10, 'copying disks');
        const result = await gate;
        await report(90, 'cutover');
        return result;
      },
      { nextUpdateSeconds: 60 },
    );
    await vi.waitFor(() => expect(notifications('app-server-01')).toHaveLength(2)); // start + report(10)
    expect(emu.hub.migrationTask(stream, 'app-server-01')).toMatchObject({ status: 'IN_PROGRESS', progressPercent: 10, detail: 'copying disks', nextUpdateSeconds: 60 });

    // Ten minutes of work, in 10-second steps: the task must never be stale on the emulator's clock.
    for (let elapsed = 0; elapsed < 600_000; elapsed += 10_000) {
      const sent = notifications('app-server-01').length;
      await advance(10_000);
      if ((elapsed + 10_000) % 30_000 === 0) await vi.waitFor(() => expect(notifications('app-server-01').length).toBe(sent + 1));
      expect(emu.hub.migrationTask(stream, 'app-server-01')?.stale).toBe(false);
    }
    release('i-0123456789abcdef0');
    await expect(tracked).resolves.toBe('i-0123456789abcdef0');

    const sent = notifications('app-server-01');
    expect(sent.length).toBeGreaterThanOrEqual(2 + 20 + 2); // start, 10%, 20 heartbeats, 90%, COMPLETED
    const heartbeats = sent.slice(2, -2);
    expect(heartbeats.every((n) => (n['Task'] as { ProgressPercent?: number }).ProgressPercent === 10)).toBe(true);
    for (let i = 1; i < sent.length; i++) {
      const gapSeconds = Number(sent[i]?.['UpdateDateTime']) - Number(sent[i - 1]?.['UpdateDateTime']);
      expect(gapSeconds).toBeLessThan(Number(sent[i - 1]?.['NextUpdateSeconds']));
    }
    expect(sent.at(-1)?.['Task']).toEqual({ Status: 'COMPLETED', ProgressPercent: 100 });
    const seen = await hub.migrationTask(stream, 'app-server-01').refresh();
    expect(seen.status).toEqual({ kind: 'succeeded', raw: 'COMPLETED' });
    expect(seen.progressPercent).toBe(100);
    expect(clock.sleepers).toBe(0); // heartbeats stopped
  });

  it('ends a throwing job FAILED with its message and rethrows the original error', async () => {
    const task = hub.stream(stream).task('db-server-02');
    const boom = new Error('disk 2 unreadable:\nsector 42');
    await expect(
      task.track(async (report) => {
        await report(35, 'copying');
        throw boom;
      }),
    ).rejects.toBe(boom);
    const seen = await hub.migrationTask(stream, 'db-server-02').refresh();
    expect(seen.status).toEqual({ kind: 'failed', raw: 'FAILED', message: 'disk 2 unreadable: sector 42' });
    expect(seen.progressPercent).toBe(35);
    expect(clock.sleepers).toBe(0);
  });

  it('notifies, refreshes and shows what was sent', async () => {
    const task = await hub.migrationTask(stream, 'web-03').import();
    await task.notify({ status: 'IN_PROGRESS', progressPercent: 40, detail: 'copying disks', nextUpdateSeconds: 300 });
    expect(task.status.kind).toBe('running');
    const fresh = await hub.migrationTask(stream, 'web-03').refresh();
    expect(fresh).toMatchObject({ progressPercent: 40, detail: 'copying disks' });
    // This handle was not told the promised interval (Migration Hub does not return it): staleness is unknown.
    expect(fresh.stale).toBeUndefined();
    expect(task.stale).toBe(false);
    expect(fresh.updatedAt?.getTime()).toBe(Math.round(clock.now() / 1000) * 1000);
    expect(fresh.progress).toEqual({ completed: 40, total: 100, percent: 40 });
  });

  it('answers a dry run with a clear result and changes nothing', async () => {
    const task = hub.migrationTask(stream, 'web-03');
    const result = await task.notify({ status: 'COMPLETED', nextUpdateSeconds: 0, dryRun: true });
    expect(result).toMatchObject({ dryRun: true, wouldSucceed: true });
    expect(emu.hub.migrationTask(stream, 'web-03')?.status).toBe('IN_PROGRESS');
    emu.hub.deny(['NotifyMigrationTaskState']);
    const denied = await task.notify({ status: 'COMPLETED', nextUpdateSeconds: 0, dryRun: true });
    expect(denied).toMatchObject({ dryRun: true, wouldSucceed: false });
    expect(denied.message).toContain('mgh:NotifyMigrationTaskState');
    const error = await task.notify({ status: 'COMPLETED', nextUpdateSeconds: 0 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } });
  });

  it('rejects an unknown stream or task with ResourceNotFoundException', async () => {
    const error = await hub.migrationTask('no-such-tool', 'x').refresh().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', message: expect.stringContaining('no-such-tool') });
    expect((error as { $metadata: { requestId?: string } }).$metadata.requestId).toBeTruthy();
    await expect(hub.migrationTask(stream, 'never-imported').notify({ status: 'IN_PROGRESS', nextUpdateSeconds: 60 })).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });

  it('survives throttling: the SDK retries a throttled notification', async () => {
    emu.faults.inject({ kind: 'throttle', operation: 'NotifyMigrationTaskState', count: 2 });
    const before = emu.requestCount('NotifyMigrationTaskState');
    await hub.migrationTask(stream, 'web-03').notify({ status: 'IN_PROGRESS', progressPercent: 50, nextUpdateSeconds: 300 });
    const recent = emu.requests.filter((r) => r.operation === 'NotifyMigrationTaskState').slice(before);
    expect(recent.map((r) => r.errorType ?? 'ok')).toEqual(['ThrottlingException', 'ThrottlingException', 'ok']);
    expect(recent[0]?.output).toMatchObject({ __type: 'ThrottlingException', Message: 'Rate exceeded', RetryAfterSeconds: 1 });
  });

  it('validates input before sending anything', async () => {
    const before = emu.requestCount();
    const task = hub.migrationTask(stream, 'web-03');
    const cases: (() => unknown)[] = [
      () => hub.stream('a/b'),
      () => hub.stream('x'.repeat(51)),
      () => hub.migrationTask(stream, 'a|b'),
      () => task.notify({ status: 'DONE' as 'COMPLETED', nextUpdateSeconds: 1 }),
      () => task.notify({ status: 'IN_PROGRESS', progressPercent: 101, nextUpdateSeconds: 1 }),
      () => task.notify({ status: 'IN_PROGRESS', progressPercent: 2.5, nextUpdateSeconds: 1 }),
      () => task.notify({ status: 'IN_PROGRESS', detail: 'x'.repeat(2501), nextUpdateSeconds: 1 }),
      () => task.notify({ status: 'IN_PROGRESS', detail: 'two\nlines', nextUpdateSeconds: 1 }),
      () => task.notify({ status: 'IN_PROGRESS', nextUpdateSeconds: -1 }),
      () => task.notify({ status: 'IN_PROGRESS', nextUpdateSeconds: 1, updatedAt: new Date(Number.NaN) }),
      () => task.putResourceAttributes([]),
      () => task.putResourceAttributes([{ type: 'IP' as 'FQDN', value: 'x' }]),
      () => task.createdArtifacts.associate({ name: 'i-123' }),
      () => task.discoveredResources.associate({ configurationId: '' }),
      () => task.track(async () => 1, { nextUpdateSeconds: 0 }),
      () => hub.migrationTasks({ resourceName: '' }),
    ];
    const fields: string[] = [];
    for (const run of cases) fields.push(await rejectedFieldOf(run));
    expect(fields).toEqual([
      'stream',
      'stream',
      'taskName',
      'status',
      'progressPercent',
      'progressPercent',
      'detail',
      'detail',
      'nextUpdateSeconds',
      'updatedAt',
      'attributes',
      'attributes[0].type',
      'artifact.name',
      'resource.configurationId',
      'nextUpdateSeconds',
      'resourceName',
    ]);
    expect(emu.requestCount()).toBe(before);
  });
});

describe('an orchestrator watching tasks', () => {
  const stream = 'watched-tool';
  let tool: MigrationHubService;
  beforeAll(async () => {
    clock = syncedClock();
    hub = newHub();
    tool = newHub();
    await tool.stream(stream).create();
  });

  async function start(name: string): Promise<MigrationTask> {
    const task = await tool.stream(stream).task(name).import();
    return task.notify({ status: 'IN_PROGRESS', progressPercent: 0, nextUpdateSeconds: 600 });
  }

  it('waits on several tasks until each is COMPLETED or FAILED', async () => {
    const tasks = await Promise.all(['vm-1', 'vm-2', 'vm-3'].map(start));
    const seen: string[] = [];
    const waits = ['vm-1', 'vm-2', 'vm-3'].map((name) =>
      hub.migrationTask(stream, name).waitUntilComplete({
        clock,
        minDelayMs: 1_000,
        maxDelayMs: 1_000,
        onProgress: (t) => seen.push(`${t.name}:${t.status.raw}:${t.progressPercent ?? '-'}`),
      }),
    );
    await vi.waitFor(() => expect(clock.sleepers).toBe(3));
    await tasks[0]?.notify({ status: 'IN_PROGRESS', progressPercent: 50, nextUpdateSeconds: 600 });
    await tasks[1]?.notify({ status: 'FAILED', detail: 'replication agent lost', nextUpdateSeconds: 0 });
    await advance(1_000);
    await vi.waitFor(() => expect(clock.sleepers).toBe(2)); // vm-2 is done
    await tasks[0]?.notify({ status: 'COMPLETED', progressPercent: 100, nextUpdateSeconds: 0 });
    await tasks[2]?.notify({ status: 'COMPLETED', progressPercent: 100, nextUpdateSeconds: 0 });
    await advance(1_000);
    const done = await Promise.all(waits);
    expect(done.map((t) => t.status.kind)).toEqual(['succeeded', 'failed', 'succeeded']);
    expect(done[1]?.status).toEqual({ kind: 'failed', raw: 'FAILED', message: 'replication agent lost' });
    expect(seen.filter((s) => s.startsWith('vm-1'))).toEqual(['vm-1:IN_PROGRESS:0', 'vm-1:IN_PROGRESS:50', 'vm-1:COMPLETED:100']);
    await expect(hub.migrationTask(stream, 'vm-2').waitUntilSucceeded({ clock })).rejects.toBeInstanceOf(TaskFailedError);
  });

  it('reports a task that misses its promised update as stale, and recovers when it reports again', async () => {
    const tool1 = await start('vm-stale');
    await tool1.notify({ status: 'IN_PROGRESS', progressPercent: 20, nextUpdateSeconds: 60 });
    const changes: string[] = [];
    const watcher = hub.migrationTask(stream, 'vm-stale', { nextUpdateSeconds: 60 });
    const wait = watcher.waitUntilComplete({
      clock,
      minDelayMs: 30_000,
      maxDelayMs: 30_000,
      onProgress: (t) => changes.push(`${t.progressPercent ?? '-'}${t.stale ? ' stale' : ''}`),
    });
    await vi.waitFor(() => expect(clock.sleepers).toBe(1));
    await advance(30_000); // 30 s: on time
    await vi.waitFor(() => expect(clock.sleepers).toBe(1));
    await advance(60_000); // 90 s: overdue
    await vi.waitFor(() => expect(changes).toEqual(['20', '20 stale']));
    expect(emu.hub.migrationTask(stream, 'vm-stale')?.stale).toBe(true);
    await tool1.notify({ status: 'IN_PROGRESS', progressPercent: 30, nextUpdateSeconds: 60 });
    await advance(30_000);
    await vi.waitFor(() => expect(changes).toEqual(['20', '20 stale', '30']));
    await tool1.notify({ status: 'COMPLETED', progressPercent: 100, nextUpdateSeconds: 60 });
    await advance(30_000);
    await expect(wait).resolves.toMatchObject({ stale: false, status: { kind: 'succeeded' } });
    expect(changes).toEqual(['20', '20 stale', '30', '100']);
  });

  it('fails the wait with StaleTaskError when asked to', async () => {
    await start('vm-silent');
    const updatedAt = clock.now();
    const wait = hub
      .migrationTask(stream, 'vm-silent', { nextUpdateSeconds: 600 })
      .waitUntilComplete({ clock, minDelayMs: 300_000, maxDelayMs: 300_000, failWhenStale: true })
      .catch((e: unknown) => e);
    await vi.waitFor(() => expect(clock.sleepers).toBe(1));
    await advance(300_000);
    await vi.waitFor(() => expect(clock.sleepers).toBe(1));
    await advance(300_000);
    await vi.waitFor(() => expect(clock.sleepers).toBe(1));
    await advance(300_000);
    const error = await wait;
    expect(error).toBeInstanceOf(StaleTaskError);
    expect((error as StaleTaskError).dueAt?.getTime()).toBe(Math.round(updatedAt / 1000) * 1000 + 600_000);
    expect((error as StaleTaskError).snapshot).toMatchObject({ stream, name: 'vm-silent', stale: true });
  });

  it('survives throttling while polling without sleeping for real', async () => {
    const quiet = newHub({ maxAttempts: 1 }); // the SDK does not retry: the waiter's own retry must
    const task = await start('vm-throttled');
    emu.faults.inject({ kind: 'throttle', operation: 'DescribeMigrationTask', count: 2 });
    await task.notify({ status: 'COMPLETED', progressPercent: 100, nextUpdateSeconds: 0 });
    const fake = new FakeClock();
    const done = await quiet.migrationTask(stream, 'vm-throttled').waitUntilComplete({ clock: fake, minDelayMs: 10, maxDelayMs: 10 });
    expect(done.status.kind).toBe('succeeded');
    expect(fake.sleeps.length).toBeGreaterThanOrEqual(2);
  });

  it('lists migration tasks across pages, filtered by discovered resource', async () => {
    const all = await hub.migrationTasks({ pageSize: 2 }).toArray({ limit: Infinity });
    expect(all.map((t) => t.name)).toEqual(expect.arrayContaining(['vm-1', 'vm-2', 'vm-3', 'app-server-01']));
    const vm2 = all.find((t) => t.name === 'vm-2');
    expect(vm2).toMatchObject({ stream, status: { kind: 'failed' }, detail: 'replication agent lost' });
    await tool.stream(stream).task('vm-3').discoveredResources.associate({ configurationId: 'd-server-0abc', description: 'web tier' });
    const linked = await hub.migrationTasks({ resourceName: 'd-server-0abc' }).toArray({ limit: 10 });
    expect(linked.map((t) => `${t.stream}/${t.name}`)).toEqual([`${stream}/vm-3`]);
  });

  it('resumes a task from its checkpoint', async () => {
    const task = await hub.migrationTask(stream, 'vm-1').refresh();
    const again = hub.resume(JSON.stringify(task), { nextUpdateSeconds: 60 });
    expect(again).toMatchObject({ stream, name: 'vm-1', nextUpdateSeconds: 60 });
    expect((await again.refresh()).status.kind).toBe('succeeded');
  });
});

describe('artifacts, discovered resources and resource attributes', () => {
  const stream = 'attr-tool';
  beforeAll(async () => {
    clock = syncedClock();
    hub = newHub();
    await hub.stream(stream).create();
  });

  it('associates, lists across pages and disassociates created artifacts', async () => {
    const task = await hub.stream(stream).task('vm-a').import();
    const arns = Array.from({ length: 12 }, (_, i) => `arn:aws:ec2:us-west-2:111122223333:instance/i-${String(i).padStart(17, '0')}`);
    for (const name of arns) await task.createdArtifacts.associate({ name, description: 'migrated instance' });
    const before = emu.requestCount('ListCreatedArtifacts');
    const listed = await task.createdArtifacts.list({ pageSize: 50 }).toArray({ limit: Infinity });
    expect(listed.map((a) => a.name)).toEqual(arns);
    expect(emu.requestCount('ListCreatedArtifacts') - before).toBe(2); // page size clamped to 10
    await task.createdArtifacts.disassociate(arns[0] ?? '');
    expect(await task.createdArtifacts.list().first()).toEqual({ name: arns[1], description: 'migrated instance' });
    await expect(task.createdArtifacts.disassociate(arns[0] ?? '')).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    expect(await task.createdArtifacts.associate({ name: arns[0] ?? '' }, { dryRun: true })).toMatchObject({ wouldSucceed: true });
  });

  it('links discovered resources and replaces resource attributes', async () => {
    const task = await hub.stream(stream).task('vm-b').import();
    await task.discoveredResources.associate({ configurationId: 'd-server-1' });
    await task.discoveredResources.associate({ configurationId: 'd-server-2', description: 'db' });
    expect(await task.discoveredResources.list().toArray({ limit: 10 })).toEqual([
      { configurationId: 'd-server-1' },
      { configurationId: 'd-server-2', description: 'db' },
    ]);
    await task.discoveredResources.disassociate('d-server-1');
    expect(emu.hub.migrationTask(stream, 'vm-b')?.discoveredResources).toEqual(['d-server-2']);
    await task.putResourceAttributes([{ type: 'MAC_ADDRESS', value: '00:1B:44:11:3A:B7' }]);
    await task.putResourceAttributes([
      { type: 'IPV4_ADDRESS', value: '10.0.0.12' },
      { type: 'FQDN', value: 'db.example.internal' },
    ]);
    const seen = await task.refresh();
    expect(seen.resourceAttributes).toEqual([
      { type: 'IPV4_ADDRESS', value: '10.0.0.12' },
      { type: 'FQDN', value: 'db.example.internal' },
    ]);
  });
});

describe('home region', () => {
  it('reads the home region through Migration Hub Config', async () => {
    hub = newHub();
    await expect(hub.homeRegion()).resolves.toBe('us-west-2');
  });

  it('builds its own client from plain options on first use', async () => {
    const plain = new MigrationHubService({ ...emu.clientConfig });
    await plain.stream('plain-tool').create();
    expect((await plain.streams().toArray({ limit: 100 })).map((s) => s.name)).toContain('plain-tool');
    expect(await plain.client()).toBe(await plain.client());
  });

  it('turns HomeRegionNotSetException into HomeRegionNotSetError with guidance, and fails a wait at once', async () => {
    const bare = await startEmulator({ speed: 0, hub: { homeRegion: null } });
    const { problems } = checkExchangesAgainstModel(bare, 'migration-hub');
    try {
      const client = new MigrationHubClient({ ...bare.clientConfig, retryStrategy: fastRetry() });
      const unset = new MigrationHubService({ client });
      await expect(unset.homeRegion()).resolves.toBeUndefined();
      const error = await unset.stream('tool').create().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HomeRegionNotSetError);
      expect((error as HomeRegionNotSetError).message).toMatch(/create-home-region-control/);
      expect((error as HomeRegionNotSetError).cause).toMatchObject({ name: 'HomeRegionNotSetException' });
      expect((error as HomeRegionNotSetError).requestId).toBeTruthy();
      const before = bare.requestCount('DescribeMigrationTask');
      await expect(unset.migrationTask('tool', 't').waitUntilComplete({ clock: new FakeClock(), minDelayMs: 1 })).rejects.toBeInstanceOf(HomeRegionNotSetError);
      expect(bare.requestCount('DescribeMigrationTask') - before).toBe(1);
      bare.hub.setHomeRegion('us-west-2');
      await expect(unset.stream('tool').create()).resolves.toBeDefined();
      await expect(unset.homeRegion()).resolves.toBe('us-west-2');
      expect(problems).toEqual([]);
    } finally {
      await bare.close();
    }
  });
});
