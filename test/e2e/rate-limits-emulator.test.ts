/**
 * The emulator's rate limits over HTTP: throttled answers in each service's own wire format, read by the real SDK
 * clients as throttling errors, with buckets refilled on the emulator clock. Every exchange is checked against the
 * service models.
 */
import { DatabaseMigrationServiceClient, DescribeReplicationTasksCommand } from '@aws-sdk/client-database-migration-service';
import { ListImportsCommand, MgnClient } from '@aws-sdk/client-mgn';
import { ListProgressUpdateStreamsCommand, MigrationHubClient } from '@aws-sdk/client-migration-hub';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DescribeImportTasksCommand, DiscoveryClient } from '../../src/discovery/client/index.js';
import { EmulatorOptionError, startEmulator, type Emulator } from '../../src/local/index.js';
import { checkExchangesAgainstModel, type ExchangeCheck } from '../support/exchange-check.js';
import { postJson, postMgn } from '../local/raw-call.js';

const THROTTLING = new Set(['ThrottlingException']);
const one = { perSecond: 2, burst: 1 };
let emu: Emulator;
let wires: ExchangeCheck[];

beforeAll(async () => {
  emu = await startEmulator({
    speed: 0,
    rateLimits: {
      DescribeImportTasks: { perSecond: 10, burst: 20 },
      ListImports: one,
      ListProgressUpdateStreams: one,
      GetHomeRegion: one,
      DescribeReplicationTasks: one,
    },
  });
  // Discovery and DMS model no throttling error; the services really send ThrottlingException.
  wires = [
    checkExchangesAgainstModel(emu, 'discovery', { unmodelledErrors: THROTTLING }),
    checkExchangesAgainstModel(emu, 'mgn'),
    checkExchangesAgainstModel(emu, 'migration-hub'),
    checkExchangesAgainstModel(emu, 'dms', { unmodelledErrors: THROTTLING }),
  ];
});
afterAll(async () => {
  for (const wire of wires) wire.stop();
  await emu.close();
});
afterEach(() => expect(wires.flatMap((w) => w.problems.splice(0))).toEqual([]));

/** The SDK error a call rejects with. */
async function rejection(call: Promise<unknown>): Promise<{ name: string; $metadata: { httpStatusCode?: number }; $retryable?: unknown } & Record<string, unknown>> {
  try {
    await call;
  } catch (error) {
    return error as never;
  }
  throw new Error('the call succeeded');
}

describe('rate limits over HTTP', () => {
  it('Discovery: 20 at once pass, the 21st is a 400 ThrottlingException with no retry hint, refilled at 10 per emulated second', async () => {
    const client = new DiscoveryClient({ ...emu.clientConfig, maxAttempts: 1 });
    const results = await Promise.allSettled(Array.from({ length: 21 }, () => client.send(new DescribeImportTasksCommand({}))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(20);
    const failed = results.find((r) => r.status === 'rejected');
    expect((failed as PromiseRejectedResult).reason).toMatchObject({ name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
    const raw = await postJson(emu, 'discovery', 'DescribeImportTasks');
    expect([raw.status, raw.body, raw.headers.get('retry-after')]).toEqual([400, { __type: 'ThrottlingException', message: 'Rate exceeded' }, null]);
    emu.clock.advance(100);
    expect((await postJson(emu, 'discovery', 'DescribeImportTasks')).status).toBe(200);
    expect((await postJson(emu, 'discovery', 'DescribeImportTasks')).status).toBe(400);
    expect(emu.rateLimits.throttledCount('DescribeImportTasks')).toBe(3);
    expect(emu.requests.filter((r) => r.rateLimited).map((r) => r.operation)).toEqual(['DescribeImportTasks', 'DescribeImportTasks', 'DescribeImportTasks']);
    client.destroy();
  });

  it('MGN: 429 with x-amzn-errortype and a retry-after from the bucket, read by @aws-sdk/client-mgn as ThrottlingException', async () => {
    const client = new MgnClient({ ...emu.clientConfig, maxAttempts: 1 });
    await client.send(new ListImportsCommand({}));
    const error = await rejection(client.send(new ListImportsCommand({})));
    expect(error).toMatchObject({ name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } });
    const raw = await postMgn(emu, 'ListImports');
    expect([raw.status, raw.headers.get('x-amzn-errortype'), raw.headers.get('retry-after')]).toEqual([429, 'ThrottlingException', '1']);
    expect(raw.body).toEqual({ message: 'Rate exceeded' });
    emu.clock.advance(500);
    expect((await postMgn(emu, 'ListImports')).status).toBe(200);
    client.destroy();
  });

  it('Migration Hub and its Config: ThrottlingException with RetryAfterSeconds', async () => {
    const client = new MigrationHubClient({ ...emu.clientConfig, maxAttempts: 1 });
    await client.send(new ListProgressUpdateStreamsCommand({}));
    const error = await rejection(client.send(new ListProgressUpdateStreamsCommand({})));
    expect(error).toMatchObject({ name: 'ThrottlingException', RetryAfterSeconds: 1 });
    expect((await postJson(emu, 'migrationhub-config', 'GetHomeRegion')).status).toBe(200);
    const raw = await postJson(emu, 'migrationhub-config', 'GetHomeRegion');
    expect([raw.status, raw.body]).toEqual([400, { __type: 'ThrottlingException', Message: 'Rate exceeded', RetryAfterSeconds: 1 }]);
    client.destroy();
  });

  it('DMS: 400 ThrottlingException, retried by @aws-sdk/client-database-migration-service as throttling', async () => {
    const client = new DatabaseMigrationServiceClient({ ...emu.clientConfig, maxAttempts: 1 });
    await client.send(new DescribeReplicationTasksCommand({}));
    const error = await rejection(client.send(new DescribeReplicationTasksCommand({})));
    expect(error).toMatchObject({ name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
    expect(emu.rateLimits.counts()['DescribeReplicationTasks']).toEqual({ allowed: 1, throttled: 1 });
    client.destroy();
  });

  it("'aws' throttles DMS after its published burst of 200 across operations", async () => {
    const aws = await startEmulator({ speed: 0, rateLimits: 'aws' });
    try {
      const call = (operation: string) => postJson(aws, 'dms', operation).then((r) => (r.status === 400 ? String(r.body['__type']) : r.status));
      const first = await Promise.all(Array.from({ length: 150 }, () => call('DescribeReplicationTasks')));
      const second = await Promise.all(Array.from({ length: 51 }, () => call('DescribeReplicationTaskAssessmentRuns')));
      expect([...first, ...second].filter((s) => s !== 200)).toEqual(['ThrottlingException']);
      aws.clock.advance(125);
      expect(await call('DescribeReplicationTasks')).toBe(200);
      expect(await call('DescribeReplicationTasks')).toBe('ThrottlingException');
      expect(aws.rateLimits.throttledCount()).toBe(2);
    } finally {
      await aws.close();
    }
  });

  it('refuses a misspelt option or operation before starting', async () => {
    await expect(startEmulator({ rateLimit: 'aws' } as never)).rejects.toThrow(/rateLimit: unknown option; did you mean 'rateLimits'/);
    await expect(startEmulator({ rateLimits: { ListImport: { perSecond: 1, burst: 1 } } })).rejects.toBeInstanceOf(EmulatorOptionError);
  });
});
