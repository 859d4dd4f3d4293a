import { throwIfAborted } from './clock.js';
import { translateServiceError } from './retry.js';

/**
 * Sends one request with the caller's signal, keeping the promise every facade makes about errors: an abort rejects
 * with `signal.reason` (the SDK would reject with its own AbortError when the abort lands mid-request), and AWS
 * errors pass through {@link translateServiceError}. `send` receives the SDK's per-request options. @internal
 */
export async function sendWithSignal<T>(
  send: (options: { abortSignal?: AbortSignal }) => Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  throwIfAborted(signal);
  try {
    return await send(signal ? { abortSignal: signal } : {});
  } catch (error) {
    throwIfAborted(signal);
    throw translateServiceError(error);
  }
}
