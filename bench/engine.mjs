// Benchmarks of the request engine (issue 9), run from bench/run.mjs: one poll schedule (independent waits vs
// waitAll), the throttle governor (500 waits against emulated rate limits), and read-ahead (lists vs the raw
// page-at-a-time loop). Waits run on a discrete-event clock over emulated time, so request counts and lateness are
// exact; read-ahead runs in real time.
import { DescribeImportTasksCommand, DiscoveryClient, StartImportTaskCommand } from 'aws-migration-kit/discovery-client';
import { pathToFileURL } from 'node:url';
import { governor } from './engine-governor.mjs';
import { schedule } from './engine-schedule.mjs';
import { setup } from './engine-setup.mjs';

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
