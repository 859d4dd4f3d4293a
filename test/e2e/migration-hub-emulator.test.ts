import {
  DescribeMigrationTaskCommand,
  ImportMigrationTaskCommand,
  MigrationHubClient,
  NotifyMigrationTaskStateCommand,
  CreateProgressUpdateStreamCommand,
} from '@aws-sdk/client-migration-hub';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { fastRetry } from '../migration-hub/fast-retry.js';
import { checkExchangesAgainstModel } from '../support/exchange-check.js';

let emu: Emulator;
let problems: string[];
let client: MigrationHubClient;

/** A raw awsJson1_1 call (the emulator checks the Authorization header's shape and signing name, not the signature). */
async function raw(target: string, body: unknown, signingName = 'mgh'): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(emu.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': target,
      authorization: `AWS4-HMAC-SHA256 Credential=AKIDTEST/20240101/us-west-2/${signingName}/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: JSON.stringify(body),
  });
  expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
const hubCall = (operation: string, body: unknown) => raw(`AWSMigrationHub.${operation}`, body);
const configCall = (operation: string, body: unknown) => raw(`AWSMigrationHubMultiAccountService.${operation}`, body);

const KEY = { ProgressUpdateStream: 'emu-tool', MigrationTaskName: 'vm-1' };

beforeAll(async () => {
  emu = await startEmulator({ speed: 0, accountId: '444455556666' });
  // The requests the emulator refused as invalid are sent so on purpose.
  problems = checkExchangesAgainstModel(emu, 'migration-hub', { inputUncheckedOn: ['InvalidInputException'] }).problems;
  client = new MigrationHubClient({ ...emu.clientConfig, retryStrategy: fastRetry(1) });
  await client.send(new CreateProgressUpdateStreamCommand({ ProgressUpdateStreamName: 'emu-tool' }));
  await client.send(new ImportMigrationTaskCommand(KEY));
});
afterAll(async () => {
  await emu.close();
});
afterEach(() => {
  expect(problems.splice(0)).toEqual([]);
  emu.hub.deny([]);
  emu.hub.setHomeRegion('us-west-2');
});

describe('emulated Migration Hub wire format', () => {
  it('describes an imported, never-notified task as NOT_STARTED with an epoch-seconds UpdateDateTime', async () => {
    const { status, body } = await hubCall('DescribeMigrationTask', KEY);
    expect(status).toBe(200);
    expect(body).toEqual({ MigrationTask: { ...KEY, Task: { Status: 'NOT_STARTED' }, UpdateDateTime: emu.clock.now() / 1000 } });
  });

  it('answers errors as {__type, Message} with HTTP 400', async () => {
    const { status, body } = await hubCall('DescribeMigrationTask', { ...KEY, MigrationTaskName: 'nope' });
    expect(status).toBe(400);
    expect(body).toEqual({ __type: 'ResourceNotFoundException', Message: 'Migration task nope does not exist in progress update stream emu-tool' });
  });

  it('validates input as the service does, naming the member (the SDK does not validate)', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...KEY, Task: { Status: 'IN_PROGRESS', ProgressPercent: 101 }, UpdateDateTime: 1, NextUpdateSeconds: 1 }, "at 'task.progressPercent' failed to satisfy constraint: Member must have value less than or equal to 100"],
      [{ ...KEY, Task: { Status: 'PAUSED' }, UpdateDateTime: 1, NextUpdateSeconds: 1 }, "at 'task.status' failed to satisfy constraint: Member must satisfy enum value set"],
      [{ ...KEY, Task: { Status: 'IN_PROGRESS', StatusDetail: 'a\nb' }, UpdateDateTime: 1, NextUpdateSeconds: 1 }, "at 'task.statusDetail' failed to satisfy constraint: Member must satisfy regular expression pattern"],
      [{ ...KEY, Task: { Status: 'IN_PROGRESS' }, UpdateDateTime: 1 }, "at 'nextUpdateSeconds' failed to satisfy constraint: Member must not be null"],
      [{ ...KEY, ProgressUpdateStream: 'a/b', Task: { Status: 'IN_PROGRESS' }, UpdateDateTime: 1, NextUpdateSeconds: 1 }, "at 'progressUpdateStream' failed to satisfy constraint: Member must satisfy regular expression pattern"],
    ];
    for (const [input, message] of cases) {
      const { status, body } = await hubCall('NotifyMigrationTaskState', input);
      expect(status).toBe(400);
      expect(body['__type']).toBe('InvalidInputException');
      expect(body['Message']).toContain(message);
    }
    const error = await client
      .send(new NotifyMigrationTaskStateCommand({ ...KEY, Task: { Status: 'IN_PROGRESS', ProgressPercent: -1 }, UpdateDateTime: new Date(), NextUpdateSeconds: 1 }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'InvalidInputException', message: expect.stringContaining('task.progressPercent') });
    expect(emu.hub.migrationTask('emu-tool', 'vm-1')?.status).toBe('NOT_STARTED');
  });

  it('stores UpdateDateTime and NextUpdateSeconds and judges staleness on its clock', async () => {
    const at = Math.floor(emu.clock.now() / 1000);
    await client.send(new NotifyMigrationTaskStateCommand({ ...KEY, Task: { Status: 'IN_PROGRESS', ProgressPercent: 5 }, UpdateDateTime: new Date(at * 1000), NextUpdateSeconds: 30 }));
    expect(emu.hub.migrationTask('emu-tool', 'vm-1')).toMatchObject({ updatedAt: new Date(at * 1000), nextUpdateSeconds: 30, stale: false });
    emu.clock.advance(31_000);
    expect(emu.hub.migrationTask('emu-tool', 'vm-1')?.stale).toBe(true);
    const described = await client.send(new DescribeMigrationTaskCommand(KEY));
    expect(described.MigrationTask?.UpdateDateTime).toEqual(new Date(at * 1000));
    expect(described.MigrationTask?.Task).toEqual({ Status: 'IN_PROGRESS', ProgressPercent: 5 });
  });

  it('answers every dry run with DryRunOperation and changes nothing', async () => {
    const artifact = 'arn:aws:ec2:us-west-2:444455556666:instance/i-1';
    const dryRuns: [string, Record<string, unknown>][] = [
      ['CreateProgressUpdateStream', { ProgressUpdateStreamName: 'dry-stream' }],
      ['DeleteProgressUpdateStream', { ProgressUpdateStreamName: 'emu-tool' }],
      ['ImportMigrationTask', { ...KEY, MigrationTaskName: 'dry-task' }],
      ['NotifyMigrationTaskState', { ...KEY, Task: { Status: 'COMPLETED' }, UpdateDateTime: 1, NextUpdateSeconds: 0 }],
      ['PutResourceAttributes', { ...KEY, ResourceAttributeList: [{ Type: 'FQDN', Value: 'a.example' }] }],
      ['AssociateCreatedArtifact', { ...KEY, CreatedArtifact: { Name: artifact } }],
      ['AssociateDiscoveredResource', { ...KEY, DiscoveredResource: { ConfigurationId: 'd-1' } }],
    ];
    const before = emu.hub.migrationTask('emu-tool', 'vm-1');
    for (const [operation, input] of dryRuns) {
      const { body } = await hubCall(operation, { ...input, DryRun: true });
      expect([operation, body['__type']]).toEqual([operation, 'DryRunOperation']);
    }
    expect(emu.hub.streamNames()).toEqual(['emu-tool']);
    expect(emu.hub.migrationTask('emu-tool', 'dry-task')).toBeUndefined();
    expect(emu.hub.migrationTask('emu-tool', 'vm-1')).toEqual(before);
    // A dry run still checks that the task exists.
    const { body } = await hubCall('DisassociateCreatedArtifact', { ...KEY, CreatedArtifactName: artifact, DryRun: true });
    expect(body['__type']).toBe('ResourceNotFoundException');
  });

  it('denies chosen operations: AccessDeniedException, or UnauthorizedOperation for a dry run', async () => {
    emu.hub.deny(['ImportMigrationTask']);
    expect((await hubCall('ImportMigrationTask', KEY)).body).toMatchObject({ __type: 'AccessDeniedException', Message: expect.stringContaining('444455556666') });
    expect((await hubCall('ImportMigrationTask', { ...KEY, DryRun: true })).body['__type']).toBe('UnauthorizedOperation');
    expect((await hubCall('DescribeMigrationTask', KEY)).status).toBe(200);
  });

  it('refuses a NextToken from another listing or a forged one', async () => {
    for (let i = 0; i < 3; i++) await hubCall('CreateProgressUpdateStream', { ProgressUpdateStreamName: `page-${i}` });
    const first = await hubCall('ListProgressUpdateStreams', { MaxResults: 1 });
    const token = first.body['NextToken'];
    expect(token).toMatch(/^[a-zA-Z0-9/+=]+$/);
    expect((await hubCall('ListProgressUpdateStreams', { MaxResults: 1, NextToken: token })).status).toBe(200);
    expect((await hubCall('ListMigrationTasks', { NextToken: token })).body['__type']).toBe('InvalidInputException');
    expect((await hubCall('ListProgressUpdateStreams', { NextToken: 'Zm9yZ2Vk' })).body['__type']).toBe('InvalidInputException');
    for (let i = 0; i < 3; i++) await hubCall('DeleteProgressUpdateStream', { ProgressUpdateStreamName: `page-${i}` });
  });

  it('deletes a stream with its tasks; a stream created again under the name is new', async () => {
    await hubCall('CreateProgressUpdateStream', { ProgressUpdateStreamName: 'short-lived' });
    await hubCall('ImportMigrationTask', { ProgressUpdateStream: 'short-lived', MigrationTaskName: 't' });
    await hubCall('DeleteProgressUpdateStream', { ProgressUpdateStreamName: 'short-lived' });
    await hubCall('CreateProgressUpdateStream', { ProgressUpdateStreamName: 'short-lived' });
    expect((await hubCall('DescribeMigrationTask', { ProgressUpdateStream: 'short-lived', MigrationTaskName: 't' })).body['__type']).toBe('ResourceNotFoundException');
    await hubCall('DeleteProgressUpdateStream', { ProgressUpdateStreamName: 'short-lived' });
  });

  it('throttles with the modelled ThrottlingException, Message and RetryAfterSeconds', async () => {
    emu.faults.inject({ kind: 'throttle', service: 'migration-hub', count: 1 });
    expect(await hubCall('DescribeMigrationTask', KEY)).toEqual({ status: 400, body: { __type: 'ThrottlingException', Message: 'Rate exceeded', RetryAfterSeconds: 1 } });
  });

  it('answers HomeRegionNotSetException for every call while no home region is set', async () => {
    emu.hub.setHomeRegion(null);
    expect((await hubCall('ListProgressUpdateStreams', {})).body).toEqual({
      __type: 'HomeRegionNotSetException',
      Message: 'The home region is not set. Set your home region to continue.',
    });
  });
});

describe('emulated Migration Hub Config', () => {
  it('serves GetHomeRegion and DescribeHomeRegionControls', async () => {
    expect((await configCall('GetHomeRegion', {})).body).toEqual({ HomeRegion: 'us-west-2' });
    const { body } = await configCall('DescribeHomeRegionControls', {});
    const controls = body['HomeRegionControls'] as Record<string, unknown>[];
    expect(controls).toHaveLength(1);
    expect(controls[0]).toMatchObject({ ControlId: expect.stringMatching(/^hrc-[a-z0-9]{12}$/), HomeRegion: 'us-west-2', Target: { Type: 'ACCOUNT', Id: '444455556666' } });
    expect(typeof controls[0]?.['RequestedTime']).toBe('number');
    expect((await configCall('DescribeHomeRegionControls', { HomeRegion: 'eu-central-1' })).body).toEqual({ HomeRegionControls: [] });
    expect((await configCall('DescribeHomeRegionControls', { ControlId: controls[0]?.['ControlId'] })).body['HomeRegionControls']).toHaveLength(1);
    expect((await configCall('DescribeHomeRegionControls', { ControlId: 'hrc-BAD' })).body['__type']).toBe('InvalidInputException');
  });

  it('reports no home region when none is set', async () => {
    emu.hub.setHomeRegion(null);
    expect((await configCall('GetHomeRegion', {})).body).toEqual({});
    expect((await configCall('DescribeHomeRegionControls', {})).body).toEqual({ HomeRegionControls: [] });
  });

  it('refuses requests signed for another service', async () => {
    const { status, body } = await raw('AWSMigrationHubMultiAccountService.GetHomeRegion', {}, 'migrationhub-config');
    expect(status).toBe(403);
    expect(body['__type']).toBe('MissingAuthenticationTokenException');
    problems.length = 0; // not a modelled error of either service: the front end answers it
  });
});
