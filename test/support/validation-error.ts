import { ValidationError } from '../../src/core/index.js';

/**
 * Calls `fn` and returns the `field` of the {@link ValidationError} it throws, or undefined when it throws nothing.
 * Any other error is rethrown, so the test fails on it.
 */
export function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error;
  }
  return undefined;
}

/**
 * Calls `run`, which must throw or reject with a {@link ValidationError}, and returns the error's `field`.
 * Anything else (another error, or no error at all) fails the test.
 */
export async function rejectedFieldOf(run: () => unknown): Promise<string> {
  const error = await (async () => run())().catch((e: unknown) => e);
  if (!(error instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${String(error)}`);
  return error.field;
}
