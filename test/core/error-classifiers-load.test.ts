/**
 * The SDK's error classifiers (`@smithy/core/retry`) load with the engine's first error, not before: a fresh copy of
 * the core (its own module registry, so the suite's preload in test/support is not seen) classifies a throttling
 * error by the SDK's name list, which the fallback alone does not know.
 */
import { expect, it, vi } from 'vitest';
import { FakeClock } from '../support/fake-clock.js';

it('loads the classifiers on the first error, and a throttling error named only by the SDK list counts as one', async () => {
  vi.resetModules();
  const { RequestEngine, isThrottlingError } = await import('../../src/core/index.js');
  const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
  // Before any error, this copy has only its fallback, which looks at the status code and $retryable alone.
  expect(isThrottlingError(throttled)).toBe(false);
  const engine = new RequestEngine({ clock: new FakeClock(), maxAttempts: 1 });
  await expect(engine.send('dms', 'DescribeThings', () => Promise.resolve('ok'))).resolves.toBe('ok');
  expect(isThrottlingError(throttled)).toBe(false); // a success loads nothing
  await expect(engine.send('dms', 'DescribeThings', () => Promise.reject(throttled))).rejects.toBeDefined();
  expect(engine.stats().throttled).toBe(1);
  expect(isThrottlingError(throttled)).toBe(true);
});
