import { UsageError } from './exit-codes.js';

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;

/**
 * Parses a duration option: `500ms`, `90s`, `30m`, `1h`, or a bare number of seconds. Returns milliseconds.
 * @throws UsageError naming `option` for anything else.
 */
export function parseDuration(option: string, text: string): number {
  const match = DURATION.exec(text.trim());
  if (!match) throw new UsageError(option, `expected a duration such as 500ms, 90s, 30m or 1h, got ${JSON.stringify(text)}`);
  return Math.round(Number(match[1]) * (UNITS[match[2] ?? 's'] ?? 1_000));
}

/** `0:07`, `1:02:03`: elapsed time for humans. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1_000));
  const h = Math.floor(total / 3_600);
  const m = Math.floor((total % 3_600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
