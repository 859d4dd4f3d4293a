import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BatchDeleteImportDataCommand,
  DescribeImportTasksCommand,
  DiscoveryClient,
  StartImportTaskCommand,
} from '../../../src/discovery/client/index.js';
import type { StartImportTaskCommandInput } from '../../../src/discovery/client/index.js';
import { startStubServer } from './stub-server.js';
import type { StubServer } from './stub-server.js';

const credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret' };
let server: StubServer;
let client: DiscoveryClient;

beforeAll(async () => {
  server = await startStubServer();
  client = new DiscoveryClient({ region: 'us-west-2', endpoint: server.url, credentials });
});
afterAll(async () => {
  client.destroy();
  await server.close();
});
beforeEach(() => server.reset());

const wireTask = {
  importTaskId: 'import-task-0123456789abcdef0123456789abcdef',
  clientRequestToken: 'token-1',
  name: 'wave-1',
  importUrl: 's3://bucket/servers.csv',
  status: 'IMPORT_COMPLETE_WITH_ERRORS',
  importRequestTime: 1_700_000_000,
  importCompletionTime: 1_700_000_060.5,
  importDeletedTime: 1_700_000_120,
  fileClassification: 'IMPORT_TEMPLATE',
  serverImportSuccess: 10,
  serverImportFailure: 2,
  applicationImportSuccess: 3,
  applicationImportFailure: 1,
  errorsAndFailedEntriesZip: 'https://bucket.s3.amazonaws.com/errors.zip?X-Amz-Signature=abc',
};
const parsedTask = {
  ...wireTask,
  importRequestTime: new Date(1_700_000_000_000),
  importCompletionTime: new Date(1_700_000_060_500),
  importDeletedTime: new Date(1_700_000_120_000),
};

describe('awsJson1_1 request framing', () => {
  it('POSTs to / with the Poseidon target, the 1.1 content type and a SigV4 signature for discovery', async () => {
    await client.send(new DescribeImportTasksCommand({}));
    const [req] = server.requests;
    expect(req?.method).toBe('POST');
    expect(req?.url).toBe('/');
    expect(req?.headers['x-amz-target']).toBe('AWSPoseidonService_V2015_11_01.DescribeImportTasks');
    expect(req?.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(req?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/us-west-2\/discovery\/aws4_request, SignedHeaders=.*x-amz-target.*, Signature=[0-9a-f]{64}$/,
    );
    expect(req?.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it('reports each call to the configured logger with client and command names', async () => {
    const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const logged = new DiscoveryClient({ region: 'us-west-2', endpoint: server.url, credentials, logger });
    await logged.send(new DescribeImportTasksCommand({ maxResults: 5 }));
    logged.destroy();
    expect(logger.info).toHaveBeenCalledWith(
      expect.objectContaining({ clientName: 'DiscoveryClient', commandName: 'DescribeImportTasksCommand', input: { maxResults: 5 } }),
    );
  });

  it.each([
    ['StartImportTask', new StartImportTaskCommand({ name: 'n', importUrl: 's3://b/k' })],
    ['DescribeImportTasks', new DescribeImportTasksCommand({})],
    ['BatchDeleteImportData', new BatchDeleteImportDataCommand({ importTaskIds: ['x'] })],
  ] as const)('names the %s operation in x-amz-target', async (op, command) => {
    server.reply({ body: {} });
    // Each command class has its own input type; send() takes any of them.
    await client.send(command as DescribeImportTasksCommand);
    expect(server.requests[0]?.headers['x-amz-target']).toBe(`AWSPoseidonService_V2015_11_01.${op}`);
  });
});

describe('StartImportTask', () => {
  it('sends clientRequestToken, name and importUrl and parses the whole task', async () => {
    server.reply({ body: { task: wireTask } });
    const out = await client.send(
      new StartImportTaskCommand({ clientRequestToken: 'token-1', name: 'wave-1', importUrl: 's3://bucket/servers.csv' }),
    );
    expect(server.requests[0]?.json).toEqual({ clientRequestToken: 'token-1', name: 'wave-1', importUrl: 's3://bucket/servers.csv' });
    expect(out.task).toEqual(parsedTask);
    expect(out.task?.importRequestTime).toBeInstanceOf(Date);
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, requestId: 'req-1', attempts: 1 });
  });

  it('generates an idempotency token when none is given', async () => {
    await client.send(new StartImportTaskCommand({ name: 'wave-1', importUrl: 's3://bucket/servers.csv' }));
    expect(server.requests[0]?.json.clientRequestToken).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('drops keys that are not in the model (the schema serde ignores them)', async () => {
    const input = { name: 'wave-1', importUrl: 's3://b/k', clientRequestToken: 't', ImportUrl: 'typo' } as StartImportTaskCommandInput;
    await client.send(new StartImportTaskCommand(input));
    expect(server.requests[0]?.json).toEqual({ name: 'wave-1', importUrl: 's3://b/k', clientRequestToken: 't' });
  });
});

describe('DescribeImportTasks', () => {
  it('sends filters with name and values, maxResults and nextToken', async () => {
    const filters = [
      { name: 'STATUS' as const, values: ['IMPORT_COMPLETE', 'IMPORT_FAILED'] },
      { name: 'NAME' as const, values: ['wave-1'] },
    ];
    await client.send(new DescribeImportTasksCommand({ filters, maxResults: 100, nextToken: 'page-2' }));
    expect(server.requests[0]?.json).toEqual({ filters, maxResults: 100, nextToken: 'page-2' });
  });

  it('parses nextToken and a list of tasks with dates and counts', async () => {
    const second = { importTaskId: 'import-task-ffffffffffffffffffffffffffffffff', status: 'IMPORT_IN_PROGRESS', importRequestTime: 1_600_000_000 };
    server.reply({ body: { nextToken: 'page-3', tasks: [wireTask, second] } });
    const out = await client.send(new DescribeImportTasksCommand({}));
    expect(out.nextToken).toBe('page-3');
    expect(out.tasks).toEqual([parsedTask, { ...second, importRequestTime: new Date(1_600_000_000_000) }]);
  });

  it('parses an empty last page', async () => {
    server.reply({ body: { tasks: [] } });
    const out = await client.send(new DescribeImportTasksCommand({ maxResults: 1 }));
    expect(out.tasks).toEqual([]);
    expect(out.nextToken).toBeUndefined();
  });
});

describe('BatchDeleteImportData', () => {
  it.each([true, false])('sends importTaskIds and deleteHistory=%s', async (deleteHistory) => {
    const importTaskIds = ['import-task-0123456789abcdef0123456789abcdef', 'import-task-ffffffffffffffffffffffffffffffff'];
    await client.send(new BatchDeleteImportDataCommand({ importTaskIds, deleteHistory }));
    expect(server.requests[0]?.json).toEqual({ importTaskIds, deleteHistory });
  });

  it('parses per-task errors', async () => {
    const errors = [
      { importTaskId: 'import-task-0123456789abcdef0123456789abcdef', errorCode: 'NOT_FOUND', errorDescription: 'no such task' },
      { importTaskId: 'import-task-ffffffffffffffffffffffffffffffff', errorCode: 'OVER_LIMIT', errorDescription: 'daily limit' },
    ];
    server.reply({ body: { errors } });
    const out = await client.send(new BatchDeleteImportDataCommand({ importTaskIds: ['x'] }));
    expect(out.errors).toEqual(errors);
  });
});
