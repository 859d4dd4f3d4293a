import { ServiceException } from '@smithy/core/client';
import { TypeRegistry } from '@smithy/core/schema';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AuthorizationErrorException,
  ConflictErrorException,
  DescribeImportTasksCommand,
  DiscoveryClient,
  DiscoveryServiceException,
  HomeRegionNotSetException,
  InvalidParameterException,
  InvalidParameterValueException,
  LimitExceededException,
  ResourceInUseException,
  ResourceNotFoundException,
  ServerInternalErrorException,
} from '../../../src/discovery/client/index.js';
import { startStubServer } from './stub-server.js';
import type { StubServer } from './stub-server.js';

const NS = 'com.amazonaws.applicationdiscoveryservice';
const credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret' };
let server: StubServer;
let client: DiscoveryClient;
let noRetry: DiscoveryClient;

beforeAll(async () => {
  server = await startStubServer();
  client = new DiscoveryClient({ region: 'us-west-2', endpoint: server.url, credentials });
  noRetry = new DiscoveryClient({ region: 'us-west-2', endpoint: server.url, credentials, maxAttempts: 1 });
});
afterAll(async () => {
  client.destroy();
  noRetry.destroy();
  await server.close();
});
beforeEach(() => server.reset());

async function failure(c: DiscoveryClient): Promise<DiscoveryServiceException> {
  const error: unknown = await c.send(new DescribeImportTasksCommand({})).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DiscoveryServiceException);
  return error as DiscoveryServiceException;
}

const modelled = [
  ['AuthorizationErrorException', AuthorizationErrorException, 400, 'client'],
  ['ConflictErrorException', ConflictErrorException, 400, 'client'],
  ['HomeRegionNotSetException', HomeRegionNotSetException, 400, 'client'],
  ['InvalidParameterException', InvalidParameterException, 400, 'client'],
  ['InvalidParameterValueException', InvalidParameterValueException, 400, 'client'],
  ['LimitExceededException', LimitExceededException, 400, 'client'],
  ['ResourceInUseException', ResourceInUseException, 400, 'client'],
  ['ResourceNotFoundException', ResourceNotFoundException, 400, 'client'],
  ['ServerInternalErrorException', ServerInternalErrorException, 500, 'server'],
] as const;

describe('modelled errors', () => {
  it.each(modelled)('%s arrives as its own class with name, message and $metadata', async (name, Ctor, status, fault) => {
    server.reply({ status, body: { __type: name, message: `boom: ${name}` } });
    const error = await failure(noRetry);
    expect(error).toBeInstanceOf(Ctor);
    expect(error.constructor).toBe(Ctor);
    expect(error.name).toBe(name);
    expect(error.message).toBe(`boom: ${name}`);
    expect(error.$fault).toBe(fault);
    expect(error.$metadata).toMatchObject({ httpStatusCode: status, requestId: 'req-1', attempts: 1 });
  });

  it('accepts the namespaced __type form', async () => {
    server.reply({ status: 400, body: { __type: `${NS}#ResourceNotFoundException`, message: 'no such task' } });
    const error = await failure(noRetry);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', message: 'no such task' });
  });

  it('reads the code from x-amzn-errortype when the body has no __type', async () => {
    server.reply({ status: 400, body: { message: 'set it' }, headers: { 'x-amzn-errortype': 'HomeRegionNotSetException:http://internal/' } });
    const error = await failure(noRetry);
    expect(error).toBeInstanceOf(HomeRegionNotSetException);
    expect(error.message).toBe('set it');
  });

  it('lets callers switch on err.name', async () => {
    server.reply({ status: 400, body: { __type: 'InvalidParameterValueException', message: 'maxResults' } });
    const error = await failure(noRetry);
    const kind = error.name === 'InvalidParameterValueException' ? 'validation' : 'other';
    expect(kind).toBe('validation');
    expect(error).not.toBeInstanceOf(ResourceNotFoundException);
  });

  it('turns an unmodelled code into DiscoveryServiceException named after the code', async () => {
    server.reply({ status: 400, body: { __type: 'OperationNotPermittedException', message: 'nope' } });
    const error = await failure(noRetry);
    expect(error.constructor).toBe(DiscoveryServiceException);
    expect(error).toMatchObject({ name: 'OperationNotPermittedException', message: 'nope', $fault: 'client' });
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('matches errors of the same shape thrown by another client with instanceof', () => {
    // What an official client's generated class looks like once its registry has stamped the shape ID on it.
    class OfficialResourceNotFound extends ServiceException {
      static override readonly shapeId = `${NS}#ResourceNotFoundException`;
    }
    const theirs = new OfficialResourceNotFound({ name: 'ResourceNotFoundException', $fault: 'client', $metadata: {} });
    expect(theirs).toBeInstanceOf(ResourceNotFoundException);
    expect(theirs).not.toBeInstanceOf(ResourceInUseException);
    expect(new ResourceNotFoundException()).toBeInstanceOf(OfficialResourceNotFound);
  });

  it('keeps its exception classes out of the global TypeRegistry', () => {
    expect(() => TypeRegistry.for(NS).getSchema(`${NS}#ResourceNotFoundException`)).toThrow(/schema not found/);
  });
});

describe('retries', () => {
  it('retries a 500 and returns the next success', async () => {
    server.reply({ status: 500, body: { __type: 'ServerInternalErrorException', message: 'oops' } }, { body: { tasks: [] } });
    const out = await client.send(new DescribeImportTasksCommand({}));
    expect(out.tasks).toEqual([]);
    expect(out.$metadata.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it('retries ThrottlingException (400) and returns the next success', async () => {
    server.reply({ status: 400, body: { __type: 'ThrottlingException', message: 'Rate exceeded' } }, { body: { tasks: [] } });
    const out = await client.send(new DescribeImportTasksCommand({}));
    expect(out.$metadata.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after 3 attempts by default', async () => {
    const oops = { status: 503, body: { __type: 'ServerInternalErrorException', message: 'down' } };
    server.reply(oops, oops, oops, { body: {} });
    const error = await failure(client);
    expect(error).toBeInstanceOf(ServerInternalErrorException);
    expect(error.$metadata.attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry ResourceNotFoundException', async () => {
    server.reply({ status: 400, body: { __type: 'ResourceNotFoundException', message: 'gone' } }, { body: {} });
    const error = await failure(client);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(server.requests).toHaveLength(1);
  });
});
