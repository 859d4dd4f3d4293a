import { describe, expect, it } from 'vitest';
import { HomeRegionNotSetError, isThrottlingError, isTransientError, retryTransient, translateServiceError } from '../../src/core/index.js';
import { FakeClock } from '../support/fake-clock.js';

const err = (props: Record<string, unknown>): Error => Object.assign(new Error('x'), props);

describe('error classification', () => {
  it.each([
    ['ThrottlingException by name', err({ name: 'ThrottlingException' }), true, true],
    ['HTTP 429', err({ name: '429', $metadata: { httpStatusCode: 429 } }), true, true],
    ['SDK throttling flag', err({ name: 'X', $retryable: { throttling: true } }), true, true],
    ['HTTP 503', err({ name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503 } }), false, true],
    ['ServerInternalErrorException', err({ name: 'ServerInternalErrorException' }), false, true],
    ['connection reset', err({ code: 'ECONNRESET' }), false, true],
    ['access denied', err({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }), false, false],
    ['validation', err({ name: 'ValidationException', $metadata: { httpStatusCode: 400 } }), false, false],
    ['not found', err({ name: 'ResourceNotFoundFault', $metadata: { httpStatusCode: 400 } }), false, false],
    ['home region not set', err({ name: 'HomeRegionNotSetException' }), false, false],
    ['a string', 'oops', false, false],
  ])('%s', (_label, error, throttling, transient) => {
    expect(isThrottlingError(error)).toBe(throttling);
    expect(isTransientError(error)).toBe(transient);
  });

  it('turns HomeRegionNotSetException into HomeRegionNotSetError with guidance and the request id', () => {
    const cause = err({ name: 'HomeRegionNotSetException', $metadata: { requestId: 'req-1' } });
    const translated = translateServiceError(cause);
    expect(translated).toBeInstanceOf(HomeRegionNotSetError);
    expect((translated as HomeRegionNotSetError).message).toMatch(/create-home-region-control/);
    expect((translated as HomeRegionNotSetError).requestId).toBe('req-1');
    expect((translated as HomeRegionNotSetError).cause).toBe(cause);
    const other = err({ name: 'ResourceNotFoundException' });
    expect(translateServiceError(other)).toBe(other);
  });
});

describe('retryTransient', () => {
  it('retries transient errors with growing delays on the given clock', async () => {
    const clock = new FakeClock();
    let calls = 0;
    const result = await retryTransient(
      async () => {
        calls += 1;
        if (calls < 3) throw err({ name: 'ThrottlingException' });
        return 'ok';
      },
      { retries: 5, minDelayMs: 100, maxDelayMs: 1000, deadline: Number.POSITIVE_INFINITY, clock, random: () => 1 },
    );
    expect(result).toBe('ok');
    expect(clock.sleeps).toEqual([100, 200]);
  });

  it('does not retry a final error', async () => {
    const clock = new FakeClock();
    let calls = 0;
    const denied = err({ name: 'AccessDeniedException' });
    await expect(
      retryTransient(
        async () => {
          calls += 1;
          throw denied;
        },
        { retries: 5, minDelayMs: 100, maxDelayMs: 1000, deadline: Number.POSITIVE_INFINITY, clock },
      ),
    ).rejects.toBe(denied);
    expect(calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('does not schedule a retry past the deadline', async () => {
    const clock = new FakeClock();
    let calls = 0;
    await expect(
      retryTransient(
        async () => {
          calls += 1;
          throw err({ name: 'ThrottlingException' });
        },
        { retries: 5, minDelayMs: 100, maxDelayMs: 100, deadline: 250, clock },
      ),
    ).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(calls).toBe(3);
    expect(clock.time).toBeLessThanOrEqual(250);
  });
});
