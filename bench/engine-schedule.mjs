// The poll schedule benchmark: 200 independent waits vs one waitAll per service, started together and staggered.
import { waitAll } from 'aws-migration-kit';
import { finishedAt, mean, seeded, setup, startMany } from './engine-setup.mjs';

/** Emulated milliseconds between two starts in the staggered row. */
const STAGGER_MS = 25;
/** Rounds of the schedule rows, each with its own seed for the waits' jitter (the same seed for every mode of a round). */
const SCHEDULE_ROUNDS = Number(process.env.BENCH_SCHEDULE_ROUNDS ?? 6);

/**
 * 200 independent waits vs one waitAll, per service: started together (each its own waitUntilComplete, in one turn),
 * and started STAGGER_MS of emulated time apart (as waits begun by separate events would be). The staggered waits are
 * compared with a waitAll begun when the last of them begins (the earliest a waitAll over handles that come into
 * being one by one could start); the note gives the figures against the waitAll begun at once too.
 */
export async function schedule(report, service, n = 200) {
  const modes = ['waitAll', 'independent', 'waitAll-last', 'staggered'];
  const runs = Object.fromEntries(modes.map((mode) => [mode, []]));
  for (let round = 1; round <= SCHEDULE_ROUNDS; round++) {
    for (const mode of modes) runs[mode].push(await scheduleRun(service, n, mode, seeded(round)));
  }
  const late = (mode) => (runs[mode][0]?.late === undefined ? undefined : mean(runs[mode].map((r) => r.late)));
  const r = Object.fromEntries(modes.map((mode) => [mode, { requests: mean(runs[mode].map((x) => x.requests)), late: late(mode) }]));
  const rounds = `mean of ${SCHEDULE_ROUNDS} seeded rounds, discrete-event clock`;
  report(`${service}: ${n} independent waits (started together) vs waitAll: requests`, r.waitAll.requests, r.independent.requests, 'req', `raw column = waitAll; ${rounds}`);
  if (r.waitAll.late !== undefined) report('  completion noticed after (mean)', r.waitAll.late, r.independent.late, 's', `raw column = waitAll; ${rounds}`);
  const atOnce = (x) => `${x.toFixed(2)} (${(r.staggered.requests / x).toFixed(2)}x)`;
  report(`${service}: ${n} independent waits (started ${STAGGER_MS} ms apart) vs waitAll: requests`, r['waitAll-last'].requests, r.staggered.requests, 'req', `raw column = waitAll begun with the last wait; vs waitAll begun at once ${atOnce(r.waitAll.requests)}; ${rounds}`);
  if (r.waitAll.late !== undefined) {
    const vsOnce = `${r.waitAll.late.toFixed(2)} s (${(r.staggered.late / r.waitAll.late).toFixed(2)}x)`;
    report('  completion noticed after (mean)', r['waitAll-last'].late, r.staggered.late, 's', `raw column = waitAll begun with the last wait; vs waitAll begun at once ${vsOnce}`);
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
  if (mode === 'waitAll' || mode === 'waitAll-last') {
    if (mode === 'waitAll-last') await clock.sleep(STAGGER_MS * (n - 1));
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
