/** The most poll number `attempt` may wait: `minDelayMs · 2^(attempt−1)`, capped at `maxDelayMs`. */
export function backoffCeiling(attempt: number, minDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, minDelayMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * The delay before poll number `attempt` (1 = the first retry after the immediate first check): a random value
 * between `minDelayMs` and `minDelayMs · 2^(attempt−1)`, capped at `maxDelayMs`. Full jitter above the floor keeps
 * many waiters from polling in lockstep while never polling faster than `minDelayMs`.
 */
export function backoffDelay(attempt: number, minDelayMs: number, maxDelayMs: number, random: () => number = Math.random): number {
  const ceiling = backoffCeiling(attempt, minDelayMs, maxDelayMs);
  if (ceiling <= minDelayMs) return Math.min(minDelayMs, maxDelayMs);
  return Math.round(minDelayMs + random() * (ceiling - minDelayMs));
}
