// The throttle governor benchmark: 500 Discovery waits against a rate limit, the kit beside raw SDK loops.
import { DescribeImportTasksCommand, DiscoveryClient } from 'aws-migration-kit/discovery-client';
import { waitAll } from 'aws-migration-kit';
import { setMaxListeners } from 'node:events';
import { seeded, setup, startMany } from './engine-setup.mjs';

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
  const wall0 = performance.now();
  for (const mode of ['independent', 'waitAll']) {
    const random = seeded(1); // the same jitter source for both modes
    const { emu, kit, clock } = await setup(GOVERNOR_LIMITS);
    const { handles } = await startMany(kit, emu, 'discovery', n);
    const before = emu.requests.length;
    const t0 = clock.now();
    const hs = handles();
    if (mode === 'waitAll') await waitAll(hs, { clock, random });
    else await Promise.all(hs.map((h) => h.waitUntilComplete({ clock, random })));
    if (hs.some((h) => h.status.kind !== 'succeeded')) throw new Error(`governor ${mode}: a wait did not succeed`);
    figures[mode] = { ...describeCounts(emu, before), emulatedS: (clock.now() - t0) / 1000 };
    await emu.close();
  }
  figures.wallS = (performance.now() - wall0) / 1000;
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
export async function governor(report, n = 500) {
  const kit = await governorKit(n);
  const pct = (f) => (100 * f.throttled) / Math.max(1, f.sent);
  report(`governor: ${n} Discovery waits at 10/s burst 20: requests`, kit.waitAll.sent, kit.independent.sent, 'req', `raw column = waitAll; emulated ${kit.waitAll.emulatedS} s vs ${kit.independent.emulatedS} s; both kit runs ${kit.wallS.toFixed(0)} s wall`);
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
