/**
 * Saving and loading the emulator's whole state (`emu.exportState()`, `startEmulator({ state })`) and persisting the
 * emulated S3 to a directory (`dataDir`). A loaded emulator answers every service exactly as the saved one did, and
 * goes on from the same emulated time.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmulatorStateError, startEmulator, type Emulator, type EmulatorState } from '../../src/local/index.js';
import { postJson, postMgn } from '../local/raw-call.js';

const ROLE = 'arn:aws:iam::111122223333:role/dms-assessment';
let source: Emulator;
let saved: string;

/** What each service answers now: the same requests against any emulator. */
async function observe(emu: Emulator): Promise<unknown[]> {
  return [
    (await postJson(emu, 'discovery', 'DescribeImportTasks')).body,
    (await postMgn(emu, 'ListImports')).body,
    (await postMgn(emu, 'ListExports')).body,
    (await postMgn(emu, 'ListImportErrors', { importID: ((await postMgn(emu, 'ListImports')).body['items'] as { importID: string }[])[0]?.importID })).body,
    (await postJson(emu, 'migration-hub', 'DescribeMigrationTask', { ProgressUpdateStream: 'tool', MigrationTaskName: 'vm-1' })).body,
    (await postJson(emu, 'migration-hub', 'ListProgressUpdateStreams')).body,
    (await postJson(emu, 'migrationhub-config', 'GetHomeRegion')).body,
    (await postJson(emu, 'migrationhub-config', 'DescribeHomeRegionControls')).body,
    (await postJson(emu, 'dms', 'DescribeReplicationTaskAssessmentRuns')).body,
    (await postJson(emu, 'dms', 'DescribeReplicationTasks')).body,
    emu.mgn.servers(),
    emu.hub.migrationTask('tool', 'vm-1'),
    new TextDecoder().decode(emu.getObject('inventory', 'servers.csv')),
    emu.clock.now(),
  ];
}

beforeAll(async () => {
  source = await startEmulator({ speed: 0, region: 'eu-west-1', accountId: '444455556666' });
  source.putObject('inventory', 'servers.csv', 'ExternalId,HostName\nsrv-1,web-01\n');
  source.putObject('inventory', 'mgn.csv', 'mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn\ns-1,linux,web.example.com\ns-2,windows,not a host\n');
  await postJson(source, 'discovery', 'StartImportTask', { name: 'wave-1', importUrl: 's3://inventory/servers.csv', clientRequestToken: 'tok-1' });
  await postMgn(source, 'StartImport', { s3BucketSource: { s3Bucket: 'inventory', s3Key: 'mgn.csv' }, clientToken: 'mgn-tok' });
  source.clock.advance(5_000);
  await postMgn(source, 'StartExport', { s3Bucket: 'out', s3Key: 'export.csv' });
  await postJson(source, 'migration-hub', 'CreateProgressUpdateStream', { ProgressUpdateStreamName: 'tool' });
  await postJson(source, 'migration-hub', 'ImportMigrationTask', { ProgressUpdateStream: 'tool', MigrationTaskName: 'vm-1' });
  await postJson(source, 'migration-hub', 'NotifyMigrationTaskState', {
    ProgressUpdateStream: 'tool', MigrationTaskName: 'vm-1', Task: { Status: 'IN_PROGRESS', ProgressPercent: 40, StatusDetail: 'copying' }, UpdateDateTime: source.clock.now() / 1000, NextUpdateSeconds: 300,
  });
  const taskArn = await source.createReplicationTask({ assessmentOutcome: 'warning' });
  await postJson(source, 'dms', 'StartReplicationTaskAssessmentRun', { ReplicationTaskArn: taskArn, ServiceAccessRoleArn: ROLE, ResultLocationBucket: 'assessments', AssessmentRunName: 'pre-cutover' });
  source.clock.advance(30_000);
  saved = JSON.stringify(source.exportState());
});
afterAll(() => source.close());

describe('exportState and startEmulator({ state })', () => {
  it('loads into an emulator that answers every service as the saved one, and goes on from the same time', async () => {
    const loaded = await startEmulator({ speed: 0, state: JSON.parse(saved) as EmulatorState });
    try {
      expect([loaded.region, loaded.accountId]).toEqual(['eu-west-1', '444455556666']);
      expect(await observe(loaded)).toEqual(await observe(source));
      expect(JSON.stringify(loaded.exportState())).toBe(saved);
      for (const emu of [source, loaded]) emu.clock.advance(10 * 60_000);
      const after = await observe(loaded);
      expect(after).toEqual(await observe(source));
      expect(JSON.stringify(after)).toMatch(/IMPORT_COMPLETE/);
      expect(JSON.stringify(after)).toMatch(/"Status":"warning"/);
      expect(loaded.hub.migrationTask('tool', 'vm-1')?.stale).toBe(true);
    } finally {
      await loaded.close();
    }
  });

  it('keeps idempotency tokens: a repeated start returns the saved task', async () => {
    const loaded = await startEmulator({ speed: 0, state: JSON.parse(saved) as EmulatorState });
    try {
      const again = await postJson(loaded, 'discovery', 'StartImportTask', { name: 'wave-1', importUrl: 's3://inventory/servers.csv', clientRequestToken: 'tok-1' });
      const first = (await postJson(source, 'discovery', 'DescribeImportTasks')).body['tasks'] as { importTaskId: string }[];
      expect((again.body['task'] as { importTaskId: string }).importTaskId).toBe(first[0]?.importTaskId);
      const mgnAgain = await postMgn(loaded, 'StartImport', { s3BucketSource: { s3Bucket: 'inventory', s3Key: 'mgn.csv' }, clientToken: 'mgn-tok' });
      const mgnFirst = (await postMgn(source, 'ListImports')).body['items'] as { importID: string }[];
      expect((mgnAgain.body['importTask'] as { importID: string }).importID).toBe(mgnFirst[0]?.importID);
      const fresh = await postMgn(loaded, 'StartImport', { s3BucketSource: { s3Bucket: 'inventory', s3Key: 'mgn.csv' } });
      expect(mgnFirst.map((i) => i.importID)).not.toContain((fresh.body['importTask'] as { importID: string }).importID);
    } finally {
      await loaded.close();
    }
  });

  const refusals: [string, (state: Record<string, unknown>) => unknown, string, RegExp][] = [
    ['another version', (s) => ({ ...s, version: 2 }), 'state.version', /2 is not supported: this emulator reads version 1/],
    ['another format', (s) => ({ ...s, format: 'something-else' }), 'state.format', /must be 'aws-migration-kit\/emulator-state'/],
    ['a missing section', ({ dms: _, ...s }) => s, 'state.dms', /./],
    ['an unknown section', (s) => ({ ...s, sqs: {} }), 'state.sqs', /not part of the saved state/],
    ['a task without an id', (s) => ({ ...s, discovery: { ...(s['discovery'] as object), tasks: [{ ...((s['discovery'] as { tasks: object[] }).tasks[0]), id: 7 }] } }), 'state.discovery.tasks[0].id', /a string/],
    ['a bad status', (s) => ({ ...s, dms: { ...(s['dms'] as object), tasks: [{ ...((s['dms'] as { tasks: object[] }).tasks[0]), outcome: 'great' }] } }), 'state.dms.tasks[0].outcome', /one of/],
    ['a non-finite time', (s) => ({ ...s, savedAt: 'yesterday' }), 'state.savedAt', /finite number/],
    ['a JSON string', (s) => JSON.stringify(s), 'state', /parsed object/],
    ['null', () => null, 'state', /an object/],
  ];
  it.each(refusals)('refuses %s with EmulatorStateError naming the path', async (_, mutate, field, message) => {
    const state = mutate(JSON.parse(saved) as Record<string, unknown>);
    const error: unknown = await startEmulator({ speed: 0, state: state as EmulatorState }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmulatorStateError);
    expect([(error as EmulatorStateError).field, (error as Error).message]).toEqual([field, expect.stringMatching(message)]);
  });

  it('refuses a region or account other than the state’s', async () => {
    const state = JSON.parse(saved) as EmulatorState;
    await expect(startEmulator({ speed: 0, state, region: 'us-east-1' })).rejects.toMatchObject({ name: 'EmulatorStateError', field: 'state.region' });
    await expect(startEmulator({ speed: 0, state, accountId: '111122223333' })).rejects.toMatchObject({ name: 'EmulatorStateError', field: 'state.accountId' });
  });
});

describe('dataDir', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'amk-emulator-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('persists objects put through the control interface and over the S3 wire, and their deletions', async () => {
    const first = await startEmulator({ speed: 0, dataDir: dir });
    first.putObject('inventory', 'dir/servers.csv', 'ExternalId\nsrv-1\n');
    first.putObject('inventory', 'gone.csv', 'x');
    const s3 = new S3Client({ ...first.clientConfig, forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'uploads' }));
    await s3.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'a b/ü.bin', Body: new Uint8Array([1, 2, 3]), ContentType: 'application/x-test', Metadata: { owner: 'ops' } }));
    s3.destroy();
    await postMgn(first, 'StartExport', { s3Bucket: 'out', s3Key: 'export.csv' });
    first.clock.advance(60 * 60_000);
    await postMgn(first, 'ListExports');
    await first.close();
    expect(first.getObject('out', 'export.csv')).toBeDefined();

    const second = await startEmulator({ speed: 0, dataDir: dir });
    try {
      expect(new TextDecoder().decode(second.getObject('inventory', 'dir/servers.csv'))).toBe('ExternalId\nsrv-1\n');
      expect(new TextDecoder().decode(second.getObject('out', 'export.csv'))).toBe(new TextDecoder().decode(first.getObject('out', 'export.csv')));
      const client = new S3Client({ ...second.clientConfig, forcePathStyle: true });
      const got = await client.send(new GetObjectCommand({ Bucket: 'uploads', Key: 'a b/ü.bin' }));
      expect([[...(await got.Body?.transformToByteArray() ?? [])], got.ContentType, got.Metadata]).toEqual([[1, 2, 3], 'application/x-test', { owner: 'ops' }]);
      await client.send(new DeleteObjectCommand({ Bucket: 'uploads', Key: 'a b/ü.bin' }));
      client.destroy();
      second.putObject('inventory', 'gone.csv', 'y');
      await postJson(second, 'discovery', 'StartImportTask', { name: 'n', importUrl: 's3://inventory/dir/servers.csv' });
    } finally {
      await second.close();
    }
    const third = await startEmulator({ speed: 0, dataDir: dir });
    expect(new TextDecoder().decode(third.getObject('inventory', 'gone.csv'))).toBe('y');
    expect(third.getObject('uploads', 'a b/ü.bin')).toBeUndefined();
    expect(third.discovery.taskCount).toBe(0);
    await third.close();
  });

  it('refuses a data directory holding files the emulator did not write', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'amk-emulator-bad-'));
    try {
      const emu = await startEmulator({ speed: 0, dataDir: bad });
      emu.putObject('b', 'k', 'v');
      await emu.close();
      const [bucket] = readdirSync(join(bad, 's3'));
      writeFileSync(join(bad, 's3', bucket ?? '', 'bucket.json'), '{"name": 5}');
      await expect(startEmulator({ speed: 0, dataDir: bad })).rejects.toBeInstanceOf(EmulatorStateError);
      await expect(startEmulator({ speed: 0, dataDir: '' })).rejects.toMatchObject({ name: 'EmulatorOptionError', field: 'dataDir' });
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
