import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { RequestEngine } from '../../src/core/index.js';
import { FakeClock } from '../support/fake-clock.js';

const throttling = (attempts: number): Error =>
  Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400, attempts } });

describe('RequestEngine.send', () => {
  it('gives each request its own signal, with one listener on a user signal however many calls share it', async () => {
    const engine = new RequestEngine();
    const controller = new AbortController();
    const reason = new Error('stop');
    const seen: AbortSignal[] = [];
    const calls = Array.from({ length: 500 }, () =>
      engine.send('svc', 'Op', (signal) => {
        seen.push(signal);
        return new Promise(() => undefined); // a client that never answers and ignores its signal
      }, controller.signal),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toHaveLength(500);
    expect(new Set(seen).size).toBe(500);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort(reason);
    // Every call rejects at once with the reason, though the client never settles.
    const results = await Promise.allSettled(calls);
    expect(results.every((r) => r.status === 'rejected' && r.reason === reason)).toBe(true);
    // The clients' signals abort a turn later, once every caller has been released.
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen.every((s) => s.aborted && s.reason === reason)).toBe(true);
    expect(engine.stats().inFlight).toBe(0);
  });

  it('rejects with signal.reason when the caller aborted while the answer was on its way', async () => {
    const engine = new RequestEngine();
    const controller = new AbortController();
    const reason = new Error('too late');
    const call = engine.send('svc', 'Op', async () => {
      controller.abort(reason);
      return 'answer';
    }, controller.signal);
    await expect(call).rejects.toBe(reason);
  });

  it('creates nothing for a caller whose signal has already fired', async () => {
    const engine = new RequestEngine();
    const call = vi.fn(async () => 'x');
    await expect(engine.send('svc', 'Op', call, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
    expect(call).not.toHaveBeenCalled();
    expect(engine.stats().requests).toBe(0);
  });

  it("retries throttling only while the SDK's own attempts are under maxAttempts", async () => {
    const engine = new RequestEngine({ clock: new FakeClock() });
    // The SDK already spent its 3 attempts: the engine adds none.
    const spent = vi.fn(async () => Promise.reject(throttling(3)));
    await expect(engine.send('svc', 'Op', spent)).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(spent).toHaveBeenCalledTimes(1);
    // A client that gave up after one attempt each time: the engine tops up to 3 in all.
    const single = vi.fn(async () => Promise.reject(throttling(1)));
    await expect(engine.send('svc2', 'Op', single)).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(single).toHaveBeenCalledTimes(3);
    expect(engine.stats()).toMatchObject({ requests: 4, throttled: 4, retries: 2 });
    expect(engine.stats().rates['svc']).toBeGreaterThan(0);
  });

  it("does not retry Discovery's LimitExceededException (a quota) nor a final error", async () => {
    const engine = new RequestEngine();
    const quota = vi.fn(async () => Promise.reject(Object.assign(new Error('limit'), { name: 'LimitExceededException', $metadata: { httpStatusCode: 400 } })));
    await expect(engine.send('discovery', 'StartImportTask', quota)).rejects.toMatchObject({ name: 'LimitExceededException' });
    expect(quota).toHaveBeenCalledTimes(1);
    expect(engine.stats().throttled).toBe(0);
  });

  it('turns HomeRegionNotSetException into HomeRegionNotSetError', async () => {
    const engine = new RequestEngine();
    await expect(engine.send('hub', 'Op', async () => Promise.reject(Object.assign(new Error('x'), { name: 'HomeRegionNotSetException' })))).rejects.toMatchObject({
      name: 'HomeRegionNotSetError',
    });
  });

  it('logs its events at debug level to the logger it is given, and nothing without one', async () => {
    const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const engine = new RequestEngine({ logger, clock: new FakeClock() });
    await expect(engine.send('svc', 'Op', async () => Promise.reject(throttling(1)))).rejects.toBeDefined();
    const events = logger.debug.mock.calls.map(([message]) => String(message));
    expect(events).toContain('aws-migration-kit throttle');
    expect(events).toContain('aws-migration-kit slow-down');
    expect(events).toContain('aws-migration-kit retry');
    expect(logger.info).not.toHaveBeenCalled();
    const spy = vi.spyOn(console, 'debug');
    await expect(new RequestEngine().send('svc', 'Op', async () => Promise.reject(throttling(3)))).rejects.toBeDefined();
    expect(spy).not.toHaveBeenCalled();
  });
});
