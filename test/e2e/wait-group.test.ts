/**
 * waitAll / waitAny end to end: real SDK clients over HTTP to one emulator frozen in time (`speed: 0`), waits on
 * `emu.clock.toWaitClock()`, and the requests of each poll tick counted from the emulator's log. Every exchange is
 * checked against the service models.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WaitTimeoutError, waitAll, waitAny, type Clock } from '../../src/index.js';
import { DiscoveryService, type ImportTask } from '../../src/discovery/index.js';
import { DmsService, type AssessmentRun } from '../../src/dms/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { MgnService, type MgnImport } from '../../src/mgn/index.js';
import { MigrationHubService } from '../../src/migration-hub/index.js';
import { csv as discoveryCsv, goodRows } from '../discovery/support.js';
import { checkExchangesAgainstModel } from '../support/exchange-check.js';
import { csv as mgnCsv } from './mgn-support.js';

const ROLE = 'arn:aws:iam::111122223333:role/dms-assessments';
const DESCRIBE_TASKS = 'DescribeImportTasks';
const DESCRIBE_RUNS = 'DescribeReplicationTaskAssessmentRuns';
const LIST_IMPORTS = 'ListImports';

let emu: Emulator;
let problems: string[][];
let discovery: DiscoveryService;
let mgn: MgnService;
let dms: DmsService;
let hub: MigrationHubService;
let names = 0;

beforeAll(async () => {
  emu = await startEmulator({ speed: 0, discovery: { importDurationMs: 60_000 } });
  problems = (['discovery', 'mgn', 'dms', 'migration-hub'] as const).map((service) => checkExchangesAgainstModel(emu, service).problems);
  discovery = new DiscoveryService({ ...emu.clientConfig });
  mgn = new MgnService({ ...emu.clientConfig });
  dms = new DmsService({ ...emu.clientConfig });
  hub = new MigrationHubService({ ...emu.clientConfig, clock: emu.clock.toWaitClock() });
  emu.putObject('bucket', 'one.csv', discoveryCsv(goodRows(1)));
  emu.putObject('inventory', 'wave.csv', mgnCsv([{ 'mgn:app:name': 'billing', 'mgn:server:user-provided-id': 'web-01', 'mgn:server:platform': 'LINUX' }]));
});
afterAll(async () => {
  await emu.close();
});
afterEach(() => {
  for (const list of problems) expect(list.splice(0)).toEqual([]);
});

/**
 * The emulator's wait clock, cutting the request log into poll ticks: `ticks()` gives, per tick, the requests sent
 * (operation and input) since the wait began. `onSleep` runs before each sleep.
 */
function tickedClock(onSleep?: (tick: number) => void) {
  const clock = emu.clock.toWaitClock();
  const start = emu.requests.length;
  const cuts: number[] = [];
  const ticked: Clock = {
    now: () => clock.now(),
    sleep: (ms, signal) => {
      cuts.push(emu.requests.length);
      onSleep?.(cuts.length);
      return clock.sleep(ms, signal);
    },
  };
  const ticks = () => {
    const bounds = [start, ...cuts, emu.requests.length];
    return bounds.slice(1).map((end, i) => emu.requests.slice(bounds[i], end));
  };
  return { clock: ticked, ticks };
}

const idValues = (input: Record<string, unknown>): string[] => ((input['filters'] as { values: string[] }[] | undefined) ?? [])[0]?.values ?? [];
const arnValues = (input: Record<string, unknown>): string[] => ((input['Filters'] as { Values: string[] }[] | undefined) ?? [])[0]?.Values ?? [];
const importIds = (input: Record<string, unknown>): string[] => (input['filters'] as { importIDs: string[] }).importIDs;

async function startDiscovery(count: number, staggerMs = 0): Promise<ImportTask[]> {
  const tasks: ImportTask[] = [];
  for (let i = 0; i < count; i++) {
    tasks.push(await discovery.startImport({ name: `group-${(names += 1)}`, importUrl: 's3://bucket/one.csv' }));
    emu.clock.advance(staggerMs);
  }
  return tasks;
}

async function startMgn(count: number): Promise<MgnImport[]> {
  return Promise.all(Array.from({ length: count }, () => mgn.startImport({ bucket: 'inventory', key: 'wave.csv' })));
}

async function startRuns(count: number): Promise<AssessmentRun[]> {
  const runs: AssessmentRun[] = [];
  for (let i = 0; i < count; i++) {
    const task = dms.replicationTask(await emu.createReplicationTask());
    runs.push(await task.startAssessmentRun({ name: `group-${(names += 1)}`, serviceAccessRoleArn: ROLE, resultLocation: { bucket: 'assessments' } }));
  }
  return runs;
}

describe('waitAll', () => {
  it('waits for 25 Discovery imports with one DescribeImportTasks per tick, dropping the finished ones', async () => {
    // Started 2 s apart, so they finish on different ticks.
    const tasks = await startDiscovery(25, 2_000);
    const { clock, ticks } = tickedClock();
    let reports = 0;
    const done = await waitAll(tasks, { clock, random: () => 0.5, onProgress: () => reports++ });
    expect(done).toBe(tasks);
    expect(tasks.every((t) => t.status.kind === 'succeeded')).toBe(true);
    const perTick = ticks();
    expect(perTick.length).toBeGreaterThanOrEqual(3);
    expect(perTick.every((tick) => tick.length === 1 && tick[0]?.operation === DESCRIBE_TASKS)).toBe(true);
    const sizes = perTick.map((tick) => idValues(tick[0]?.input ?? {}).length);
    expect(idValues(perTick[0]?.[0]?.input ?? {})).toEqual(tasks.map((t) => t.id));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes.some((n) => n > 0 && n < 25)).toBe(true);
    expect(reports).toBeGreaterThanOrEqual(2);
    // The same through the Discovery facade's alias.
    const more = await startDiscovery(25);
    const again = tickedClock();
    await discovery.waitAll(more, { clock: again.clock });
    expect(again.ticks().map((tick) => tick.map((x) => `${x.operation}:${idValues(x.input).length}`))).toEqual(again.ticks().map(() => [`${DESCRIBE_TASKS}:25`]));
  });

  it('waits for 12 MGN imports with two ListImports per tick (10 + 2)', async () => {
    const imports = await startMgn(12);
    const { clock, ticks } = tickedClock();
    await waitAll(imports, { clock });
    expect(imports.every((i) => i.status.kind === 'succeeded')).toBe(true);
    const perTick = ticks();
    expect(perTick.length).toBeGreaterThanOrEqual(2);
    for (const tick of perTick) {
      expect(tick.map((x) => x.operation)).toEqual([LIST_IMPORTS, LIST_IMPORTS]);
      expect(tick.map((x) => importIds(x.input).length).sort((a, b) => b - a)).toEqual([10, 2]);
    }
    expect(new Set(perTick[0]?.flatMap((x) => importIds(x.input)))).toEqual(new Set(imports.map((i) => i.id)));
  });

  it('waits for 5 DMS runs with one DescribeReplicationTaskAssessmentRuns per tick', async () => {
    const runs = await startRuns(5);
    const { clock, ticks } = tickedClock();
    const progress: string[] = [];
    await waitAll(runs, { clock, onProgress: (all) => progress.push(all.map((r) => r.status.raw).join(',')) });
    expect(runs.every((r) => r.status.kind === 'succeeded')).toBe(true);
    const perTick = ticks();
    expect(perTick.length).toBeGreaterThanOrEqual(3);
    for (const tick of perTick) {
      expect(tick.map((x) => x.operation)).toEqual([DESCRIBE_RUNS]);
      expect(arnValues(tick[0]?.input ?? {})).toEqual(runs.map((r) => r.arn));
      expect(tick[0]?.input['MaxRecords']).toBe(100);
    }
    expect(progress[0]).toBe('starting,starting,starting,starting,starting');
    expect(progress.at(-1)).toBe('passed,passed,passed,passed,passed');
  });

  it('waits for handles of four services in one loop: one request per service per tick while it has unfinished handles', async () => {
    const tasks = await startDiscovery(3);
    const imports = await startMgn(2);
    const runs = await startRuns(2);
    await hub.stream('group-tool').create();
    const migration = hub.stream('group-tool').task('server-01');
    await migration.import();
    await migration.notify({ status: 'COMPLETED', nextUpdateSeconds: 60 });
    const { clock, ticks } = tickedClock();
    const result = await waitAll([...tasks, migration, ...imports, ...runs] as const, { clock });
    expect(result.map((h) => h.status.kind)).toEqual(Array(8).fill('succeeded'));
    const perTick = ticks().map((tick) => tick.map((x) => x.operation).sort());
    // Every handle is refreshed on the first tick, the finished Migration Hub task on that one only.
    expect(perTick[0]).toEqual(['DescribeImportTasks', 'DescribeMigrationTask', 'DescribeReplicationTaskAssessmentRuns', 'ListImports']);
    expect(perTick.slice(1).flat()).not.toContain('DescribeMigrationTask');
    for (const tick of perTick) expect(new Set(tick).size).toBe(tick.length);
    // A service is asked on a prefix of the ticks: none once its handles are all seen finished.
    const askedOn = (operation: string): number[] => perTick.flatMap((tick, i) => (tick.includes(operation) ? [i] : []));
    for (const operation of [DESCRIBE_TASKS, LIST_IMPORTS, DESCRIBE_RUNS]) {
      const asked = askedOn(operation);
      expect(asked).toEqual(asked.map((_, i) => i));
    }
    // MGN imports take seconds, DMS runs over a minute: MGN drops out first.
    expect(askedOn(LIST_IMPORTS).length).toBeLessThan(askedOn(DESCRIBE_RUNS).length);
    expect(askedOn(DESCRIBE_RUNS).length).toBe(perTick.length);
  });

  it('times out with WaitTimeoutError carrying every snapshot, one request per tick until then', async () => {
    const tasks = await startDiscovery(4);
    const { clock, ticks } = tickedClock();
    const error = (await waitAll(tasks, { clock, timeoutMs: 20_000 }).catch((e: unknown) => e)) as WaitTimeoutError<readonly ImportTask[]>;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.lastSnapshot?.map((t) => t.status.kind)).toEqual(['running', 'running', 'running', 'running']);
    expect(error.lastSnapshot?.[0]).not.toBe(tasks[0]);
    // One request per tick; the last sleep ends at the deadline, and nothing is sent then.
    expect(ticks().slice(0, -1).every((tick) => tick.length === 1)).toBe(true);
    expect(ticks().at(-1)).toEqual([]);
    await waitAll(tasks, { clock: emu.clock.toWaitClock() });
  });

  it('stops on abort with the signal reason and sends nothing after it', async () => {
    const runs = await startRuns(3);
    const controller = new AbortController();
    const reason = new Error('operator cancelled');
    const { clock, ticks } = tickedClock((tick) => {
      if (tick === 2) controller.abort(reason);
    });
    await expect(waitAll(runs, { clock, signal: controller.signal })).rejects.toBe(reason);
    const sent = emu.requestCount();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(emu.requestCount()).toBe(sent);
    expect(ticks().map((tick) => tick.length)).toEqual([1, 1, 0]);
    await waitAll(runs, { clock: emu.clock.toWaitClock() });
  });
});

describe('waitAny', () => {
  it('resolves with the first import to finish and sends nothing more', async () => {
    const tasks = await startDiscovery(5, 10_000);
    const { clock, ticks } = tickedClock();
    const first = await waitAny(tasks, { clock });
    expect(first).toBe(tasks[0]);
    expect(first.status.kind).toBe('succeeded');
    expect(tasks.slice(1).every((t) => t.status.kind === 'running')).toBe(true);
    const sent = emu.requestCount();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(emu.requestCount()).toBe(sent);
    expect(ticks().every((tick) => tick.length === 1 && idValues(tick[0]?.input ?? {}).length === 5)).toBe(true);
    await waitAll(tasks, { clock: emu.clock.toWaitClock() });
  });

  it('across services, resolves with the MGN import (seconds) before the DMS run (minutes)', async () => {
    const [run] = await startRuns(1);
    const [imp] = await startMgn(1);
    const { clock, ticks } = tickedClock();
    const first = await waitAny([run as AssessmentRun, imp as MgnImport], { clock });
    expect(first).toBe(imp);
    expect(run?.status.kind).not.toBe('succeeded');
    expect(ticks().every((tick) => tick.map((x) => x.operation).sort().join() === `${DESCRIBE_RUNS},${LIST_IMPORTS}`)).toBe(true);
    await waitAll([run as AssessmentRun], { clock: emu.clock.toWaitClock() });
  });
});
