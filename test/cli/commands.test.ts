/**
 * The built `amk` bin as a child process against the emulator: every command, `--json` checked field by field,
 * exit codes and usage errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MigrationKit } from '../../src/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { BUCKET, DISCOVERY_CSV, MGN_CSV, advanceOnPoll, kitOf, roleArn } from './fixtures.js';
import { emulatorEnv } from '../support/emulator-env.js';
import { records, runCli } from './run-cli.js';

// Each test runs the bin a few times; a process start costs seconds on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

let emu: Emulator;
let kit: MigrationKit;
let env: Record<string, string>;
const FAST = ['--min-delay', '10ms', '--max-delay', '20ms'];

beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
  kit = kitOf(emu);
  env = emulatorEnv(emu);
  emu.putObject(BUCKET, 'servers.csv', DISCOVERY_CSV);
  emu.putObject(BUCKET, 'plan.csv', MGN_CSV);
}, 120_000);
afterAll(() => emu.close());

describe('amk ls', () => {
  it('lists Discovery import tasks as NDJSON: the checkpoint plus display fields', async () => {
    const task = await kit.discovery.startImport({ name: 'ls-wave', importUrl: `s3://${BUCKET}/servers.csv` });
    emu.clock.advance(10 * 60_000);
    const { code, stdout, stderr } = await runCli(['ls', 'discovery', '--name', 'ls-wave', '--json'], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [row, ...rest] = records(stdout);
    expect(rest).toEqual([]);
    expect(row).toEqual({
      v: 1,
      service: 'discovery',
      resource: 'ImportTask',
      id: task.id,
      status: { kind: 'partially-succeeded', raw: 'IMPORT_COMPLETE_WITH_ERRORS' },
      ref: task.id,
      name: 'ls-wave',
      progress: { completed: 3, total: 3, percent: 100 },
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      endedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      terminal: true,
      summary: '3 records, 2 failed',
    });
    // The NDJSON line's checkpoint keys resume with the library; the whole line (display fields too) is refused.
    const { v, service, resource, id, status } = row as Record<string, unknown>;
    expect(String(kit.resume(JSON.stringify({ v, service, resource, id, status })))).toContain(task.id);
    expect(() => kit.resume(JSON.stringify(row))).toThrow(/unknown option/);
  });

  it('prints a table with id, name, status kind and raw, progress and times', async () => {
    const { code, stdout } = await runCli(['ls', 'discovery', '--name', 'ls-wave'], env);
    expect(code).toBe(0);
    const [header, line] = stdout.split('\n');
    expect(header?.split(/\s{2,}/)).toEqual(['ID', 'NAME', 'STATUS', 'RAW', 'PROGRESS', 'CREATED', 'ENDED']);
    expect(line?.split(/\s{2,}/).slice(1, 5)).toEqual(['ls-wave', 'partially-succeeded', 'IMPORT_COMPLETE_WITH_ERRORS', '3/3']);
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('stops paging at --limit and filters on status kinds', async () => {
    for (let i = 0; i < 3; i++) await kit.discovery.startImport({ name: `limit-${i}`, importUrl: `s3://${BUCKET}/servers.csv` });
    const before = emu.requestCount('DescribeImportTasks');
    const { code, stdout } = await runCli(['ls', 'discovery', '--status', 'running', '--limit', '2', '--json'], env);
    expect(code).toBe(0);
    const rows = records(stdout);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => (r['status'] as { kind: string }).kind)).toEqual(['running', 'running']);
    expect(emu.requestCount('DescribeImportTasks') - before).toBe(1);
    emu.clock.advance(10 * 60_000);
  });

  it('lists MGN imports and exports, Migration Hub tasks and DMS runs alike', async () => {
    const imp = await kit.mgn.startImport({ bucket: BUCKET, key: 'plan.csv' });
    const exp = await kit.mgn.startExport({ bucket: BUCKET, key: 'export.csv' });
    await kit.hub.stream('ls-tool').create();
    await kit.hub.migrationTask('ls-tool', 'srv-1').import();
    await kit.hub.migrationTask('ls-tool', 'srv-1').notify({ status: 'IN_PROGRESS', progressPercent: 40, detail: 'copying', nextUpdateSeconds: 300 });
    const taskArn = await emu.createReplicationTask();
    const run = await kit.dms.replicationTask(taskArn).startAssessmentRun({ name: 'ls-run', serviceAccessRoleArn: roleArn(emu), resultLocation: { bucket: BUCKET } });
    const one = async (args: string[]): Promise<Record<string, unknown>> => {
      const { code, stdout, stderr } = await runCli([...args, '--json'], env);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const rows = records(stdout);
      expect(rows).toHaveLength(1);
      return rows[0] ?? {};
    };
    const [mgnImport, mgnExport, hubTask, dmsRun] = await Promise.all([
      one(['ls', 'mgn-imports', '--id', imp.id]),
      one(['ls', 'mgn-exports', '--id', exp.id]),
      one(['ls', 'hub', '--stream', 'ls-tool']),
      one(['ls', 'dms', '--task-arn', taskArn, '--name', 'ls-run']),
    ]);
    expect(mgnImport).toMatchObject({ service: 'mgn', resource: 'MgnImport', id: imp.id, ref: imp.id, name: `s3://${BUCKET}/plan.csv` });
    expect(mgnExport).toMatchObject({ service: 'mgn', resource: 'MgnExport', id: exp.id, name: `s3://${BUCKET}/export.csv` });
    expect(hubTask).toMatchObject({
      service: 'migration-hub',
      resource: 'MigrationTask',
      id: 'srv-1',
      scope: 'ls-tool',
      ref: 'ls-tool/srv-1',
      status: { kind: 'running', raw: 'IN_PROGRESS' },
      progress: { completed: 40, total: 100, percent: 40 },
      summary: 'copying',
    });
    expect(dmsRun).toMatchObject({ service: 'dms', resource: 'AssessmentRun', id: run.arn, ref: run.arn, name: 'ls-run', terminal: false });
  });

  it('refuses a filter the service does not have, naming it, with exit code 2 and nothing sent', async () => {
    const before = emu.requestCount();
    const { code, stdout, stderr } = await runCli(['ls', 'mgn-imports', '--name', 'x', '--json'], env);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(JSON.parse(stderr)).toEqual({ type: 'error', exitCode: 2, error: { name: 'UsageError', field: '--name', message: expect.stringContaining('--id') } });
    expect(emu.requestCount()).toBe(before);
  });
});

describe('amk show', () => {
  it('shows every field of a partially successful Discovery import and its failed rows', async () => {
    const task = await kit.discovery.startImport({ name: 'show-wave', importUrl: `s3://${BUCKET}/servers.csv` });
    emu.clock.advance(10 * 60_000);
    const { code, stdout } = await runCli(['show', task.id, '--json'], env);
    expect(code).toBe(0);
    const shown = JSON.parse(stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ id: task.id, status: { kind: 'partially-succeeded' } });
    expect(shown['details']).toMatchObject({ name: 'show-wave', serverImportSuccess: 1, serverImportFailure: 2, recordsProcessed: 3 });
    expect(shown['failedRecords']).toEqual([
      { row: 3, errors: expect.stringMatching(/identifier/), record: { ExternalId: '', HostName: '', IPAddress: '', 'OS.Name': 'Windows' } },
      { row: 4, errors: expect.stringMatching(/999\.1\.1\.1/), record: { ExternalId: 'srv-3', HostName: 'db-01', IPAddress: '999.1.1.1', 'OS.Name': 'Linux' } },
    ]);
    expect(stdout).not.toMatch(/X-Amz|_s3\//); // the pre-signed archive URL is never printed
    const text = await runCli(['show', task.id], env);
    expect(text.stdout).toMatch(/failed rows \(2\)/);
    expect(text.stdout).toMatch(/serverImportFailure\s+2/);
  });

  it('shows an MGN import\'s errors, a DMS run\'s individual assessments and a Migration Hub task', async () => {
    const imp = await kit.mgn.startImport({ bucket: BUCKET, key: 'plan.csv' });
    const taskArn = await emu.createReplicationTask({ assessmentOutcome: 'warning' });
    const run = await kit.dms.replicationTask(taskArn).startAssessmentRun({ name: 'show-run', serviceAccessRoleArn: roleArn(emu), resultLocation: { bucket: BUCKET } });
    emu.clock.advance(60 * 60_000);
    const mgn = JSON.parse((await runCli(['show', imp.id, '--json'], env)).stdout) as { status: unknown; errors: { rowNumber: number; rawError: string }[] };
    expect(mgn.status).toEqual({ kind: 'succeeded', raw: 'SUCCEEDED' });
    expect(mgn.errors.map((e) => e.rowNumber)).toEqual([4]);
    expect(mgn.errors[0]?.rawError).toMatch(/BEOS/);
    const shown = await runCli(['show', run.arn, '--json'], env);
    expect(shown.stderr).toBe('');
    const dms = JSON.parse(shown.stdout) as {
      status: { kind: string };
      individualAssessments: { name: string; status: string }[];
      resultObjects: { key: string; size: number }[];
    };
    expect(dms.status.kind).toBe('warning');
    expect(dms.individualAssessments.length).toBeGreaterThan(0);
    expect(dms.individualAssessments.every((a) => typeof a.name === 'string' && a.name !== '')).toBe(true);
    // The objects the run wrote under its result location, as the kit lists them.
    const written = await run.resultObjects().toArray({ limit: 1_000 });
    expect(written.length).toBeGreaterThan(0);
    expect(dms.resultObjects).toEqual(written.map((o) => expect.objectContaining({ key: `s3://${BUCKET}/${o.key}`, size: o.size })));
    const hub = JSON.parse((await runCli(['show', 'ls-tool/srv-1', '--json'], env)).stdout) as Record<string, unknown>;
    expect(hub).toMatchObject({ ref: 'ls-tool/srv-1', details: { stream: 'ls-tool', name: 'srv-1', progressPercent: 40, detail: 'copying' } });
  });

  it('exits 1 on a service error and 2 on an id whose service cannot be told', async () => {
    const missing = await runCli(['show', 'import-task-00000000000000000000000000000000'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/not found/);
    const odd = await runCli(['show', 'what-is-this'], env);
    expect(odd.code).toBe(2);
    expect(odd.stderr).toMatch(/<id>.*--service/);
  });
});

describe('amk wait and watch', () => {
  it('waits for resources of four services at once: one change event per change, one final event each', async () => {
    const task = await kit.discovery.startImport({ name: 'wait-wave', importUrl: `s3://${BUCKET}/servers.csv` });
    const imp = await kit.mgn.startImport({ bucket: BUCKET, key: 'plan.csv' });
    const run = await kit.dms.replicationTask(await emu.createReplicationTask()).startAssessmentRun({ name: 'wait-run', serviceAccessRoleArn: roleArn(emu), resultLocation: { bucket: BUCKET } });
    await kit.hub.stream('wait-tool').create();
    const hubTask = kit.hub.migrationTask('wait-tool', 'srv-1');
    await hubTask.import();
    await hubTask.notify({ status: 'COMPLETED', progressPercent: 100, nextUpdateSeconds: 300 });
    const stop = advanceOnPoll(emu, { DescribeImportTasks: 20_000, ListImports: 1_000, DescribeReplicationTaskAssessmentRuns: 10_000 });
    try {
      const { code, stdout, stderr } = await runCli(['wait', task.id, imp.id, run.arn, 'wait-tool/srv-1', '--json', ...FAST], env);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const events = records(stdout);
      const finals = events.filter((e) => e['type'] === 'final');
      expect(finals.map((e) => (e['resource'] as { ref: string }).ref)).toEqual([task.id, imp.id, run.arn, 'wait-tool/srv-1']);
      expect(finals.map((e) => e['outcome'])).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
      for (const e of events) expect(Object.keys(e).sort()).toEqual(e['type'] === 'final' ? ['outcome', 'resource', 'time', 'type'] : ['resource', 'time', 'type']);
      const changes = events.filter((e) => e['type'] === 'change').map((e) => e['resource'] as { ref: string; status: { raw: string }; progress: unknown });
      // Every resource is reported on the first observation, then only when it changed.
      const runRaw = changes.filter((c) => c.ref === run.arn).map((c) => c.status.raw);
      expect(runRaw.length).toBeGreaterThan(1);
      expect(runRaw.at(-1)).toBe('passed');
      for (const final of finals) expect(changes.filter((c) => c.ref === (final['resource'] as { ref: string }).ref).at(-1)).toEqual(final['resource']);
      const keys = changes.map((c) => JSON.stringify(c));
      expect(new Set(keys).size).toBe(keys.length);
      expect(changes.filter((c) => c.ref === 'wait-tool/srv-1')).toHaveLength(1);
    } finally {
      stop();
    }
  });

  it('exits 1 with --succeeded when a resource ended failed, 0 without', async () => {
    const run = await kit.dms.replicationTask(await emu.createReplicationTask({ assessmentOutcome: 'error-executing' })).startAssessmentRun({ name: 'bad-run', serviceAccessRoleArn: roleArn(emu), resultLocation: { bucket: BUCKET } });
    emu.clock.advance(60 * 60_000);
    const strict = await runCli(['wait', run.arn, '--succeeded', '--json', ...FAST], env);
    expect(strict.code).toBe(1);
    expect(records(strict.stdout).at(-1)).toMatchObject({ type: 'final', outcome: 'failed', resource: { status: { kind: 'error' } } });
    expect((await runCli(['wait', run.arn, ...FAST], env)).code).toBe(0);
  });

  it('--any returns on the first terminal resource', async () => {
    const done = await kit.discovery.startImport({ name: 'any-done', importUrl: `s3://${BUCKET}/servers.csv` });
    emu.clock.advance(10 * 60_000);
    const running = await kit.discovery.startImport({ name: 'any-running', importUrl: `s3://${BUCKET}/servers.csv` });
    const { code, stdout } = await runCli(['wait', running.id, done.id, '--any', ...FAST], env);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`first to finish: ${done.id}`));
    emu.clock.advance(10 * 60_000);
  });

  it('exits 3 at --timeout, with a final event per resource saying so', async () => {
    const task = await kit.discovery.startImport({ name: 'slow', importUrl: `s3://${BUCKET}/servers.csv` });
    const { code, stdout } = await runCli(['wait', task.id, '--timeout', '200ms', '--json', ...FAST], env);
    expect(code).toBe(3);
    expect(records(stdout).at(-1)).toMatchObject({ type: 'final', outcome: 'timeout', resource: { id: task.id, terminal: false } });
    emu.clock.advance(10 * 60_000);
  });

  it('watch prints a plain timestamped line per change when stdout is not a terminal, with no escape codes', async () => {
    const task = await kit.discovery.startImport({ name: 'watched', importUrl: `s3://${BUCKET}/servers.csv` });
    const stop = advanceOnPoll(emu, { DescribeImportTasks: 20_000 });
    try {
      const { code, stdout } = await runCli(['watch', task.id, ...FAST], { ...env, FORCE_COLOR: '0' });
      expect(code).toBe(0);
      const lines = stdout.trim().split('\n');
      expect(lines.slice(0, -1).every((l) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ import-task-[0-9a-f]{32} watched /.test(l))).toBe(true);
      expect(lines.at(-2)).toMatch(/partially-succeeded \(IMPORT_COMPLETE_WITH_ERRORS\) 3\/3 3 records, 2 failed$/);
      expect(lines.at(-1)).toMatch(/^1 resource in \d+:\d\d: 1 partially-succeeded$/);
      expect(stdout).not.toMatch(/\u001b/);
    } finally {
      stop();
    }
  });

  it('refuses a malformed --timeout before any request, naming it', async () => {
    const before = emu.requestCount();
    const { code, stderr } = await runCli(['wait', 'import-task-00000000000000000000000000000000', '--timeout', 'soon'], env);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--timeout: expected a duration/);
    expect(emu.requestCount()).toBe(before);
  });
});

describe('amk start', () => {
  it('starts a Discovery import once per token: a retried command re-attaches to the same task', async () => {
    const args = ['start', 'discovery-import', '--name', 'tokened', '--url', `s3://${BUCKET}/servers.csv`, '--json'];
    const first = await runCli(args, env);
    expect(first.code).toBe(0);
    const started = records(first.stdout)[0] as { type: string; token: string; resource: { id: string; status: { kind: string } } };
    expect(started.type).toBe('started');
    expect(started.token).toMatch(/^[0-9a-f-]{36}$/);
    const again = await runCli([...args, '--token', started.token], env);
    expect((records(again.stdout)[0] as typeof started).resource.id).toBe(started.resource.id);
    const other = await runCli(args, env);
    expect((records(other.stdout)[0] as typeof started).resource.id).not.toBe(started.resource.id);
    emu.clock.advance(10 * 60_000);
  });

  it('starts an MGN import with --wait and ends with its final event', async () => {
    const stop = advanceOnPoll(emu, { ListImports: 1_000 });
    try {
      const { code, stdout } = await runCli(['start', 'mgn-import', '--bucket', BUCKET, '--key', 'plan.csv', '--tag', 'team=infra', '--wait', '--json', ...FAST], env);
      expect(code).toBe(0);
      const events = records(stdout);
      expect(events[0]).toMatchObject({ type: 'started', token: expect.any(String), resource: { resource: 'MgnImport' } });
      expect(events.at(-1)).toMatchObject({ type: 'final', outcome: 'succeeded', resource: { status: { raw: 'SUCCEEDED' }, summary: '2 servers, 1 application, 1 wave' } });
    } finally {
      stop();
    }
  });

  it('starts an MGN export and a DMS assessment run', async () => {
    const exp = await runCli(['start', 'mgn-export', '--bucket', BUCKET, '--key', 'out.csv', '--json'], env);
    expect(exp.code).toBe(0);
    expect(records(exp.stdout)[0]).toMatchObject({ type: 'started', resource: { resource: 'MgnExport', name: `s3://${BUCKET}/out.csv` } });
    expect(records(exp.stdout)[0]).not.toHaveProperty('token');
    const taskArn = await emu.createReplicationTask();
    const run = await runCli(['start', 'dms-assessment', '--task-arn', taskArn, '--name', 'cli-run', '--role-arn', roleArn(emu), '--bucket', BUCKET, '--folder', 'wave-1', '--sse', 'SSE_S3', '--json'], env);
    expect(run.stderr).toBe('');
    const ref = (records(run.stdout)[0] as { resource: { ref: string } }).resource.ref;
    const shown = JSON.parse((await runCli(['show', ref, '--json'], env)).stdout) as { details: Record<string, unknown> };
    expect(shown.details).toMatchObject({ name: 'cli-run', replicationTaskArn: taskArn, resultLocation: { bucket: BUCKET, folder: 'wave-1' }, encryption: { mode: 'SSE_S3' } });
  });

  it('checks, uploads and starts a file with --file; a file with bad rows is refused with its report before anything is sent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amk-file-'));
    writeFileSync(join(dir, 'bad.csv'), DISCOVERY_CSV);
    writeFileSync(join(dir, 'good.csv'), 'ExternalId,HostName\nfile-1,web-01\nfile-2,web-02\n');
    const before = emu.requestCount();
    const bad = await runCli(['start', 'discovery-import', '--name', 'from-file', '--file', join(dir, 'bad.csv'), '--bucket', BUCKET, '--json'], env);
    expect(bad.code).toBe(2);
    const refused = JSON.parse(bad.stderr) as { error: { name: string; report: { ok: boolean; problems: { row: number; code: string }[] } } };
    expect(refused.error.name).toBe('ImportFileError');
    expect(refused.error.report.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'missing-identifier'],
      [4, 'invalid-ip'],
    ]);
    expect(emu.requestCount()).toBe(before);
    // Without --json, the report as a person reads it, and no usage hint (the file is at fault, not the command).
    const text = await runCli(['start', 'discovery-import', '--name', 'from-file', '--file', join(dir, 'bad.csv'), '--bucket', BUCKET], env);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/^amk: the import file was refused before anything was uploaded or started:\ndiscovery import file: 3 rows/);
    expect(text.stderr).toMatch(/row 4, IPAddress: .*\[invalid-ip\]/);
    expect(text.stderr).not.toMatch(/--help/);
    expect(emu.requestCount()).toBe(before);
    const stop = advanceOnPoll(emu, { DescribeImportTasks: 30_000 });
    try {
      const args = ['start', 'discovery-import', '--name', 'from-file', '--file', join(dir, 'good.csv'), '--bucket', BUCKET, '--json'];
      const good = await runCli([...args, '--wait', ...FAST], env);
      expect(good.stderr).toBe('');
      expect(good.code).toBe(0);
      const events = records(good.stdout);
      const id = (events[0] as { resource: { id: string } }).resource.id;
      expect(events.at(-1)).toMatchObject({ type: 'final', outcome: 'succeeded', resource: { id, status: { raw: 'IMPORT_COMPLETE' }, summary: '2 records' } });
      // The token is derived from the bucket, key and content: running the command again re-attaches.
      const again = await runCli(args, env);
      expect((records(again.stdout)[0] as { resource: { id: string } }).resource.id).toBe(id);
    } finally {
      stop();
    }
  });

  it('mgn-import --file: an unknown platform is refused before upload; --validate warn uploads and starts anyway', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amk-mgn-file-'));
    writeFileSync(join(dir, 'plan.csv'), MGN_CSV);
    const before = emu.requestCount();
    const refused = await runCli(['start', 'mgn-import', '--bucket', BUCKET, '--file', join(dir, 'plan.csv'), '--json'], env);
    expect(refused.code).toBe(2);
    const error = (JSON.parse(refused.stderr) as { error: { name: string; report: { problems: { row: number; code: string; severity: string }[] } } }).error;
    expect(error.name).toBe('ImportFileError');
    expect(error.report.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.code])).toEqual([[4, 'invalid-platform']]);
    expect(emu.requestCount()).toBe(before);
    const started = await runCli(['start', 'mgn-import', '--bucket', BUCKET, '--file', join(dir, 'plan.csv'), '--key', 'cli/plan.csv', '--validate', 'warn', '--json'], env);
    expect(started.stderr).toBe('');
    expect(started.code).toBe(0);
    const id = (records(started.stdout)[0] as { resource: { id: string } }).resource.id;
    expect(id).toMatch(/^import-/);
    expect(new TextDecoder().decode(emu.getObject(BUCKET, 'cli/plan.csv'))).toBe(MGN_CSV);
    const usage = await runCli(['start', 'discovery-import', '--name', 'n', '--url', `s3://${BUCKET}/x.csv`, '--validate', 'off'], env);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--validate');
  });

  it('names the missing or misplaced option with exit code 2 and sends nothing', async () => {
    const before = emu.requestCount();
    const missing = await runCli(['start', 'discovery-import', '--name', 'x'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--url: is required/);
    const misplaced = await runCli(['start', 'mgn-export', '--bucket', BUCKET, '--key', 'k.csv', '--token', 't'], env);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toMatch(/--token: is not an option of start mgn-export/);
    const invalid = await runCli(['start', 'discovery-import', '--name', 'x', '--url', 's3://Bad_Bucket/k.csv', '--json'], env);
    expect(invalid.code).toBe(2);
    expect((JSON.parse(invalid.stderr) as { error: { field: string } }).error.field).toBe('importUrl');
    const unknown = await runCli(['start', 'discovery-import', '--nmae', 'x'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--nmae/);
    expect(emu.requestCount()).toBe(before);
  });
});

describe('amk delete, cancel and hub notify', () => {
  it('deletes Discovery import tasks in batches of 10 and reports each id', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await kit.discovery.startImport({ name: `del-${i}`, importUrl: `s3://${BUCKET}/servers.csv` })).id);
    emu.clock.advance(10 * 60_000);
    const before = emu.requestCount('BatchDeleteImportData');
    const { code, stdout } = await runCli(['delete', ...ids, '--history', '--json'], env);
    expect(code).toBe(0);
    expect(records(stdout)).toEqual(ids.map((id) => ({ id, deleted: true })));
    expect(emu.requestCount('BatchDeleteImportData') - before).toBe(2);
    const gone = await runCli(['delete', 'import-task-00000000000000000000000000000000', '--json'], env);
    expect(gone.code).toBe(1);
    expect(records(gone.stdout)[0]).toMatchObject({ deleted: false, error: { code: 'NOT_FOUND' } });
  });

  it('cancels and deletes a DMS assessment run', async () => {
    const run = await kit.dms.replicationTask(await emu.createReplicationTask()).startAssessmentRun({ name: 'to-cancel', serviceAccessRoleArn: roleArn(emu), resultLocation: { bucket: BUCKET } });
    const cancelled = await runCli(['cancel', run.arn, '--json'], env);
    expect(cancelled.code).toBe(0);
    expect(records(cancelled.stdout)[0]).toMatchObject({ id: run.arn, cancelled: true, resource: { status: { raw: 'cancelling' } } });
    emu.clock.advance(60 * 60_000);
    const deleted = await runCli(['delete', run.arn, '--json'], env);
    expect(deleted.code).toBe(0);
    expect(records(deleted.stdout)[0]).toMatchObject({ id: run.arn, deleted: true, resource: { status: { kind: 'deleting' } } });
    const wrong = await runCli(['cancel', 'import-task-00000000000000000000000000000000'], env);
    expect(wrong.code).toBe(2);
  });

  it('notifies Migration Hub from a shell, creating the stream and task on first use; --dry-run changes nothing', async () => {
    const sent = await runCli(['hub', 'notify', 'shell-tool/app-01', '--status', 'IN_PROGRESS', '--percent', '40', '--detail', 'copying disks', '--next-update', '300'], env);
    expect(sent.stderr).toBe('');
    expect(sent.code).toBe(0);
    const task = await kit.hub.migrationTask('shell-tool', 'app-01').refresh();
    expect([task.status.raw, task.progressPercent, task.detail]).toEqual(['IN_PROGRESS', 40, 'copying disks']);
    const dry = await runCli(['hub', 'notify', 'shell-tool/app-01', '--status', 'IN_PROGRESS', '--percent', '90', '--next-update', '300', '--dry-run', '--json'], env);
    expect(dry.code).toBe(0);
    expect(records(dry.stdout)[0]).toMatchObject({ dryRun: true, wouldSucceed: true });
    expect((await task.refresh()).progressPercent).toBe(40);
    const bad = await runCli(['hub', 'notify', 'shell-tool/app-01', '--status', 'IN_PROGRESS', '--percent', '140', '--next-update', '300'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--percent/);
  });
});

describe('amk validate', () => {
  it('reports the rows the service would refuse with exit code 2, and passes a good file with 0, sending nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amk-validate-'));
    writeFileSync(join(dir, 'bad.csv'), DISCOVERY_CSV);
    writeFileSync(join(dir, 'good.csv'), 'ExternalId,HostName\nsrv-1,web-01\n');
    writeFileSync(join(dir, 'plan.csv'), MGN_CSV);
    const before = emu.requestCount();
    const [bad, good, plan, text] = await Promise.all([
      runCli(['validate', join(dir, 'bad.csv'), '--template', 'discovery', '--json'], env),
      runCli(['validate', join(dir, 'good.csv'), '--template', 'discovery', '--json'], env),
      runCli(['validate', join(dir, 'plan.csv'), '--template', 'mgn', '--json'], env),
      runCli(['validate', join(dir, 'bad.csv'), '--template', 'discovery'], env),
    ]);
    expect(bad.code).toBe(2);
    const report = JSON.parse(bad.stdout) as { ok: boolean; rows: number; problems: { row?: number; column?: string; code: string }[]; counts: { servers: number } };
    // Row numbers count the header as row 1, as the service does.
    expect(report).toMatchObject({ ok: false, rows: 3, counts: { servers: 1 } });
    expect(report.problems.map((p) => p.row)).toEqual([3, 4]);
    expect(report.problems[1]).toMatchObject({ column: 'IPAddress', code: 'invalid-ip' });
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ ok: true, rows: 1, problems: [] });
    expect(plan.code).toBe(2);
    const errors = (JSON.parse(plan.stdout) as { problems: { row: number; column: string; severity: string }[] }).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.row, p.column])).toEqual([[4, 'mgn:server:platform']]);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/IPAddress/);
    expect(emu.requestCount()).toBe(before);
    const noTemplate = await runCli(['validate', join(dir, 'good.csv')], env);
    expect(noTemplate.code).toBe(2);
    expect(noTemplate.stderr).toMatch(/--template: is required/);
  });
});

describe('help, version and usage', () => {
  it('prints --help for the bin and for a command, and --version', async () => {
    const [main, wait, version] = await Promise.all([runCli(['--help'], env), runCli(['wait', '--help'], env), runCli(['--version'], env)]);
    expect(main.code).toBe(0);
    const names = [...main.stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]);
    expect(names).toEqual(['ls', 'show', 'wait', 'watch', 'start', 'delete', 'cancel', 'hub', 'validate', 'emulator']);
    expect(wait.code).toBe(0);
    expect(wait.stdout).toMatch(/^Usage: amk wait <id-or-arn>\.\.\./);
    expect(wait.stdout).toMatch(/--timeout D +give up after D/);
    expect(wait.stdout).toMatch(/Examples:\n {2}amk wait /);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version);
    const unknown = await runCli(['frobnicate'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
