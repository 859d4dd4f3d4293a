/**
 * `amk emulator` as a standalone process, used by clients nobody here wrote: the official AWS SDK clients, a raw
 * HTTP request, and boto3 wherever it is installed (test/support/boto3.ts). Then the bin itself waits on what they
 * started.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { BOTO3, PYTHON } from '../support/boto3.js';
import { ListImportsCommand, MgnClient, StartImportCommand } from '@aws-sdk/client-mgn';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateProgressUpdateStreamCommand, DescribeMigrationTaskCommand, ImportMigrationTaskCommand, ListProgressUpdateStreamsCommand, MigrationHubClient, NotifyMigrationTaskStateCommand } from '@aws-sdk/client-migration-hub';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUCKET, MGN_CSV } from './fixtures.js';
import { finished, records, runCli, spawnCli, type CliResult } from './run-cli.js';


vi.setConfig({ testTimeout: 120_000 });
let child: ChildProcess;
let done: Promise<CliResult>;
let exported: Record<string, string>;

/** Starts `amk <args>` and resolves once it has printed its export lines. */
async function startedEmulator(args: readonly string[]): Promise<{ child: ChildProcess; done: Promise<CliResult>; env: Record<string, string>; config: ReturnType<typeof configOf> }> {
  const proc = await spawnCli(args, { PATH: process.env['PATH'] ?? '' });
  const ended = finished(proc);
  const env = await new Promise<Record<string, string>>((resolve, reject) => {
    let text = '';
    proc.stdout?.on('data', (chunk: Buffer | string) => {
      text += String(chunk);
      const vars = Object.fromEntries([...text.matchAll(/^export (AWS_[A-Z_]+)=(\S+)$/gm)].map((m) => [m[1], m[2]]));
      if (Object.keys(vars).length === 5) resolve(vars as Record<string, string>);
    });
    proc.once('exit', (code) => reject(new Error(`amk emulator exited with ${code}`)));
  });
  return { child: proc, done: ended, env, config: configOf(env) };
}

function configOf(env: Record<string, string>): { endpoint: string; region: string; credentials: { accessKeyId: string; secretAccessKey: string } } {
  return {
    endpoint: env['AWS_ENDPOINT_URL'] ?? '',
    region: env['AWS_REGION'] ?? '',
    credentials: { accessKeyId: env['AWS_ACCESS_KEY_ID'] ?? '', secretAccessKey: env['AWS_SECRET_ACCESS_KEY'] ?? '' },
  };
}

beforeAll(async () => {
  ({ child, done, env: exported } = await startedEmulator(['emulator', '--port', '0', '--speed', '1000']));
}, 120_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGTERM');
  await done;
});

const clientConfig = (): ReturnType<typeof configOf> => configOf(exported);

describe('amk emulator', () => {
  it('prints the endpoint and the export lines a shell can eval', async () => {
    expect(exported['AWS_ENDPOINT_URL']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Object.keys(exported)).toEqual(['AWS_ENDPOINT_URL', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
    expect(exported['AWS_REGION']).toBe('us-west-2');
    const port = Number(new URL(exported['AWS_ENDPOINT_URL'] ?? '').port);
    expect(port).toBeGreaterThan(0);
    // Proof that the lines are shell syntax: sh sources them and prints one back.
    const script = Object.entries(exported).map(([k, v]) => `export ${k}=${v}`).join('\n');
    expect(execFileSync('sh', ['-c', `${script}\necho "$AWS_ENDPOINT_URL"`], { encoding: 'utf8' }).trim()).toBe(exported['AWS_ENDPOINT_URL']);
  });

  it('answers a raw HTTP request in the awsJson1_1 wire format', async () => {
    const body = JSON.stringify({});
    const url = new URL(exported['AWS_ENDPOINT_URL'] ?? '');
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: '/',
          headers: {
            'content-type': 'application/x-amz-json-1.1',
            'x-amz-target': 'AWSPoseidonService_V2015_11_01.DescribeImportTasks',
            authorization: `AWS4-HMAC-SHA256 Credential=${exported['AWS_ACCESS_KEY_ID']}/20261130/us-west-2/discovery/aws4_request, SignedHeaders=host, Signature=0`,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += String(chunk)));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.once('error', reject);
      req.end(body);
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ tasks: [] });
  });

  it('takes the official SDK clients through an S3 upload to a finished MGN import, and a Migration Hub task to COMPLETED, which amk then waits on', async () => {
    const s3 = new S3Client({ ...clientConfig(), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'plan.csv', Body: MGN_CSV }));
    const mgn = new MgnClient(clientConfig());
    const started = await mgn.send(new StartImportCommand({ s3BucketSource: { s3Bucket: BUCKET, s3Key: 'plan.csv' } }));
    const id = started.importTask?.importID ?? '';
    expect(id).toMatch(/^import-/);
    const hub = new MigrationHubClient(clientConfig());
    await hub.send(new CreateProgressUpdateStreamCommand({ ProgressUpdateStreamName: 'sdk-tool' }));
    await hub.send(new ImportMigrationTaskCommand({ ProgressUpdateStream: 'sdk-tool', MigrationTaskName: 'srv-1' }));
    await hub.send(
      new NotifyMigrationTaskStateCommand({
        ProgressUpdateStream: 'sdk-tool',
        MigrationTaskName: 'srv-1',
        Task: { Status: 'COMPLETED', ProgressPercent: 100 },
        UpdateDateTime: new Date(),
        NextUpdateSeconds: 300,
      }),
    );
    // The bin waits on both through the exported environment, as a shell that eval'd the lines would.
    const waited = await runCli(['wait', id, 'sdk-tool/srv-1', '--json', '--min-delay', '20ms', '--max-delay', '50ms'], { PATH: process.env['PATH'] ?? '', ...exported });
    expect(waited.code).toBe(0);
    const finals = records(waited.stdout).filter((e) => e['type'] === 'final');
    expect(finals.map((e) => (e['resource'] as { status: { raw: string } }).status.raw)).toEqual(['SUCCEEDED', 'COMPLETED']);
    const listed = await mgn.send(new ListImportsCommand({ filters: { importIDs: [id] } }));
    expect(listed.items?.[0]?.status).toBe('SUCCEEDED');
    expect(listed.items?.[0]?.summary?.servers?.createdCount).toBe(2);
    const described = await hub.send(new DescribeMigrationTaskCommand({ ProgressUpdateStream: 'sdk-tool', MigrationTaskName: 'srv-1' }));
    expect(described.MigrationTask?.Task?.Status).toBe('COMPLETED');
    mgn.destroy();
    s3.destroy();
    hub.destroy();
  }, 60_000);

  it.runIf(BOTO3.available)(`serves boto3 ${BOTO3.label}`, () => {
    const script = [
      'import boto3',
      "mgn = boto3.client('mgn')",
      "hub = boto3.client('mgh')",
      "hub.create_progress_update_stream(ProgressUpdateStreamName='boto-tool')",
      "hub.import_migration_task(ProgressUpdateStream='boto-tool', MigrationTaskName='srv-9')",
      "print(len(mgn.list_imports()['items']), hub.describe_migration_task(ProgressUpdateStream='boto-tool', MigrationTaskName='srv-9')['MigrationTask']['MigrationTaskName'])",
    ].join('\n');
    const out = execFileSync(PYTHON, ['-c', script], { env: { PATH: process.env['PATH'] ?? '', ...exported }, encoding: 'utf8' });
    expect(out.trim()).toMatch(/^\d+ srv-9$/);
  });

  it('saves its state to --state on exit and starts from it again; --data-dir keeps the S3 objects', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amk-state-'));
    const args = ['emulator', '--port', '0', '--state', join(dir, 'state.json'), '--data-dir', join(dir, 'data')];
    const first = await startedEmulator(args);
    const hub = new MigrationHubClient(first.config);
    await hub.send(new CreateProgressUpdateStreamCommand({ ProgressUpdateStreamName: 'saved-tool' }));
    const s3 = new S3Client({ ...first.config, forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'kept-bucket' }));
    await s3.send(new PutObjectCommand({ Bucket: 'kept-bucket', Key: 'k.csv', Body: 'ExternalId\nx-1\n' }));
    first.child.kill('SIGINT');
    expect((await first.done).code).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as { format: string }).format).toBe('aws-migration-kit/emulator-state');
    const second = await startedEmulator(args);
    const hub2 = new MigrationHubClient(second.config);
    const streams = await hub2.send(new ListProgressUpdateStreamsCommand({}));
    expect(streams.ProgressUpdateStreamSummaryList?.map((x) => x.ProgressUpdateStreamName)).toEqual(['saved-tool']);
    const s3b = new S3Client({ ...second.config, forcePathStyle: true });
    expect(await (await s3b.send(new GetObjectCommand({ Bucket: 'kept-bucket', Key: 'k.csv' }))).Body?.transformToString()).toBe('ExternalId\nx-1\n');
    second.child.kill('SIGTERM');
    expect((await second.done).code).toBe(0);
    for (const client of [hub, s3, hub2, s3b]) client.destroy();
  });

  it('refuses a non-loopback --host unless --allow-non-loopback, naming the option', async () => {
    const { code, stderr } = await runCli(['emulator', '--host', '0.0.0.0', '--port', '0'], { PATH: process.env['PATH'] ?? '' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--host/);
  });

  it('stops on SIGTERM with exit code 0', async () => {
    child.kill('SIGTERM');
    const result = await done;
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/emulator stopped/);
  });
});
