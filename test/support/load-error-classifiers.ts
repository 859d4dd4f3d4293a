import { beforeAll } from 'vitest';
import { loadErrorClassifiers } from '../../src/core/retry.js';

// The request engine loads `@smithy/core/retry` with the first error it classifies (so importing the package, and a
// request that succeeds, load no more SDK runtime than the client's); unit tests that classify errors without sending
// one load it here. test/core/error-classifiers-load.test.ts checks the engine's own loading on a fresh module copy.
beforeAll(async () => {
  await loadErrorClassifiers();
});
