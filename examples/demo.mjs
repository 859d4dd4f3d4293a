// A tour of aws-migration-kit against its built-in emulator: no AWS account, no network beyond 127.0.0.1.
// Run with `npm run demo`. Everything below uses only the public API a user would import.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ImportFileError, MigrationKit, formatImportFileReport, isTerminal } from 'aws-migration-kit';
import { startEmulator } from 'aws-migration-kit/local';

const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (tty ? `\x1b[${code}m${text}\x1b[0m` : String(text));
const bold = paint('1');
const dim = paint('2');
const green = paint('32');
const yellow = paint('33');
const red = paint('31');
const cyan = paint('36');

const section = (title) => console.log(`\n${bold(cyan(`━━ ${title} `.padEnd(78, '━')))}`);
const bar = (percent, width = 28) => {
  const filled = Math.round((Math.max(0, Math.min(100, percent)) / 100) * width);
  return `${green('█'.repeat(filled))}${dim('░'.repeat(width - filled))} ${String(Math.round(percent)).padStart(3)}%`;
};
const colourFor = (kind) =>
  ({ succeeded: green, 'partially-succeeded': yellow, warning: yellow, failed: red, error: red })[kind] ?? ((s) => s);
const statusText = (status) => colourFor(status.kind)(`${status.kind} (${status.raw})`);
const data = (name) => readFile(new URL(`./data/${name}`, import.meta.url), 'utf8');

// Emulated time runs 40× faster than real time, so a one-minute import takes about 1.5 s.
const emu = await startEmulator({ speed: 40 });
const kit = new MigrationKit({ ...emu.clientConfig });
const fast = { minDelayMs: 250, maxDelayMs: 1_000, timeoutMs: 60_000 };
console.log(`${bold('aws-migration-kit demo')}  ${dim(`emulator at ${emu.endpoint}, region ${emu.region}`)}`);

try {
  // ── Application Discovery Service ────────────────────────────────────────────────────────────────────────────
  section('Application Discovery Service: check, upload and import a server inventory');
  const inventory = { path: fileURLToPath(new URL('./data/discovery-inventory.csv', import.meta.url)) };
  const importOptions = { bucket: 'acme-migration', key: 'inventory/servers.csv', name: 'datacenter-east' };
  emu.putObject('acme-migration', 'README.txt', 'the bucket exists, as it would in your account');
  // importFile() checks the file on this machine first, and refuses it before anything is uploaded or started.
  const sentBefore = emu.requestCount();
  try {
    await kit.discovery.importFile(inventory, importOptions);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    console.log(red(`✖ refused before upload: ${error.report.problems.length} problems found, ${emu.requestCount() - sentBefore} requests sent`));
    for (const line of formatImportFileReport(error.report).split('\n')) console.log(`  ${dim(line)}`);
  }
  // Knowing which rows will fail, upload anyway: the service imports the good rows and rejects the same bad ones.
  const task = await kit.discovery.importFile(inventory, { ...importOptions, validate: 'warn' });
  console.log(`uploaded ${bold('s3://acme-migration/inventory/servers.csv')} with its SHA-256, started import ${bold(task.id)}`);
  const imported = await task.waitUntilComplete({
    ...fast,
    onProgress: (t) => console.log(`  ${dim(new Date().toISOString().slice(11, 19))} ${statusText(t.status)}  ${t.recordsProcessed} records processed`),
  });

  switch (imported.status.kind) {
    case 'succeeded':
      console.log(green(`✔ all ${imported.serverImportSuccess} servers imported`));
      break;
    case 'partially-succeeded': {
      console.log(yellow(`▲ ${imported.serverImportSuccess} servers imported, ${imported.serverImportFailure} rows failed.`));
      console.log(`  ${dim('The failed rows, read straight from the errors archive (no unzipping by hand):')}`);
      for await (const row of imported.failedRecords()) {
        const who = row.record['HostName'] || row.record['ExternalId'] || '(no identifier)';
        console.log(`  ${yellow(`row ${row.rowNumber}`)} ${bold(who)}: ${row.errors.join('; ')}`);
      }
      console.log(`  ${dim(`printed, the task redacts its pre-signed URL: ${String(imported)}`)}`);
      break;
    }
    case 'failed':
      console.log(red(`✖ import failed: ${imported.status.reason}`));
      break;
    default:
      console.log(`ended as ${statusText(imported.status)}`);
  }

  // A second import of a file that is not a CSV at all, to show a failure kind.
  emu.putObject('acme-migration', 'inventory/servers.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
  const bad = await kit.discovery.startImport({ name: 'spreadsheet-by-mistake', importUrl: 's3://acme-migration/inventory/servers.xlsx' });
  await bad.waitUntilComplete(fast);
  if (bad.status.kind === 'failed') console.log(red(`✖ ${bad.name}: failed, reason ${bold(bad.status.reason)} (${bad.status.raw})`));

  console.log(`\nimport tasks in this account ${dim('(kit.discovery.importTasks(): lazy, paged, async-iterable)')}:`);
  for await (const t of kit.discovery.importTasks()) {
    console.log(`  ${t.id}  ${String(t.name).padEnd(24)} ${statusText(t.status)}`);
  }

  // ── Application Migration Service ────────────────────────────────────────────────────────────────────────────
  section('Application Migration Service: import waves, applications and servers');
  emu.putObject('acme-migration', 'mgn/wave-plan.csv', await data('mgn-inventory.csv'));
  const mgnImport = await kit.mgn.startImport({ bucket: 'acme-migration', key: 'mgn/wave-plan.csv', tags: { project: 'acme' } });
  console.log(`started MGN import ${bold(mgnImport.id)}`);
  await mgnImport.waitUntilComplete({ ...fast, onProgress: (i) => console.log(`  ${bar(i.progress?.percent ?? 0)}  ${statusText(i.status)}`) });
  const { servers, applications, waves } = mgnImport.summary;
  console.log(`created ${servers.created} servers, ${applications.created} applications, ${waves.created} waves`);
  for await (const e of mgnImport.errors()) console.log(`  ${yellow(`row ${e.rowNumber}`)}: ${e.rawError}`);

  // ── Migration Hub ────────────────────────────────────────────────────────────────────────────────────────────
  section('Migration Hub: a migration tool reports, an orchestrator watches');
  const stream = kit.hub.stream('acme-replicator');
  await stream.create();
  const servers3 = ['web-prod-01', 'web-prod-02', 'db-prod-01'];
  const tool = Promise.all(
    servers3.map((name, i) =>
      stream.task(name).track(
        async (report) => {
          for (const percent of [25, 50, 75]) {
            await new Promise((resolve) => setTimeout(resolve, 150 + i * 60));
            await report(percent, percent < 75 ? 'replicating disks' : 'cutover');
          }
          if (name === 'db-prod-01') throw new Error('cutover blocked: replication lag above 30 s');
          return `i-0${i}abcdef`;
        },
        { nextUpdateSeconds: 300 },
      ),
    ),
  );
  const orchestrator = Promise.all(
    servers3.map((name) =>
      kit.hub.migrationTask('acme-replicator', name, { nextUpdateSeconds: 300 }).waitUntilComplete({
        minDelayMs: 100,
        maxDelayMs: 200,
        timeoutMs: 30_000,
        onProgress: (t) => console.log(`  ${name.padEnd(12)} ${bar(t.progressPercent ?? 0, 20)}  ${statusText(t.status)} ${dim(t.detail ?? '')}`),
      }),
    ),
  );
  const outcomes = await Promise.allSettled([tool]);
  const watched = await orchestrator;
  if (outcomes[0].status === 'rejected') console.log(`the tool's error was rethrown to it: ${red(outcomes[0].reason.message)}`);
  for (const t of watched) console.log(`${t.status.kind === 'succeeded' ? green('✔') : red('✖')} ${t.name}: ${statusText(t.status)}${t.status.kind === 'failed' ? ` — ${t.detail}` : ''}`);

  // ── DMS ──────────────────────────────────────────────────────────────────────────────────────────────────────
  section('DMS: premigration assessment run');
  const taskArn = await emu.createReplicationTask({ assessmentOutcome: 'warning' });
  const run = await kit.dms.replicationTask(taskArn).startAssessmentRun({
    name: 'pre-cutover-storefront',
    serviceAccessRoleArn: `arn:aws:iam::${emu.accountId}:role/dms-assessments`,
    resultLocation: { bucket: 'acme-dms-assessments', folder: 'storefront' },
    encryption: { mode: 'SSE_S3' },
  });
  console.log(`started assessment run ${bold(run.name)}`);
  const assessed = await run.waitUntilComplete({
    ...fast,
    onProgress: (r) => console.log(`  ${bar(r.progress?.percent ?? 0)}  ${statusText(r.status)} ${dim(r.progress ? `${r.progress.completed}/${r.progress.total} assessments` : '')}`),
  });
  for await (const a of assessed.individualAssessments()) console.log(`  ${a.name.padEnd(60)} ${a.status}`);
  console.log(`results DMS wrote to S3 ${dim('(run.resultObjects(): ListObjectsV2 under the run\'s folder; the emulator\'s contents are illustrative)')}:`);
  for await (const object of assessed.resultObjects()) console.log(`  s3://${object.bucket}/${object.key}  ${dim(`${object.size} bytes`)}`);
  console.log(`checkpoint to resume elsewhere: ${dim(JSON.stringify(assessed))}`);
  console.log(`terminal: ${isTerminal(assessed.status)}`);

  // ── The command line ─────────────────────────────────────────────────────────────────────────────────────────
  section('The command line: amk waits on several resources at once');
  const imports = [];
  for (const name of ['wave-2-east', 'wave-2-west']) {
    imports.push(await kit.discovery.startImport({ name, importUrl: 's3://acme-migration/inventory/servers.csv' }));
  }
  const exported = await kit.mgn.startExport({ bucket: 'acme-migration', key: 'mgn/export.csv' });
  const refs = [...imports.map((t) => t.id), exported.id];
  console.log(dim(`$ amk wait ${refs.map((r) => `${r.slice(0, 16)}…`).join(' ')} --succeeded`));
  await new Promise((resolve, reject) => {
    // The built bin, pointed at this emulator the AWS way; on a terminal it draws its live view.
    const amk = spawn(process.execPath, [fileURLToPath(new URL('../dist/cli/index.js', import.meta.url)), 'wait', ...refs, '--min-delay', '250ms', '--max-delay', '1s'], {
      stdio: 'inherit',
      env: {
        ...process.env,
        AWS_ENDPOINT_URL: emu.endpoint,
        AWS_REGION: emu.region,
        AWS_ACCESS_KEY_ID: emu.clientConfig.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: emu.clientConfig.credentials.secretAccessKey,
      },
    });
    amk.once('error', reject);
    amk.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`amk wait exited with ${code}`))));
  });

  section('done');
  console.log(`${emu.requestCount()} requests answered by the emulator. Next: ${bold('npm test')}, and the guides in docs/.`);
} finally {
  await emu.close();
}
