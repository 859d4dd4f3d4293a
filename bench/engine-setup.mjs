// Shared by the engine benchmarks: a kit over a fresh emulator on a discrete-event clock, and many started resources.
import { MigrationKit } from 'aws-migration-kit';
import { startEmulator } from 'aws-migration-kit/local';
import { DiscreteEventClock } from './engine-clock.mjs';

/** The mean of `xs` (0 when empty). */
export const mean = (xs) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
/** A seeded PRNG in [0, 1) (mulberry32), so each mode of a round sees the same jitter source. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** How long a Discovery import (and a Migration Hub task, by its driver) runs, in emulated ms. */
export const IMPORT_MS = 60_000;

/** A kit over a fresh emulator, with a discrete-event clock that stops while the kit (or `raw`) has requests out. */
export async function setup(emulatorOptions = {}) {
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
export const finishedAt = {
  discovery: (t) => t.raw.importCompletionTime?.getTime(),
  mgn: (i) => (i.raw.endDateTime ? Date.parse(i.raw.endDateTime) : undefined),
};

/** Starts `n` resources of `service` and returns factories for fresh handles on them. */
export async function startMany(kit, emu, service, n) {
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
