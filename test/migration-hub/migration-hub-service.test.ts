import { beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError, HomeRegionNotSetError, ValidationError } from '../../src/core/index.js';
import { configHostname } from '../../src/migration-hub/home-region.js';
import { MigrationHubService, isDryRunResult } from '../../src/migration-hub/index.js';
import { loadMigrationHubSdk } from '../../src/migration-hub/sdk.js';
import { FakeClock } from '../support/fake-clock.js';
import { awsError, fakeHub } from './fake-hub.js';

describe('MigrationHubService over a fake send', () => {
  beforeAll(() => loadMigrationHubSdk());

  it('sends nothing until a method that needs the service is called', async () => {
    const { hub, calls } = fakeHub();
    const task = hub.stream('tool').task('vm');
    hub.streams();
    hub.migrationTasks();
    expect(task.status).toEqual({ kind: 'unknown', raw: '' });
    expect(task.toJSON()).toEqual({ v: 1, service: 'migration-hub', resource: 'MigrationTask', id: 'vm', scope: 'tool' });
    expect(calls).toEqual([]);
  });

  it('builds the exact NotifyMigrationTaskState request', async () => {
    const clock = new FakeClock();
    clock.time = Date.UTC(2024, 0, 2, 3, 4, 5);
    const { hub, calls } = fakeHub(() => ({}), clock);
    await hub.migrationTask('tool', 'vm').notify({ status: 'IN_PROGRESS', progressPercent: 0, detail: '', nextUpdateSeconds: 0 });
    expect(calls[0]).toMatchObject({
      operation: 'NotifyMigrationTaskState',
      input: {
        ProgressUpdateStream: 'tool',
        MigrationTaskName: 'vm',
        Task: { Status: 'IN_PROGRESS', ProgressPercent: 0, StatusDetail: '' },
        UpdateDateTime: new Date(clock.time),
        NextUpdateSeconds: 0,
      },
    });
    expect(calls[0]?.input).not.toHaveProperty('DryRun');
  });

  it('passes AWS errors through unchanged, except HomeRegionNotSetException', async () => {
    const denied = awsError('AccessDeniedException');
    const { hub } = fakeHub((op) => {
      if (op === 'DescribeMigrationTask') throw denied;
      throw awsError('HomeRegionNotSetException', 'The home region is not set.');
    });
    await expect(hub.migrationTask('tool', 'vm').refresh()).rejects.toBe(denied);
    const error = await hub.stream('tool').create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HomeRegionNotSetError);
    expect(error).toMatchObject({ name: 'HomeRegionNotSetError', requestId: 'req-HomeRegionNotSetException', cause: { name: 'HomeRegionNotSetException' } });
  });

  it('maps DryRunOperation and UnauthorizedOperation to dry-run results, and sends DryRun: true', async () => {
    let verdict = 'DryRunOperation';
    const { hub, calls } = fakeHub(() => {
      throw awsError(verdict, verdict === 'DryRunOperation' ? 'Request would have succeeded, but DryRun flag is set.' : 'not authorized');
    });
    const task = hub.migrationTask('tool', 'vm');
    await expect(task.import({ dryRun: true })).resolves.toEqual({
      dryRun: true,
      wouldSucceed: true,
      message: 'Request would have succeeded, but DryRun flag is set.',
      requestId: 'req-DryRunOperation',
    });
    verdict = 'UnauthorizedOperation';
    const result = await task.putResourceAttributes([{ type: 'FQDN', value: 'a.example' }], { dryRun: true });
    expect(result).toMatchObject({ dryRun: true, wouldSucceed: false, message: 'not authorized' });
    expect(isDryRunResult(result)).toBe(true);
    expect(calls.map((c) => c.input['DryRun'])).toEqual([true, true]);
    verdict = 'DryRunOperation';
    await expect(task.import()).rejects.toMatchObject({ name: 'DryRunOperation' }); // not a dry run: a real error
    await expect(task.import({ dryRun: 'yes' as unknown as true })).rejects.toMatchObject({ field: 'dryRun' });
  });

  it('passes the signal to the SDK, and sends nothing once it has aborted', async () => {
    const { hub, calls } = fakeHub(() => ({ MigrationTask: {} }));
    const controller = new AbortController();
    await hub.migrationTask('tool', 'vm').refresh({ signal: controller.signal });
    // The SDK gets the request's own signal (linked to the caller's), never the caller's: see test/e2e/engine-*.test.ts.
    expect(calls[0]?.abortSignal).toBeInstanceOf(AbortSignal);
    expect(calls[0]?.abortSignal).not.toBe(controller.signal);
    controller.abort(new Error('stop'));
    await expect(hub.migrationTask('tool', 'vm').refresh({ signal: controller.signal })).rejects.toThrow('stop');
    expect(calls).toHaveLength(1);
  });

  it('fills list handles from ListMigrationTasks summaries and pages with MaxResults bounds', async () => {
    const { hub, calls } = fakeHub((op, input) => {
      expect(op).toBe('ListMigrationTasks');
      return input['NextToken']
        ? { MigrationTaskSummaryList: [{ ProgressUpdateStream: 'b', MigrationTaskName: 'y', Status: 'FAILED', StatusDetail: 'lost' }] }
        : { MigrationTaskSummaryList: [{ ProgressUpdateStream: 'a', MigrationTaskName: 'x', Status: 'IN_PROGRESS', ProgressPercent: 30, UpdateDateTime: new Date(0) }], NextToken: 't1' };
    });
    const tasks = await hub.migrationTasks({ resourceName: 'd-server-1', pageSize: 500, nextUpdateSeconds: 60 }).toArray({ limit: 10 });
    expect(tasks.map((t) => String(t))).toEqual(['MigrationTask(a/x: IN_PROGRESS 30% stale)', 'MigrationTask(b/y: FAILED)']);
    expect(tasks[1]?.status).toEqual({ kind: 'failed', raw: 'FAILED', message: 'lost' });
    expect(tasks[0]?.nextUpdateSeconds).toBe(60);
    expect(calls.map((c) => c.input)).toEqual([
      { MaxResults: 10, ResourceName: 'd-server-1' },
      { MaxResults: 9, NextToken: 't1', ResourceName: 'd-server-1' },
    ]);
  });

  it('resumes only its own checkpoints', () => {
    const { hub } = fakeHub();
    expect(hub.resume({ v: 1, service: 'migration-hub', resource: 'MigrationTask', id: 'vm', scope: 'tool' })).toMatchObject({ stream: 'tool', name: 'vm' });
    expect(() => hub.resume({ v: 1, service: 'dms', resource: 'AssessmentRun', id: 'arn' })).toThrow(CheckpointError);
    expect(() => hub.resume({ v: 1, service: 'migration-hub', resource: 'MigrationTask', id: 'vm' })).toThrow(expect.objectContaining({ name: 'CheckpointError', field: 'checkpoint.scope' })); // no stream
  });

  it('does not build a client until the first request, then reuses it', async () => {
    const hub = new MigrationHubService({ region: 'eu-west-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    const client = await hub.client();
    expect(await hub.client()).toBe(client);
    expect(await client.config.region()).toBe('eu-west-1');
  });
});

describe('configHostname', () => {
  it.each([
    ['mgh.us-west-2.amazonaws.com', 'migrationhub-config.us-west-2.amazonaws.com'],
    ['mgh-fips.us-east-1.amazonaws.com', 'migrationhub-config-fips.us-east-1.amazonaws.com'],
    ['mgh.cn-north-1.amazonaws.com.cn', 'migrationhub-config.cn-north-1.amazonaws.com.cn'],
    ['127.0.0.1', '127.0.0.1'],
    ['mgh.internal.example.com', 'mgh.internal.example.com'],
  ])('%s → %s', (from, to) => {
    expect(configHostname(from)).toBe(to);
  });
});
