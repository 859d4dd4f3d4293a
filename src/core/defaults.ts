/** Named defaults, applied once with `??` where options are read. */

/** Default overall wait timeout: 30 minutes. */
export const DEFAULT_WAIT_TIMEOUT_MS = 30 * 60_000;
/** Default lower bound of the delay between two polls. */
export const DEFAULT_MIN_DELAY_MS = 2_000;
/** Default upper bound of the delay between two polls. */
export const DEFAULT_MAX_DELAY_MS = 60_000;
/** How many times one poll is retried on throttling or a transient error before the wait gives up. */
export const DEFAULT_POLL_RETRIES = 5;
/** First delay of those retries; it doubles with jitter each time. */
export const DEFAULT_POLL_RETRY_DELAY_MS = 1_000;
/** The cap for those retries' delays. */
export const DEFAULT_POLL_RETRY_MAX_DELAY_MS = 20_000;
