import type { InspectOptions } from 'node:util';

/** The key Node's `util.inspect` (and so `console.log`) looks for. */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * A pre-signed URL with its query (which carries the credential and signature) replaced: the origin and path stay
 * for debugging. Anything that does not parse as a URL is replaced entirely.
 * @internal
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}?[redacted]`;
  } catch {
    return '[redacted]';
  }
}

/**
 * Makes `value` print and serialise with the string fields named in `keys` passed through {@link redactUrl}, while
 * the fields themselves keep their real values for code that reads them. Adds non-enumerable `toJSON` and
 * `util.inspect` hooks, so equality checks and spreading are unaffected. Returns `value`.
 * @internal
 */
export function redactOnPrint<T extends object>(value: T, keys: readonly string[]): T {
  if (!keys.some((key) => typeof (value as Record<string, unknown>)[key] === 'string')) return value;
  const printable = (): Record<string, unknown> => {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const key of keys) {
      const field = copy[key];
      if (typeof field === 'string') copy[key] = redactUrl(field);
    }
    return copy;
  };
  Object.defineProperty(value, 'toJSON', { value: printable, enumerable: false, configurable: true });
  Object.defineProperty(value, INSPECT, {
    value: (_depth: number, options: InspectOptions, inspect: (v: unknown, o: InspectOptions) => string) => inspect(printable(), options),
    enumerable: false,
    configurable: true,
  });
  return value;
}
