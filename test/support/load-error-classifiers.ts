import { beforeAll } from 'vitest';
import { loadErrorClassifiers } from '../../src/core/retry.js';

// The request engine loads `@smithy/core/retry` before its first request (so importing the package loads no SDK
// runtime); unit tests that classify errors without sending one load it here.
beforeAll(async () => {
  await loadErrorClassifiers();
});
