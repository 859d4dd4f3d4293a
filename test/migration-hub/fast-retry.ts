/**
 * A retry strategy for the 3.523 SDK clients that retries throttling, transient and server errors like the default
 * one, but without sleeping, so tests that inject throttling do not wait for real.
 */
export interface RetryToken {
  getRetryCount(): number;
  getRetryDelay(): number;
}

const RETRYABLE = new Set(['THROTTLING', 'TRANSIENT', 'SERVER_ERROR']);

export function fastRetry(maxAttempts = 3): {
  readonly mode: 'standard';
  acquireInitialRetryToken(scope: string): Promise<RetryToken>;
  refreshRetryTokenForRetry(token: RetryToken, info: { errorType: string }): Promise<RetryToken>;
  recordSuccess(token: RetryToken): void;
} {
  const token = (count: number): RetryToken => ({ getRetryCount: () => count, getRetryDelay: () => 0 });
  return {
    mode: 'standard',
    acquireInitialRetryToken: async () => token(0),
    refreshRetryTokenForRetry: async (t, info) => {
      if (t.getRetryCount() + 1 >= maxAttempts || !RETRYABLE.has(info.errorType)) throw new Error('no retry');
      return token(t.getRetryCount() + 1);
    },
    recordSuccess: () => undefined,
  };
}
