// What a one-service job costs in a bundle: the same start-and-wait job written against a subpath of this package and
// against the raw client, bundled and minified by esbuild from the built package (dist/, through package.json
// `exports`, as a user's bundler resolves it). Two modes:
// - esm: `--format=esm --main-fields=module,main`, so the SDK's ES build is used and tree-shaken;
// - cjs: `--format=cjs --platform=node` defaults, so the SDK's CommonJS build is used (no tree-shaking of the SDK).
// Run alone with `node bench/bundle.mjs` after `npm run build`; `npm run bench` runs it too.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

const sleep = `const sleep = (ms) => new Promise((r) => setTimeout(r, ms));`;
/** One job per subpath: [subpath, kit source, raw source]. Both sides send the same requests. */
export const JOBS = [
  [
    'dms',
    `import { DmsService } from 'aws-migration-kit/dms';
const dms = new DmsService({ region: process.env.AWS_REGION });
const run = await dms.replicationTask(process.env.TASK_ARN).startAssessmentRun({ name: 'job', serviceAccessRoleArn: process.env.ROLE_ARN, resultLocation: { bucket: 'my-bucket' } });
const done = await run.waitUntilComplete();
console.log(done.status.kind);`,
    `import { DatabaseMigrationServiceClient, DescribeReplicationTaskAssessmentRunsCommand, StartReplicationTaskAssessmentRunCommand } from '@aws-sdk/client-database-migration-service';
${sleep}
const client = new DatabaseMigrationServiceClient({ region: process.env.AWS_REGION });
const { ReplicationTaskAssessmentRun: run } = await client.send(new StartReplicationTaskAssessmentRunCommand({ ReplicationTaskArn: process.env.TASK_ARN, ServiceAccessRoleArn: process.env.ROLE_ARN, ResultLocationBucket: 'my-bucket', AssessmentRunName: 'job' }));
for (;;) {
  const out = await client.send(new DescribeReplicationTaskAssessmentRunsCommand({ Filters: [{ Name: 'replication-task-assessment-run-arn', Values: [run.ReplicationTaskAssessmentRunArn] }] }));
  const status = out.ReplicationTaskAssessmentRuns?.[0]?.Status;
  if (['passed', 'warning', 'failed', 'error-provisioning', 'error-executing', 'cancelling'].includes(status)) { console.log(status); break; }
  await sleep(5000);
}`,
  ],
  [
    'mgn',
    `import { MgnService } from 'aws-migration-kit/mgn';
const mgn = new MgnService({ region: process.env.AWS_REGION });
const imp = await mgn.startImport({ bucket: 'my-bucket', key: 'inventory.csv' });
const done = await imp.waitUntilComplete();
console.log(done.status.kind);`,
    `import { ListImportsCommand, MgnClient, StartImportCommand } from '@aws-sdk/client-mgn';
${sleep}
const client = new MgnClient({ region: process.env.AWS_REGION });
const { importTask } = await client.send(new StartImportCommand({ s3BucketSource: { s3Bucket: 'my-bucket', s3Key: 'inventory.csv' } }));
for (;;) {
  const out = await client.send(new ListImportsCommand({ filters: { importIDs: [importTask.importID] } }));
  const status = out.items?.[0]?.status;
  if (status === 'SUCCEEDED' || status === 'FAILED') { console.log(status); break; }
  await sleep(5000);
}`,
  ],
  [
    'migration-hub',
    `import { MigrationHubService } from 'aws-migration-kit/migration-hub';
const hub = new MigrationHubService({ region: process.env.AWS_REGION });
const task = hub.stream('my-tool').task('app-server-01');
await task.notify({ status: 'IN_PROGRESS', progressPercent: 10 });
const done = await task.waitUntilComplete();
console.log(done.status.kind);`,
    `import { DescribeMigrationTaskCommand, MigrationHubClient, NotifyMigrationTaskStateCommand } from '@aws-sdk/client-migration-hub';
${sleep}
const client = new MigrationHubClient({ region: process.env.AWS_REGION });
const key = { ProgressUpdateStream: 'my-tool', MigrationTaskName: 'app-server-01' };
await client.send(new NotifyMigrationTaskStateCommand({ ...key, Task: { Status: 'IN_PROGRESS', ProgressPercent: 10 }, UpdateDateTime: new Date(), NextUpdateSeconds: 300 }));
for (;;) {
  const out = await client.send(new DescribeMigrationTaskCommand(key));
  const status = out.MigrationTask?.Task?.Status;
  if (status === 'COMPLETED' || status === 'FAILED') { console.log(status); break; }
  await sleep(5000);
}`,
  ],
  [
    'discovery',
    `import { DiscoveryService } from 'aws-migration-kit/discovery';
const discovery = new DiscoveryService({ region: process.env.AWS_REGION });
const task = await discovery.startImport({ name: 'wave-1', importUrl: 's3://my-bucket/servers.csv' });
const done = await task.waitUntilComplete();
console.log(done.status.kind);`,
    // No official Discovery client is on the registry here: the raw side is this package's own wire client.
    `import { DescribeImportTasksCommand, DiscoveryClient, StartImportTaskCommand } from 'aws-migration-kit/discovery-client';
${sleep}
const client = new DiscoveryClient({ region: process.env.AWS_REGION });
const { task } = await client.send(new StartImportTaskCommand({ name: 'wave-1', importUrl: 's3://my-bucket/servers.csv', clientRequestToken: crypto.randomUUID() }));
for (;;) {
  const out = await client.send(new DescribeImportTasksCommand({ filters: [{ name: 'IMPORT_TASK_ID', values: [task.importTaskId] }] }));
  const status = out.tasks?.[0]?.status;
  if (status && status !== 'IMPORT_IN_PROGRESS' && status !== 'DELETE_IN_PROGRESS') { console.log(status); break; }
  await sleep(5000);
}`,
  ],
];

export const MODES = {
  esm: { format: 'esm', platform: 'node', mainFields: ['module', 'main'] },
  cjs: { format: 'cjs', platform: 'node' },
};

/** Minified bundle size in bytes of `source`, resolved as a user's project would resolve it. */
export async function bundleSize(source, mode, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'amk-bundle-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'aws-migration-kit'), 'dir');
    // The job runs in a function so that both output formats can hold it (CommonJS has no top-level await).
    const lines = source.split('\n');
    const imports = lines.filter((l) => l.startsWith('import '));
    const body = lines.filter((l) => !l.startsWith('import '));
    writeFileSync(join(dir, 'job.mjs'), [...imports, 'export async function job() {', ...body, '}'].join('\n'));
    const result = await build({
      entryPoints: [join(dir, 'job.mjs')],
      bundle: true,
      minify: true,
      write: false,
      logLevel: 'silent',
      target: 'node20',
      nodePaths: [join(root, 'node_modules')],
      ...MODES[mode],
      ...options,
    });
    if (options.metafile) return result;
    return result.outputFiles.reduce((n, f) => n + f.contents.byteLength, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Adds one row per subpath and mode to `report(name, raw, kit, unit, note)`. */
export async function bundleBench(report) {
  for (const [subpath, kit, raw] of JOBS) {
    for (const mode of Object.keys(MODES)) {
      const [k, r] = await Promise.all([bundleSize(kit, mode), bundleSize(raw, mode)]);
      const note = subpath === 'discovery' ? 'raw: this package\'s DiscoveryClient' : mode === 'esm' ? 'esbuild, SDK ES build tree-shaken' : 'esbuild, SDK CommonJS build';
      report(`bundle: /${subpath} start-and-wait job, ${mode}, minified`, r / 1024, k / 1024, 'KiB', note);
    }
  }
  // The other way, measured: the same /dms job through the Node build (what a bundler gets without the `module`
  // condition: custom `conditions` turn esbuild's default `module` condition off), whose import() defeats tree-shaking.
  const nodeBuild = await bundleSize(JOBS[0][1], 'esm', { conditions: ['node'] });
  report('bundle: /dms job, esm, through the Node build (no `module` condition)', (await bundleSize(JOBS[0][2], 'esm')) / 1024, nodeBuild / 1024, 'KiB', 'why dist/bundler exists');
  // The root's MigrationKit bundles every service: shown once, against the raw DMS job.
  const whole = await bundleSize(`import { MigrationKit } from 'aws-migration-kit';
const kit = new MigrationKit({ region: process.env.AWS_REGION });
const run = await kit.dms.replicationTask(process.env.TASK_ARN).startAssessmentRun({ name: 'job', serviceAccessRoleArn: process.env.ROLE_ARN, resultLocation: { bucket: 'my-bucket' } });
console.log((await run.waitUntilComplete()).status.kind);`, 'esm');
  report('bundle: the same DMS job through the root MigrationKit, esm', (await bundleSize(JOBS[0][2], 'esm')) / 1024, whole / 1024, 'KiB', 'MigrationKit bundles all four services');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fmt = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  await bundleBench((name, raw, kit, unit, note) => console.log(`${name.padEnd(62)} raw ${fmt(raw).padStart(8)}  kit ${fmt(kit).padStart(8)} ${unit}  ${(kit / raw).toFixed(2)}×  ${note}`));
}
