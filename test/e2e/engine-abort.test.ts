/**
 * The request engine end to end, per service, with the real SDK clients over HTTP to the emulator: one signal shared
 * by 100 concurrent calls aborts them all promptly (the 3.523 MGN and Migration Hub clients assign `signal.onabort`,
 * so this only holds because each request has a signal of its own), a wait's deadline aborts the request in flight,
 * and a list's read-ahead is cancelled on `break` with exact request counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrationKit, WaitTimeoutError } from '../../src/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { csv as discoveryCsv, goodRows } from '../discovery/support.js';

const RUN_ARN = 'arn:aws:dms:us-west-2:111122223333:assessment-run:ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const IMPORT_ID = (i: number): string => `import-${String(i).padStart(17, '0')}`;

let emu: Emulator;
let kit: MigrationKit;
const warnings: Error[] = [];
const onWarning = (warning: Error): void => {
  warnings.push(warning);
};

beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
  kit = new MigrationKit({ ...emu.clientConfig });
  emu.putObject('bucket', 'one.csv', discoveryCsv(goodRows(1)));
  await kit.hub.stream('engine-tool').create();
  process.on('warning', onWarning);
});
afterAll(async () => {
  process.off('warning', onWarning);
  emu.faults.clear();
  await emu.close();
});

/** 100 concurrent calls of one service, all with `signal`. */
const hundredCalls: Record<string, (signal: AbortSignal) => Promise<unknown>[]> = {
  discovery: (signal) => Array.from({ length: 100 }, (_, i) => kit.discovery.importTasks({ name: `n-${i}` }, { signal }).first()),
  mgn: (signal) => Array.from({ length: 100 }, (_, i) => kit.mgn.import(IMPORT_ID(i)).refresh({ signal })),
  hub: (signal) => Array.from({ length: 100 }, (_, i) => kit.hub.migrationTask('engine-tool', `vm-${i}`).refresh({ signal })),
  dms: (signal) => Array.from({ length: 100 }, (_, i) => kit.dms.assessmentRuns({ replicationTaskArn: `arn:aws:dms:us-west-2:111122223333:task:T${i}`, signal }).first()),
};

describe.each(Object.keys(hundredCalls))('%s: one signal shared by 100 calls', (service) => {
  it('rejects every call with the reason within 100 ms of the abort, with no MaxListenersExceededWarning', async () => {
    emu.faults.inject({ kind: 'latency', latencyMs: 3_000, count: 1_000 });
    const controller = new AbortController();
    const reason = new Error(`stop ${service}`);
    const before = emu.requests.length;
    const settledAt: number[] = [];
    const calls = (hundredCalls[service] ?? (() => []))(controller.signal).map((call) =>
      call.then(
        () => 'resolved',
        (error: unknown) => {
          settledAt.push(performance.now());
          return error;
        },
      ),
    );
    // Let the requests go out (some wait behind the client's sockets), then abort them all.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const sentBefore = kit.stats().requests;
    const abortedAt = performance.now();
    const cpuAtAbort = process.cpuUsage();
    controller.abort(reason);
    const results = await Promise.all(calls);
    const cpu = process.cpuUsage(cpuAtAbort);
    emu.faults.clear();
    expect(results.every((r) => r === reason)).toBe(true);
    // Every call is released within 100 ms of the process's own time. The machines this runs on are shared, so the
    // wall clock, which also counts time the process was not scheduled, only gets a loose bound.
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const wallMs = Math.max(...settledAt) - abortedAt;
    expect(cpuMs, `cpu ${Math.round(cpuMs)} ms, wall ${Math.round(wallMs)} ms`).toBeLessThan(100);
    expect(wallMs).toBeLessThan(1_000);
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    // Nothing is handed to a client after the abort (the emulator logs the calls already in flight when they end).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(kit.stats().requests).toBe(sentBefore);
    expect(kit.stats().inFlight).toBe(0);
    expect(emu.requests.length).toBeGreaterThanOrEqual(before);
  });
});

describe('a wait whose request hangs past timeoutMs', () => {
  // Each sets up a resource (and loads its SDK), then returns the wait to time.
  const waits: Record<string, () => Promise<() => Promise<unknown>>> = {
    discovery: async () => {
      const task = await kit.discovery.startImport({ name: 'hang', importUrl: 's3://bucket/one.csv' });
      emu.faults.inject({ kind: 'latency', operation: 'DescribeImportTasks', latencyMs: 20_000, count: 10 });
      return () => task.waitUntilComplete({ timeoutMs: 300 });
    },
    mgn: async () => {
      await kit.mgn.imports().first();
      emu.faults.inject({ kind: 'latency', operation: 'ListImports', latencyMs: 20_000, count: 10 });
      return () => kit.mgn.import(IMPORT_ID(7)).waitUntilComplete({ timeoutMs: 300 });
    },
    hub: async () => {
      const task = kit.hub.stream('engine-tool').task('hang-1');
      await task.import();
      await task.notify({ status: 'IN_PROGRESS', progressPercent: 10, nextUpdateSeconds: 600 });
      emu.faults.inject({ kind: 'latency', operation: 'DescribeMigrationTask', latencyMs: 20_000, count: 10 });
      return () => kit.hub.migrationTask('engine-tool', 'hang-1').waitUntilComplete({ timeoutMs: 300 });
    },
    dms: async () => {
      await kit.dms.assessmentRuns().first();
      emu.faults.inject({ kind: 'latency', operation: 'DescribeReplicationTaskAssessmentRuns', latencyMs: 20_000, count: 10 });
      return () => kit.dms.assessmentRun(RUN_ARN).waitUntilComplete({ timeoutMs: 300 });
    },
  };

  it.each(Object.keys(waits))('%s: rejects with WaitTimeoutError within 1 s of the deadline', async (service) => {
    const wait = await (waits[service] ?? (async () => async () => undefined))();
    const started = performance.now();
    const error = await wait().catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    emu.faults.clear();
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).timeoutMs).toBe(300);
    expect(elapsed).toBeLessThan(1_300);
  });
});

describe('read-ahead on break', () => {
  /** Work on an item long enough for the read-ahead request to be answered. */
  const work = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 100));

  it('Discovery: reads exactly one page ahead while the loop works, and nothing after break', async () => {
    for (let i = 0; i < 4; i++) await kit.discovery.startImport({ name: 'paged', importUrl: 's3://bucket/one.csv' });
    const before = emu.requestCount('DescribeImportTasks');
    let items = 0;
    for await (const task of kit.discovery.importTasks({ name: 'paged' }, { pageSize: 1 })) {
      expect(task.name).toBe('paged');
      await work();
      if (++items === 2) break;
    }
    await work();
    // Pages 1 and 2, and page 3 read ahead while the loop worked on item 2; the break sends nothing more.
    expect(emu.requestCount('DescribeImportTasks') - before).toBe(3);
    expect(await kit.discovery.importTasks({ name: 'paged' }, { pageSize: 1 }).first()).toBeDefined();
    expect(emu.requestCount('DescribeImportTasks') - before).toBe(4); // first() never reads ahead
    await kit.discovery.importTasks({ name: 'paged' }, { pageSize: 2 }).toArray({ limit: 3 });
    expect(emu.requestCount('DescribeImportTasks') - before).toBe(6); // 2 + 1 items: two pages, not three
  });

  it('Migration Hub: the same with progress update streams', async () => {
    for (const name of ['ra-1', 'ra-2', 'ra-3']) await kit.hub.stream(name).create();
    const before = emu.requestCount('ListProgressUpdateStreams');
    for await (const _ of kit.hub.streams({ pageSize: 1 })) {
      await work();
      break;
    }
    await work();
    expect(emu.requestCount('ListProgressUpdateStreams') - before).toBe(2);
  });
});
