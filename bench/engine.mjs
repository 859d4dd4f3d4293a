// Benchmarks of the request engine (issue 9), run from bench/run.mjs: one poll schedule (independent waits vs
// waitAll), the throttle governor (500 waits against emulated rate limits), and read-ahead (lists vs the raw
// page-at-a-time loop). Waits run on a discrete-event clock over emulated time, so request counts and lateness are
// exact; read-ahead runs in real time.
import { DescribeImportTasksCommand, DiscoveryClient, StartImportTaskCommand } from 'aws-migration-kit/discovery-client';
import { MigrationKit, waitAll } from 'aws-migration-kit';
import { startEmulator } from 'aws-migration-kit/local';
import { setMaxListeners } from 'node:events';
import { pathToFileURL } from 'node:url';
import { DiscreteEventClock } from './engine-clock.mjs';

const mean = (xs) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
const IMPORT_MS = 60_000;

/** A kit over a fresh emulator, with a discrete-event clock that stops while the kit (or `raw`) has requests out. */
async function setup(emulatorOptions = {}) {
  const emu = await startEmulator({ speed: 0, discovery: { importDurationMs: IMPORT_MS }, ...emulatorOptions });
  const kit = new MigrationKit({ ...emu.clientConfig });
  const raw = { inFlight: 0 };
  const clock = new DiscreteEventClock(emu.clock, () => kit.stats().inFlight > 0 || raw.inFlight > 0);
  emu.putObject('bench', 'servers.csv', 'ExternalId,HostName\nsrv-1,web-01\n');
  const mgnRows = Array.from({ length: 100 }, (_, i) => `wave-1,app-1,server-${i},LINUX`);
  emu.putObject('bench', 'mgn.csv', ['mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform', ...mgnRows].join('\n'));
  return { emu, kit, raw, clock };
}

/** When each handle's resource really finished, from its last snapshot (epoch ms), for lateness. */
const finishedAt = {
  discovery: (t) => t.raw.importCompletionTime?.getTime(),
  mgn: (i) => (i.raw.endDateTime ? Date.parse(i.raw.endDateTime) : undefined),
};

/** Starts `n` resources of `service` and returns factories for fresh handles on them. */
async function startMany(kit, emu, service, n) {
  if (service === 'discovery') {
    const tasks = [];
    for (let i = 0; i < n; i += 50) {
      tasks.push(...(await Promise.all(Array.from({ length: Math.min(50, n - i) }, (_, j) => kit.discovery.startImport({ name: `b-${i + j}`, importUrl: 's3://bench/servers.csv' })))));
    }
    return { op: 'DescribeImportTasks', handles: () => tasks.map((t) => kit.discovery.importTask(t.id)) };
  }
  if (service === 'mgn') {
    const imports = [];
    for (let i = 0; i < n; i += 50) imports.push(...(await Promise.all(Array.from({ length: Math.min(50, n - i) }, () => kit.mgn.startImport({ bucket: 'bench', key: 'mgn.csv' })))));
    return { op: 'ListImports', handles: () => imports.map((i) => kit.mgn.import(i.id)) };
  }
  if (service === 'hub') {
    // Migration Hub tasks end when their tool says so: a driver notifies COMPLETED after IMPORT_MS of emulated time.
    const stream = kit.hub.stream('bench');
    await stream.create();
    const names = Array.from({ length: n }, (_, i) => `app-server-${i}`);
    const notifyAll = async (status) => {
      for (let i = 0; i < n; i += 50) await Promise.all(names.slice(i, i + 50).map((name) => stream.task(name).notify({ status, progressPercent: status === 'COMPLETED' ? 100 : 10, nextUpdateSeconds: 300 })));
    };
    for (let i = 0; i < n; i += 50) await Promise.all(names.slice(i, i + 50).map((name) => stream.task(name).import()));
    await notifyAll('IN_PROGRESS');
    const completedAt = new Map();
    return {
      op: 'DescribeMigrationTask',
      handles: () => names.map((name) => kit.hub.migrationTask('bench', name)),
      drive: async (clock) => {
        await clock.sleep(IMPORT_MS);
        const at = clock.now();
        await notifyAll('COMPLETED');
        for (const name of names) completedAt.set(name, at);
      },
      finishedAt: (task) => completedAt.get(task.name),
    };
  }
  const taskArn = await emu.createReplicationTask();
  const role = `arn:aws:iam::${emu.accountId}:role/dms`;
  const runs = [];
  // DMS allows one run per task at a time in some setups; give each run its own task.
  for (let i = 0; i < n; i++) {
    const arn = i === 0 ? taskArn : await emu.createReplicationTask();
    runs.push(await kit.dms.replicationTask(arn).startAssessmentRun({ name: `b-${i}`, serviceAccessRoleArn: role, resultLocation: { bucket: 'bench-assessments' } }));
  }
  return { op: 'DescribeReplicationTaskAssessmentRuns', handles: () => runs.map((r) => kit.dms.assessmentRun(r.arn)) };
}

/** Emulated milliseconds between two starts in the staggered row. */
const STAGGER_MS = 25;
/** Rounds of the schedule rows, each with its own seed for the waits' jitter (the same seed for every mode of a round). */
const SCHEDULE_ROUNDS = Number(process.env.BENCH_SCHEDULE_ROUNDS ?? 6);

/** A seeded PRNG in [0, 1) (mulberry32), so each mode of a round sees the same jitter source. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * 200 independent waits vs one waitAll, per service: started together (each its own waitUntilComplete, in one turn),
 * and started STAGGER_MS of emulated time apart (as waits begun by separate events would be).
 */
async function schedule(report, service, n = 200) {
  const modes = ['waitAll', 'independent', 'staggered'];
  const runs = Object.fromEntries(modes.map((mode) => [mode, []]));
  for (let round = 1; round <= SCHEDULE_ROUNDS; round++) {
    for (const mode of modes) runs[mode].push(await scheduleRun(service, n, mode, seeded(round)));
  }
  const result = Object.fromEntries(modes.map((mode) => [mode, { requests: mean(runs[mode].map((r) => r.requests)), late: runs[mode][0]?.late === undefined ? undefined : mean(runs[mode].map((r) => r.late)) }]));
  const note = `raw column = waitAll; mean of ${SCHEDULE_ROUNDS} seeded rounds, discrete-event clock`;
  for (const mode of ['independent', 'staggered']) {
    const label = mode === 'independent' ? 'started together' : `started ${STAGGER_MS} ms apart`;
    report(`${service}: ${n} independent waits (${label}) vs waitAll: requests`, result.waitAll.requests, result[mode].requests, 'req', note);
    if (result.waitAll.late !== undefined) report('  completion noticed after (mean)', result.waitAll.late, result[mode].late, 's', note);
  }
}

/** One round of one mode on a fresh emulator: requests sent and mean lateness (s, when the service says when it ended). */
async function scheduleRun(service, n, mode, random) {
  const { emu, kit, clock } = await setup();
  const started = await startMany(kit, emu, service, n);
  const ended = started.finishedAt ?? finishedAt[service];
  const before = emu.requestCount(started.op);
  const hs = started.handles();
  const noticed = new Map();
  const driving = started.drive?.(clock);
  const wait = async (h) => {
    await h.waitUntilComplete({ clock, random });
    noticed.set(h, clock.now());
  };
  if (mode === 'waitAll') {
    await waitAll(hs, { clock, random });
    for (const h of hs) noticed.set(h, clock.now());
  } else if (mode === 'independent') {
    // As `Promise.all(handles.map((h) => h.waitUntilComplete()))` would, each its own wait.
    await Promise.all(hs.map(wait));
  } else {
    const waits = [];
    for (const h of hs) {
      waits.push(wait(h));
      await clock.sleep(STAGGER_MS);
    }
    await Promise.all(waits);
  }
  await driving;
  if (hs.some((h) => !['succeeded', 'failed', 'partially-succeeded'].includes(h.status.kind))) throw new Error(`${service} ${mode}: some waits did not end terminal`);
  const requests = emu.requestCount(started.op) - before;
  const late = ended ? mean(hs.map((h) => noticed.get(h) - (ended(h) ?? noticed.get(h)))) / 1000 : undefined;
  await emu.close();
  return { requests, late };
}

const GOVERNOR_LIMITS = { rateLimits: { DescribeImportTasks: { perSecond: 10, burst: 20 } } };
/** Wall-clock budget per raw mode: the raw loops use the SDK's own retry timing, which runs on real time. */
const RAW_BUDGET_MS = Number(process.env.BENCH_RAW_BUDGET_MS ?? 75_000);

/** Requests of DescribeImportTasks since `before`, and how many of them the emulator throttled. */
function describeCounts(emu, before) {
  const sent = emu.requests.slice(before).filter((r) => r.operation === 'DescribeImportTasks');
  return { sent: sent.length, throttled: sent.filter((r) => r.rateLimited === true).length };
}

/** The kit's 500 waits at 10/s burst 20, as independent waits and as one waitAll, each on a fresh emulator. */
async function governorKit(n) {
  const figures = {};
  for (const mode of ['independent', 'waitAll']) {
    const { emu, kit, clock } = await setup(GOVERNOR_LIMITS);
    const { handles } = await startMany(kit, emu, 'discovery', n);
    const before = emu.requests.length;
    const t0 = clock.now();
    const hs = handles();
    if (mode === 'waitAll') await waitAll(hs, { clock });
    else await Promise.all(hs.map((h) => h.waitUntilComplete({ clock })));
    if (hs.some((h) => h.status.kind !== 'succeeded')) throw new Error(`governor ${mode}: a wait did not succeed`);
    figures[mode] = { ...describeCounts(emu, before), emulatedS: (clock.now() - t0) / 1000 };
    await emu.close();
  }
  return figures;
}

/**
 * Raw loops, one per task, polling every 5 s with the SDK's `retryMode` (its retry backoff and adaptive pacing run on
 * real time, which the discrete-event clock cannot stop). So here emulated time also runs at real speed while any
 * loop has a request out or is in the SDK's backoff (the emulator's buckets refill during it, as AWS's would), and
 * jumps only when every loop sleeps. Stopped after `budgetMs` of wall time: the figures are what was sent until then.
 */
async function governorRaw(n, retryMode, budgetMs) {
  const { emu, kit, raw, clock } = await setup(GOVERNOR_LIMITS);
  const client = new DiscoveryClient({ ...emu.clientConfig, retryMode });
  const { handles } = await startMany(kit, emu, 'discovery', n);
  const tasks = handles();
  const before = emu.requests.length;
  const t0 = clock.now();
  const wall0 = performance.now();
  let failed = 0;
  let finished = 0;
  let stopped = false;
  // At the budget every loop stops: requests still queued in the SDK (its backoff, its adaptive pacing) are aborted.
  const stop = new AbortController();
  setMaxListeners(0, stop.signal); // every loop's send and sleep listens to it
  emu.clock.speed = 1;
  const loops = Promise.all(
    tasks.map(async ({ id }) => {
      while (!stopped) {
        raw.inFlight++;
        try {
          const out = await client.send(new DescribeImportTasksCommand({ filters: [{ name: 'IMPORT_TASK_ID', values: [id] }] }), { abortSignal: stop.signal });
          if (out.tasks?.[0]?.status !== 'IMPORT_IN_PROGRESS') {
            finished++;
            return;
          }
        } catch {
          if (!stopped) failed++; // a loop would log and try again at its next turn
        } finally {
          raw.inFlight--;
        }
        if (!stopped) await clock.sleep(5_000, stop.signal).catch(() => undefined);
      }
    }),
  );
  let timer;
  await Promise.race([loops, new Promise((resolve) => (timer = setTimeout(resolve, budgetMs)))]);
  clearTimeout(timer);
  stopped = true;
  const figures = { ...describeCounts(emu, before), failed, finished, emulatedS: (clock.now() - t0) / 1000, wallS: (performance.now() - wall0) / 1000 };
  stop.abort();
  await loops;
  client.destroy();
  await emu.close();
  return figures;
}

/** 500 independent Discovery waits against DescribeImportTasks limited to 10/s, burst 20; raw loops beside them. */
async function governor(report, n = 500) {
  const kit = await governorKit(n);
  const pct = (f) => (100 * f.throttled) / Math.max(1, f.sent);
  report(`governor: ${n} Discovery waits at 10/s burst 20: requests`, kit.waitAll.sent, kit.independent.sent, 'req', `raw column = waitAll; emulated ${kit.waitAll.emulatedS} s vs ${kit.independent.emulatedS} s`);
  report('  throttled share of requests sent', pct(kit.waitAll), pct(kit.independent), '%', `raw column = waitAll; ${kit.waitAll.throttled} vs ${kit.independent.throttled} throttled`);
  for (const retryMode of ['standard', 'adaptive']) {
    const f = await governorRaw(n, retryMode, RAW_BUDGET_MS);
    const partial = f.finished < n ? `STOPPED at the ${RAW_BUDGET_MS / 1000} s wall budget (BENCH_RAW_BUDGET_MS), ` : '';
    report(
      `  raw 5 s loops (SDK ${retryMode} retry): requests / throttled %`,
      f.sent,
      pct(f),
      '-',
      `kit column = throttled %; ${partial}${f.finished}/${n} loops done, ${f.failed} polls failed, ${f.emulatedS.toFixed(0)} emulated s in ${f.wallS.toFixed(0)} s wall`,
    );
  }
}

/** 2,000 items in pages of 100, 100 ms per page, 1 ms of awaited work per item: raw page-at-a-time vs the kit. */
async function readAhead(report) {
  const { emu, kit } = await setup();
  const client = new DiscoveryClient({ ...emu.clientConfig });
  const started = [];
  for (let i = 0; i < 2_000; i += 100) {
    started.push(...(await Promise.all(Array.from({ length: 100 }, (_, j) => client.send(new StartImportTaskCommand({ name: `ra-${i + j}`, importUrl: 's3://bench/servers.csv' }))))));
  }
  const work = () => new Promise((resolve) => setTimeout(resolve, 1));
  const timed = async (fn) => {
    emu.faults.inject({ kind: 'latency', operation: 'DescribeImportTasks', latencyMs: 100, count: 1_000 });
    const t0 = performance.now();
    const count = await fn();
    emu.faults.clear();
    if (count !== 2_000) throw new Error(`read-ahead: iterated ${count}`);
    return performance.now() - t0;
  };
  const raw = await timed(async () => {
    let count = 0;
    let nextToken;
    do {
      const page = await client.send(new DescribeImportTasksCommand({ maxResults: 100, nextToken }));
      for (const _ of page.tasks ?? []) {
        await work();
        count++;
      }
      nextToken = page.nextToken;
    } while (nextToken);
    return count;
  });
  const ours = await timed(async () => {
    let count = 0;
    for await (const _ of kit.discovery.importTasks()) {
      await work();
      count++;
    }
    return count;
  });
  report('read-ahead: 2,000 items, 100 ms pages, 1 ms work/item', raw, ours, 'ms', 'raw: page-at-a-time loop');
  await emu.close();
}

/**
 * Runs the engine benchmarks named in BENCH_ENGINE (comma-separated: schedule, read-ahead, governor; all by default;
 * BENCH_SCHEDULE_SERVICES narrows the schedule rows to some of discovery, mgn, hub, dms), adding rows through `report(name, raw, kit, unit, note)`.
 */
export async function engineBench(report) {
  const parts = (process.env.BENCH_ENGINE ?? 'schedule,read-ahead,governor').split(',');
  if (parts.includes('schedule')) for (const service of (process.env.BENCH_SCHEDULE_SERVICES ?? 'discovery,mgn,hub,dms').split(',')) await schedule(report, service);
  if (parts.includes('read-ahead')) await readAhead(report);
  if (parts.includes('governor')) await governor(report);
}

// Run alone: `node --expose-gc scripts/run-built.mjs bench/engine.mjs` (BENCH_ENGINE picks the parts).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  await engineBench((name, raw, kit, unit, note = '') => {
    const ratio = raw === 0 ? '—' : fmt(kit / raw);
    console.log(`${name}  ${fmt(raw)}  ${fmt(kit)}  ${ratio}  ${unit}  ${note}`);
  });
}
