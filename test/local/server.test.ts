import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmulatorClock, FaultInjector, startEmulator, type Emulator, type ServiceModule } from '../../src/local/index.js';
import { OperationCatalog } from '../../src/local/operation-catalog.js';

const catalog = new OperationCatalog([{ service: 'dms', operations: ['A', 'B', 'X'] } as unknown as ServiceModule]);

const auth = (service: string): string =>
  `AWS4-HMAC-SHA256 Credential=AKIAEMULATOR00000000/20260101/us-west-2/${service}/aws4_request, SignedHeaders=host, Signature=abc`;

/** Posts a raw awsJson1_1 request to the emulator's DMS target. */
function postDms(emu: Emulator, operation: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(emu.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AmazonDMSv20160101.${operation}`,
      authorization: auth('dms'),
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

describe('startEmulator', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ speed: 0 });
  });
  afterAll(async () => {
    await emu.close();
  });

  it('listens on a random loopback port and hands out a client config', () => {
    expect(emu.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emu.clientConfig).toEqual({
      endpoint: emu.endpoint,
      region: 'us-west-2',
      credentials: { accessKeyId: expect.any(String), secretAccessKey: expect.any(String) },
    });
  });

  it('refuses to bind a non-loopback address unless asked explicitly', async () => {
    await expect(startEmulator({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('serves objects put into the emulated S3 at pre-signed path-style URLs', async () => {
    emu.putObject('bucket-a', 'dir/servers.csv', 'a,b\n1,2\n');
    const presigned = '?X-Amz-Credential=AKIAEMULATOR00000000%2F20260101%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Signature=x';
    const response = await fetch(`${emu.endpoint}/bucket-a/dir/servers.csv${presigned}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('a,b\n1,2\n');
    expect((await fetch(`${emu.endpoint}/bucket-a/missing${presigned}`)).status).toBe(404);
    expect(new TextDecoder().decode(emu.getObject('bucket-a', 'dir/servers.csv'))).toBe('a,b\n1,2\n');
  });

  it('rejects a request without a SigV4 authorization header for the service', async () => {
    const response = await postDms(emu, 'DescribeReplicationTasks', {}, { authorization: auth('discovery') });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ __type: 'MissingAuthenticationTokenException' });
  });

  it('answers an unknown target with 404', async () => {
    const response = await fetch(emu.endpoint, { method: 'POST', headers: { 'x-amz-target': 'Nope.Op', authorization: auth('dms') }, body: '{}' });
    expect(response.status).toBe(404);
  });

  it('answers a malformed body with SerializationException', async () => {
    const response = await fetch(emu.endpoint, {
      method: 'POST',
      headers: { 'x-amz-target': 'AmazonDMSv20160101.DescribeReplicationTasks', authorization: auth('dms') },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: 'SerializationException' });
  });

  it('injects scripted faults in the service format, for the count asked, then recovers', async () => {
    emu.faults.inject({ kind: 'throttle', service: 'dms', operation: 'DescribeReplicationTasks', count: 2 });
    emu.faults.inject({ kind: 'server-error', service: 'dms' });
    const first = await postDms(emu, 'DescribeReplicationTasks');
    const second = await postDms(emu, 'DescribeReplicationTasks');
    const third = await postDms(emu, 'DescribeReplicationTasks');
    expect([first.status, second.status, third.status]).toEqual([400, 400, 500]);
    expect(await first.json()).toMatchObject({ __type: 'ThrottlingException' });
    expect(await third.json()).toMatchObject({ __type: 'InternalFailure' });
    const fourth = await postDms(emu, 'DescribeReplicationTasks');
    expect(fourth.status).not.toBe(500);
    expect(emu.requests.slice(-4).map((r) => r.fault)).toEqual(['throttle', 'throttle', 'server-error', undefined]);
  });

  it('drops the connection when asked', async () => {
    emu.faults.inject({ kind: 'drop', service: 'dms' });
    await expect(postDms(emu, 'DescribeReplicationTasks')).rejects.toThrow();
    expect(emu.requests.at(-1)).toMatchObject({ fault: 'drop', status: 0 });
  });

  it('adds latency when asked', async () => {
    emu.faults.inject({ kind: 'latency', latencyMs: 120 });
    const started = performance.now();
    await postDms(emu, 'DescribeReplicationTasks');
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('records every exchange and notifies listeners until they unsubscribe', async () => {
    const seen: string[] = [];
    const before = emu.requestCount('DescribeReplicationTasks');
    const off = emu.onExchange((e) => seen.push(e.operation));
    await postDms(emu, 'DescribeReplicationTasks');
    off();
    await postDms(emu, 'DescribeReplicationTasks');
    expect(seen).toEqual(['DescribeReplicationTasks']);
    expect(emu.requestCount('DescribeReplicationTasks')).toBe(before + 2);
  });
});

describe('FaultInjector rates', () => {
  it('is repeatable for a seed', () => {
    const decide = (seed: number): string[] => {
      let state = seed;
      const random = (): number => {
        state = (state * 16807) % 2147483647;
        return state / 2147483647;
      };
      const injector = new FaultInjector(random, catalog, { throttle: 0.3, serverError: 0.2 });
      return Array.from({ length: 50 }, () => injector.decide('dms', 'X').kind ?? 'ok');
    };
    expect(decide(7)).toEqual(decide(7));
    expect(decide(7)).not.toEqual(decide(8));
    expect(decide(7)).toContain('throttle');
  });

  it('applies rates only to the listed operations', () => {
    const injector = new FaultInjector(() => 0, catalog, { throttle: 1, operations: ['A'] });
    expect(injector.decide('dms', 'A').kind).toBe('throttle');
    expect(injector.decide('dms', 'B').kind).toBeUndefined();
  });
});

describe('EmulatorClock', () => {
  it('moves only when advanced at speed 0, and keeps time when the speed changes', () => {
    const clock = new EmulatorClock(0);
    const t0 = clock.now();
    clock.advance(5_000);
    expect(clock.now()).toBe(t0 + 5_000);
    clock.speed = 0;
    expect(clock.now()).toBe(t0 + 5_000);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });
});

describe('EmulatorClock.toWaitClock', () => {
  it('advances emulated time on sleep instead of waiting, and honours abort', async () => {
    const clock = new EmulatorClock(0);
    const wait = clock.toWaitClock();
    const t0 = clock.now();
    const started = performance.now();
    await wait.sleep(30 * 60_000);
    expect(clock.now()).toBe(t0 + 30 * 60_000);
    expect(wait.now()).toBe(clock.now());
    expect(performance.now() - started).toBeLessThan(1_000);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(wait.sleep(1, controller.signal)).rejects.toThrow('stop');
    expect(clock.now()).toBe(t0 + 30 * 60_000);
  });
});
