// Benchmarks of the request engine (issue 9), run from bench/run.mjs: one poll schedule (independent waits vs
// waitAll), the throttle governor (500 waits against emulated rate limits), and read-ahead (lists vs the raw
// page-at-a-time loop). Waits run on a discrete-event clock over emulated time, so request counts and lateness are
// exact; read-ahead runs in real time.
import { DescribeImportTasksCommand, DiscoveryClient, StartImportTaskCommand } from 'aws-migration-kit/discovery-client';
import { MigrationKit, waitAll } from 'aws-migration-kit';
import { startEmulator } from 'aws-migration-kit/local';
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

/** 200 independent waits (each its own waitUntilComplete, started together) vs one waitAll, per service. */
async function schedule(report, service, n = 200) {
  const result = {};
  for (const mode of ['waitAll', 'independent']) {
    const { emu, kit, clock } = await setup();
    const { op, handles } = await startMany(kit, emu, service, n);
    const before = emu.requestCount(op);
    const hs = handles();
    const noticed = new Map();
    if (mode === 'waitAll') {
      await waitAll(hs, { clock });
      for (const h of hs) noticed.set(h, clock.now());
    } else {
      // Started together, as `Promise.all(handles.map((h) => h.waitUntilComplete()))` would, each its own wait.
      await Promise.all(
        hs.map(async (h) => {
          await h.waitUntilComplete({ clock });
          noticed.set(h, clock.now());
        }),
      );
    }
    const late = hs.map((h) => noticed.get(h) - (finishedAt[service]?.(h) ?? noticed.get(h)));
    result[mode] = { requests: emu.requestCount(op) - before, late: mean(late) / 1000, bad: hs.filter((h) => !['succeeded', 'failed', 'partially-succeeded'].includes(h.status.kind)).length };
    await emu.close();
  }
  if (result.independent.bad + result.waitAll.bad > 0) throw new Error(`${service}: some waits did not end terminal`);
  report(`${service}: ${n} independent waits vs waitAll: requests`, result.waitAll.requests, result.independent.requests, 'req', 'raw column = waitAll; discrete-event clock');
  if (finishedAt[service]) report(`  completion noticed after (mean)`, result.waitAll.late, result.independent.late, 's', 'raw column = waitAll');
}

/** 500 independent Discovery waits against DescribeImportTasks limited to 10/s, burst 20. */
async function governor(report, n = 500) {
  const limits = { rateLimits: { DescribeImportTasks: { perSecond: 10, burst: 20 } } };
  const figures = {};
  // The kit: independent waits, then waitAll, each on a fresh emulator.
  for (const mode of ['independent', 'waitAll']) {
    const { emu, kit, clock } = await setup(limits);
    const { handles } = await startMany(kit, emu, 'discovery', n);
    const before = emu.requests.length;
    const hs = handles();
    if (mode === 'waitAll') await waitAll(hs, { clock });
    else await Promise.all(hs.map((h) => h.waitUntilComplete({ clock })));
    const sent = emu.requests.slice(before).filter((r) => r.operation === 'DescribeImportTasks');
    const throttled = sent.filter((r) => r.rateLimited === true).length;
    if (hs.some((h) => h.status.kind !== 'succeeded')) throw new Error(`governor ${mode}: a wait did not succeed`);
    figures[mode] = { sent: sent.length, throttled };
    await emu.close();
  }
  // Raw loops: one per task, every 5 s, with the SDK's standard retry, and with its adaptive retry mode.
  for (const retryMode of ['standard', 'adaptive']) {
    const { emu, kit, raw, clock } = await setup(limits);
    const client = new DiscoveryClient({ ...emu.clientConfig, retryMode });
    const { handles } = await startMany(kit, emu, 'discovery', n);
    const tasks = handles();
    const before = emu.requests.length;
    let failed = 0;
    await Promise.all(
      tasks.map(async ({ id }) => {
        for (;;) {
          raw.inFlight++;
          try {
            const out = await client.send(new DescribeImportTasksCommand({ filters: [{ name: 'IMPORT_TASK_ID', values: [id] }] }));
            if (out.tasks?.[0]?.status !== 'IMPORT_IN_PROGRESS') return;
          } catch {
            failed++; // a loop would log and try again at its next turn
          } finally {
            raw.inFlight--;
          }
          await clock.sleep(5_000);
        }
      }),
    );
    const sent = emu.requests.slice(before).filter((r) => r.operation === 'DescribeImportTasks');
    figures[retryMode] = { sent: sent.length, throttled: sent.filter((r) => r.rateLimited === true).length, failed };
    await emu.close();
  }
  const pct = (f) => (100 * f.throttled) / Math.max(1, f.sent);
  report(`governor: ${n} Discovery waits at 10/s burst 20: requests`, figures.waitAll.sent, figures.independent.sent, 'req', 'raw column = waitAll');
  report('  throttled share of requests sent', pct(figures.waitAll), pct(figures.independent), '%', 'raw column = waitAll');
  report('  raw 5 s loops (SDK standard retry): requests / throttled %', figures.standard.sent, pct(figures.standard), '-', `kit column = throttled %; ${figures.standard.failed} polls failed`);
  report('  raw 5 s loops (SDK adaptive retry): requests / throttled %', figures.adaptive.sent, pct(figures.adaptive), '-', `kit column = throttled %; ${figures.adaptive.failed} polls failed`);
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

/** Runs every engine benchmark, adding rows through `report(name, raw, kit, unit, note)`. */
export async function engineBench(report) {
  const parts = (process.env.BENCH_ENGINE ?? 'schedule,read-ahead,governor').split(',');
  if (parts.includes('schedule')) for (const service of ['discovery', 'mgn', 'dms']) await schedule(report, service);
  if (parts.includes('read-ahead')) await readAhead(report);
  if (parts.includes('governor')) await governor(report);
}
