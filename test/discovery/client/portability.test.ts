import { DatabaseMigrationServiceClient } from '@aws-sdk/client-database-migration-service';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BatchDeleteImportDataCommand, StartImportTaskCommand } from '../../../src/discovery/client/index.js';
import { startStubServer } from './stub-server.js';
import type { StubServer } from './stub-server.js';

// The official Discovery client is not on npm here. The DMS client is generated the same way
// (schema-based, makeBuilder commands), so pointing its protocol at Discovery's target shows that
// our commands carry everything an official schema-based client needs to send them.
let server: StubServer;
let official: DatabaseMigrationServiceClient;

beforeAll(async () => {
  server = await startStubServer();
  official = new DatabaseMigrationServiceClient({
    region: 'us-west-2',
    endpoint: server.url,
    credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
    protocolSettings: { defaultNamespace: 'com.amazonaws.applicationdiscoveryservice', serviceTarget: 'AWSPoseidonService_V2015_11_01' },
  });
});
afterAll(async () => {
  official.destroy();
  await server.close();
});

// Its send() is typed for DMS inputs; at runtime a command is just schema + input + middleware.
const sendOn = (client: DatabaseMigrationServiceClient, command: object): Promise<unknown> =>
  (client.send as (c: object) => Promise<unknown>)(command);

it('sends our commands through another generated schema-based client unchanged', async () => {
  server.reply({ body: { task: { importTaskId: 'import-task-0123456789abcdef0123456789abcdef', importRequestTime: 1_700_000_000 } } });
  const out = await sendOn(official, new StartImportTaskCommand({ clientRequestToken: 't', name: 'wave-1', importUrl: 's3://b/k' }));
  expect(server.requests[0]?.headers['x-amz-target']).toBe('AWSPoseidonService_V2015_11_01.StartImportTask');
  expect(server.requests[0]?.json).toEqual({ clientRequestToken: 't', name: 'wave-1', importUrl: 's3://b/k' });
  expect(out).toMatchObject({ task: { importRequestTime: new Date(1_700_000_000_000) } });

  await sendOn(official, new BatchDeleteImportDataCommand({ importTaskIds: ['a'], deleteHistory: true }));
  expect(server.requests[1]?.json).toEqual({ importTaskIds: ['a'], deleteHistory: true });
});
