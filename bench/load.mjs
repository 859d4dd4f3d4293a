// What loading the package costs, against loading the raw DMS client, each in a fresh Node process (so nothing is
// cached), the two sides interleaved in the same run. Imports resolve through package.json `exports` to dist/, as in
// a user's project. CPU is user + system time of the process from just before the import to just after it (or to
// the first response), which is steadier than wall time on a busy machine.
// Run alone with `node bench/load.mjs` after `npm run build`; `npm run bench` runs it too.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startEmulator } from 'aws-migration-kit/local';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 7);
const RAW_DMS = '@aws-sdk/client-database-migration-service';

const measure = (body) => `const t0 = process.cpuUsage(); const w0 = performance.now();
${body}
const c = process.cpuUsage(t0);
process.stdout.write(JSON.stringify({ cpu: (c.user + c.system) / 1000, wall: performance.now() - w0 }));`;
const esm = (specifier) => measure(`await import('${specifier}');`);
const cjs = (specifier) => `(async () => { ${measure(`require('${specifier}');`)} })();`;
// One DescribeReplicationTaskAssessmentRuns page, from a cold process: load, build the client, sign, send, parse.
const firstRequestKit = measure(`const { MigrationKit } = await import('aws-migration-kit');
await new MigrationKit(JSON.parse(process.env.BENCH_CLIENT_CONFIG)).dms.assessmentRuns({ pageSize: 20 }).pages().next();`);
const firstRequestRaw = measure(`const sdk = await import('${RAW_DMS}');
await new sdk.DatabaseMigrationServiceClient(JSON.parse(process.env.BENCH_CLIENT_CONFIG)).send(new sdk.DescribeReplicationTaskAssessmentRunsCommand({ MaxRecords: 20 }));`);

// Asynchronous: the emulator answering the first-request rows runs in this process.
async function once(code, type, env) {
  const args = type === 'esm' ? ['--input-type=module', '-e', code] : ['-e', code];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
  return JSON.parse(stdout);
}

/** Median CPU ms of `kit` and `raw`, run RUNS times each, alternating. */
async function compare(kit, raw, type, env = process.env) {
  const k = [];
  const r = [];
  for (let i = 0; i < RUNS; i++) {
    r.push((await once(raw, type, env)).cpu);
    k.push((await once(kit, type, env)).cpu);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return [median(r), median(k)];
}

/** Adds the load rows to `report(name, raw, kit, unit, note)`. */
export async function loadBench(report) {
  const note = `CPU, median of ${RUNS} fresh processes; raw = ${RAW_DMS}`;
  for (const entry of ['aws-migration-kit', 'aws-migration-kit/discovery', 'aws-migration-kit/dms', 'aws-migration-kit/mgn', 'aws-migration-kit/migration-hub']) {
    report(`load: import('${entry}') (ESM)`, ...(await compare(esm(entry), esm(RAW_DMS), 'esm')), 'ms', note);
  }
  for (const entry of ['aws-migration-kit', 'aws-migration-kit/dms']) {
    report(`load: require('${entry}') (CJS)`, ...(await compare(cjs(entry), cjs(RAW_DMS), 'cjs')), 'ms', note);
  }
  const emu = await startEmulator({ speed: 0 });
  try {
    const env = { ...process.env, BENCH_CLIENT_CONFIG: JSON.stringify(emu.clientConfig), AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
    report('load: first DMS request through the root, from a cold process', ...(await compare(firstRequestKit, firstRequestRaw, 'esm', env)), 'ms', `${note}; one DescribeReplicationTaskAssessmentRuns`);
  } finally {
    await emu.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  await loadBench((name, raw, kit, unit, note) => console.log(`${name.padEnd(62)} raw ${fmt(raw).padStart(7)}  kit ${fmt(kit).padStart(7)} ${unit}  ${(kit / raw).toFixed(2)}×  ${note}`));
}
