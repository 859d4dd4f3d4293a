// Benchmarks of aws-migration-kit against the raw AWS SDK calls a user would write by hand, over the local emulator.
// Both sides run in the same process, against the same emulator, in the same run; results are printed as ratios.
// Run with `npm run bench` (builds first). Nothing here asserts: the numbers are for reading and tracking.
import { DescribeReplicationTaskAssessmentRunsCommand, DatabaseMigrationServiceClient } from '@aws-sdk/client-database-migration-service';
import { ListImportsCommand, MgnClient } from '@aws-sdk/client-mgn';
import { MigrationKit, waitAll } from 'aws-migration-kit';
import { DescribeImportTasksCommand, DiscoveryClient, StartImportTaskCommand } from 'aws-migration-kit/discovery-client';
import { startEmulator } from 'aws-migration-kit/local';
import { bundleBench } from './bundle.mjs';
import { loadBench } from './load.mjs';
import { importFileBench } from './import-file.mjs';

const TASKS = Number(process.env.BENCH_TASKS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WAITS = Number(process.env.BENCH_WAITS ?? 20);
const RAW_POLL_MS = 5_000; // a hand-written loop polling every 5 s: the facade's own minimum delay for Discovery

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const gc = () => globalThis.gc?.();
const rows = [];
const report = (name, raw, kit, unit, note = '') => rows.push({ name, raw, kit, unit, note });

const emu = await startEmulator({ speed: 0, discovery: { importDurationMs: 60_000 } });
const waitClock = emu.clock.toWaitClock();
const discovery = new DiscoveryClient({ ...emu.clientConfig });
const kit = new MigrationKit({ ...emu.clientConfig });

// ── Seed: TASKS Discovery import tasks (StartImportTask over HTTP, 64 at a time) ──────────────────────────────────────
emu.putObject('bench', 'servers.csv', 'ExternalId,HostName\nsrv-1,web-01\nsrv-2,web-02\n');
const seedStart = performance.now();
for (let next = 0; next < TASKS; ) {
  const batch = [];
  for (let i = 0; i < 64 && next < TASKS; i++, next++) {
    batch.push(discovery.send(new StartImportTaskCommand({ name: `bench-${next % 50}`, importUrl: 's3://bench/servers.csv' })));
  }
  await Promise.all(batch);
}
emu.clock.advance(120_000); // every seeded import is now complete
console.log(`seeded ${TASKS.toLocaleString()} import tasks in ${fmt((performance.now() - seedStart) / 1000)} s`);

// ── 1. Iterate every import task: raw paginator loop vs `for await` over the facade ───────────────────────────────
async function rawIterate() {
  let count = 0;
  let peak = 0;
  let nextToken;
  do {
    const page = await discovery.send(new DescribeImportTasksCommand({ maxResults: 100, nextToken }));
    for (const task of page.tasks ?? []) if (task.importTaskId) count++;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    nextToken = page.nextToken;
  } while (nextToken);
  return { count, peak };
}

async function kitIterate() {
  let count = 0;
  let peak = 0;
  for await (const task of kit.discovery.importTasks()) {
    if (task.id) count++;
    if (count % 100 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  return { count, peak };
}

const times = { raw: [], kit: [] };
const peaks = { raw: [], kit: [] };
const requests = { raw: 0, kit: 0 };
for (let round = 0; round < ROUNDS; round++) {
  for (const [side, fn] of [['raw', rawIterate], ['kit', kitIterate]]) {
    gc();
    const base = process.memoryUsage().heapUsed;
    const before = emu.requestCount('DescribeImportTasks');
    const started = performance.now();
    const { count, peak } = await fn();
    times[side].push(performance.now() - started);
    peaks[side].push(Math.max(0, peak - base));
    requests[side] = emu.requestCount('DescribeImportTasks') - before;
    if (count !== TASKS) throw new Error(`${side} iterated ${count} tasks, expected ${TASKS}`);
  }
}
report(`iterate ${TASKS.toLocaleString()} import tasks: time (median of ${ROUNDS})`, median(times.raw), median(times.kit), 'ms');
report('  requests sent', requests.raw, requests.kit, 'req', 'pages of 100 on both sides');
report('  heap growth while iterating (median)', median(peaks.raw) / 2 ** 20, median(peaks.kit) / 2 ** 20, 'MiB', 'run with --expose-gc for stable numbers');

// ── 2. Requests per completed wait: hand-written fixed-interval polling vs waitUntilComplete's backoff ────────────
// Both run on emulated time (the wait clock advances the emulator instead of sleeping), so the counts are exact.
async function rawWaitDiscovery(id) {
  let polls = 0;
  const startedAt = emu.clock.now();
  for (;;) {
    polls++;
    const out = await discovery.send(new DescribeImportTasksCommand({ filters: [{ name: 'IMPORT_TASK_ID', values: [id] }] }));
    const status = out.tasks?.[0]?.status;
    if (status && status !== 'IMPORT_IN_PROGRESS') return { polls, lateMs: emu.clock.now() - startedAt - 60_000 };
    await waitClock.sleep(RAW_POLL_MS);
  }
}

async function kitWaitDiscovery(id) {
  const before = emu.requestCount('DescribeImportTasks');
  const startedAt = emu.clock.now();
  await kit.discovery.importTask(id).waitUntilComplete({ clock: waitClock });
  return { polls: emu.requestCount('DescribeImportTasks') - before, lateMs: emu.clock.now() - startedAt - 60_000 };
}

async function startDiscoveryImport() {
  const out = await discovery.send(new StartImportTaskCommand({ name: 'bench-wait', importUrl: 's3://bench/servers.csv' }));
  return out.task.importTaskId;
}

const waitStats = { raw: [], kit: [], rawLate: [], kitLate: [] };
for (let i = 0; i < WAITS; i++) {
  const a = await rawWaitDiscovery(await startDiscoveryImport());
  const b = await kitWaitDiscovery(await startDiscoveryImport());
  waitStats.raw.push(a.polls);
  waitStats.kit.push(b.polls);
  waitStats.rawLate.push(a.lateMs);
  waitStats.kitLate.push(b.lateMs);
}
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
report(`Discovery: requests per wait on a 60 s import (mean of ${WAITS})`, mean(waitStats.raw), mean(waitStats.kit), 'req', `raw polls every ${RAW_POLL_MS / 1000} s`);
report('  completion noticed after (mean)', mean(waitStats.rawLate) / 1000, mean(waitStats.kitLate) / 1000, 's', 'the price of backing off');

// Many tasks at once: 25 hand-written polling loops (one per task, every 5 s) vs one waitAll over the 25 handles,
// whose refreshes share one DescribeImportTasks (IMPORT_TASK_ID filter) per tick.
{
  const GROUP = 25;
  const rawIds = await Promise.all(Array.from({ length: GROUP }, startDiscoveryImport));
  // The 25 loops run in lockstep (one emulated clock): every 5 s, each unfinished task is described on its own.
  const rawBefore = emu.requestCount('DescribeImportTasks');
  const pending = new Set(rawIds);
  while (pending.size > 0) {
    await Promise.all(
      [...pending].map(async (id) => {
        const out = await discovery.send(new DescribeImportTasksCommand({ filters: [{ name: 'IMPORT_TASK_ID', values: [id] }] }));
        if (out.tasks?.[0]?.status !== 'IMPORT_IN_PROGRESS') pending.delete(id);
      }),
    );
    if (pending.size > 0) await waitClock.sleep(RAW_POLL_MS);
  }
  const rawRequests = emu.requestCount('DescribeImportTasks') - rawBefore;
  const kitIds = await Promise.all(Array.from({ length: GROUP }, startDiscoveryImport));
  const kitBefore = emu.requestCount('DescribeImportTasks');
  await waitAll(kitIds.map((id) => kit.discovery.importTask(id)), { clock: waitClock });
  report(`Discovery: requests to wait for ${GROUP} imports at once`, rawRequests, emu.requestCount('DescribeImportTasks') - kitBefore, 'req', 'raw: a 5 s loop per task; kit: waitAll');
}

// MGN: the same comparison with ListImports. The emulator's MGN import of this file runs on emulated time too.
const mgn = new MgnClient({ ...emu.clientConfig });
const mgnRows = Array.from({ length: 500 }, (_, i) => `wave-${i % 5},app-${i % 25},server-${i},LINUX`);
emu.putObject('bench', 'mgn.csv', ['mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform', ...mgnRows].join('\n'));
async function rawWaitMgn() {
  const { id } = await kit.mgn.startImport({ bucket: 'bench', key: 'mgn.csv' });
  let polls = 0;
  for (;;) {
    polls++;
    const out = await mgn.send(new ListImportsCommand({ filters: { importIDs: [id] } }));
    const status = out.items?.[0]?.status;
    if (status === 'SUCCEEDED' || status === 'FAILED') return polls;
    await waitClock.sleep(RAW_POLL_MS);
  }
}
async function kitWaitMgn() {
  const imp = await kit.mgn.startImport({ bucket: 'bench', key: 'mgn.csv' });
  const before = emu.requestCount('ListImports');
  await imp.waitUntilComplete({ clock: waitClock });
  return emu.requestCount('ListImports') - before;
}
const mgnStats = { raw: [], kit: [] };
for (let i = 0; i < WAITS; i++) {
  mgnStats.raw.push(await rawWaitMgn());
  mgnStats.kit.push(await kitWaitMgn());
}
report(`MGN: requests per wait on a 500-row import (mean of ${WAITS})`, mean(mgnStats.raw), mean(mgnStats.kit), 'req', `raw polls every ${RAW_POLL_MS / 1000} s`);

// DMS: an assessment run (starting → provisioning → running → passed, a few minutes of emulated time).
const dms = new DatabaseMigrationServiceClient({ ...emu.clientConfig });
const taskArn = await emu.createReplicationTask();
const runOptions = (n) => ({
  name: `bench-${n}`,
  serviceAccessRoleArn: `arn:aws:iam::${emu.accountId}:role/dms`,
  resultLocation: { bucket: 'bench-assessments' },
});
const dmsStats = { raw: [], kit: [] };
for (let i = 0; i < Math.min(WAITS, 10); i++) {
  const rawRun = await kit.dms.replicationTask(taskArn).startAssessmentRun(runOptions(`raw-${i}`));
  let polls = 0;
  for (;;) {
    polls++;
    const out = await dms.send(
      new DescribeReplicationTaskAssessmentRunsCommand({ Filters: [{ Name: 'replication-task-assessment-run-arn', Values: [rawRun.arn] }] }),
    );
    const status = out.ReplicationTaskAssessmentRuns?.[0]?.Status;
    if (['passed', 'warning', 'failed', 'error-provisioning', 'error-executing', 'cancelling'].includes(status)) break;
    await waitClock.sleep(RAW_POLL_MS);
  }
  dmsStats.raw.push(polls);
  const run = await kit.dms.replicationTask(taskArn).startAssessmentRun(runOptions(`kit-${i}`));
  const before = emu.requestCount('DescribeReplicationTaskAssessmentRuns');
  await run.waitUntilComplete({ clock: waitClock });
  dmsStats.kit.push(emu.requestCount('DescribeReplicationTaskAssessmentRuns') - before);
}
report(`DMS: requests per assessment-run wait (mean of ${dmsStats.kit.length})`, mean(dmsStats.raw), mean(dmsStats.kit), 'req', `raw polls every ${RAW_POLL_MS / 1000} s`);

await emu.close();
await (await import('./engine.mjs')).engineBench(report); // the request engine: schedule, read-ahead, governor

// Load cost (fresh processes) and bundle size (esbuild), against the raw SDK clients.
await loadBench(report);
await bundleBench(report);
await importFileBench(report);

// ── Report ─────────────────────────────────────────────────────────────────────────────────────────────────────────
console.log(`\nnode ${process.version}, ${TASKS.toLocaleString()} tasks, ${ROUNDS} rounds; ratio = aws-migration-kit / raw SDK (lower is better)\n`);
const w = Math.max(...rows.map((r) => r.name.length));
console.log(`${'benchmark'.padEnd(w)}  ${'raw SDK'.padStart(10)}  ${'kit'.padStart(10)}  ${'ratio'.padStart(6)}  unit  note`);
for (const r of rows) {
  const ratio = r.raw === 0 ? '—' : fmt(r.kit / r.raw, 2);
  console.log(`${r.name.padEnd(w)}  ${fmt(r.raw).padStart(10)}  ${fmt(r.kit).padStart(10)}  ${ratio.padStart(6)}  ${r.unit.padEnd(4)}  ${r.note}`);
}
