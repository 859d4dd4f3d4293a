/** Named defaults, applied once with `??` where options are read. */

/** Default overall wait timeout: 30 minutes. */
export const DEFAULT_WAIT_TIMEOUT_MS = 30 * 60_000;
/** Default lower bound of the delay between two polls. */
export const DEFAULT_MIN_DELAY_MS = 2_000;
/** Default upper bound of the delay between two polls. */
export const DEFAULT_MAX_DELAY_MS = 60_000;
/**
 * How many polls in a row a wait lets fail with throttling or a transient error (each after the engine's and the
 * SDK's attempts) before it gives up with that error.
 */
export const DEFAULT_POLL_RETRIES = 5;
/** Default connection timeout of the clients the kit builds. */
export const DEFAULT_CONNECTION_TIMEOUT_MS = 10_000;
/** Default request timeout of the clients the kit builds: a socket idle this long fails the attempt. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
