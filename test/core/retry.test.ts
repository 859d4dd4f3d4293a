import { describe, expect, it } from 'vitest';
import { attemptsOf, HomeRegionNotSetError, isThrottlingError, isTransientError, retryAfterMsOf, translateServiceError } from '../../src/core/index.js';


const err = (props: Record<string, unknown>): Error => Object.assign(new Error('x'), props);

describe('error classification', () => {
  it.each([
    ['ThrottlingException by name', err({ name: 'ThrottlingException' }), true, true],
    ['HTTP 429', err({ name: '429', $metadata: { httpStatusCode: 429 } }), true, true],
    ['SDK throttling flag', err({ name: 'X', $retryable: { throttling: true } }), true, true],
    ['HTTP 503', err({ name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503 } }), false, true],
    ['HTTP 500 (ServerInternalErrorException)', err({ name: 'ServerInternalErrorException', $metadata: { httpStatusCode: 500 } }), false, true],
    ['another 5xx (HTTP 507)', err({ name: 'InsufficientStorage', $metadata: { httpStatusCode: 507 } }), false, true],
    ['connection reset', err({ code: 'ECONNRESET' }), false, true],
    ['access denied', err({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }), false, false],
    ['validation', err({ name: 'ValidationException', $metadata: { httpStatusCode: 400 } }), false, false],
    ['not found', err({ name: 'ResourceNotFoundFault', $metadata: { httpStatusCode: 400 } }), false, false],
    ['home region not set', err({ name: 'HomeRegionNotSetException' }), false, false],
    ['a quota (Discovery LimitExceededException), though the SDK counts it as throttling', err({ name: 'LimitExceededException' }), false, false],
    ['an SDK AbortError', err({ name: 'AbortError' }), false, false],
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

describe('retry hints', () => {
  it.each([
    ['MGN retryAfterSeconds (a string)', err({ retryAfterSeconds: '3' }), 3000],
    ['Migration Hub RetryAfterSeconds', err({ RetryAfterSeconds: 2 }), 2000],
    ['a retry-after header in seconds', err({ $response: { headers: { 'Retry-After': '1.5' } } }), 1500],
    ['a retry-after HTTP date', err({ $response: { headers: { 'retry-after': new Date(10_000).toUTCString() } } }), 10_000],
    ['no hint', err({ $response: { headers: {} } }), undefined],
    ['a garbled hint', err({ $response: { headers: { 'retry-after': 'soon' } } }), undefined],
  ])('%s', (_label, error, expected) => {
    expect(retryAfterMsOf(error, 0)).toBe(expected);
  });

  it("reads the SDK's attempt count, 1 when absent", () => {
    expect(attemptsOf(err({ $metadata: { attempts: 3 } }))).toBe(3);
    expect(attemptsOf(err({}))).toBe(1);
    expect(attemptsOf('x')).toBe(1);
  });
});
