import { EmulatorOptionError } from './emulator-error.js';

// Strict checks for the emulator's own options (fault rules, rate limits, saved state). Written for the emulator,
// independently of the library's input contract, with the same habits: unknown keys refused with a suggestion.

/** A plain object (not null, not an array), or an {@link EmulatorOptionError} naming `field`. */
export function plainObject(value: unknown, field: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EmulatorOptionError(field, `must be an object, got ${describe(value)}`);
  }
  return value as Readonly<Record<string, unknown>>;
}

/** Refuses keys of `value` outside `known`, suggesting the closest known key. */
export function onlyKeys(value: Readonly<Record<string, unknown>>, known: readonly string[], field: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw new EmulatorOptionError(join(field, key), `unknown option${suggestion(key, known)}`);
  }
}

/** `value` if it is one of `allowed` (exact case), else an error suggesting the closest one. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const near = typeof value === 'string' ? suggestion(value, allowed) : '';
  throw new EmulatorOptionError(field, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describe(value)}${near}`);
}

/** A finite number within [min, max], or an error naming `field`. */
export function finiteIn(value: unknown, min: number, max: number, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new EmulatorOptionError(field, `must be a finite number from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

/** An integer within [min, max], or an error naming `field`. */
export function integerIn(value: unknown, min: number, max: number, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new EmulatorOptionError(field, `must be an integer from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

/** `; did you mean 'x'?` for the closest candidate (case-insensitive equality first), or ''. */
export function suggestion(input: string, candidates: readonly string[]): string {
  const lower = input.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase !== undefined) return `; did you mean '${sameCase}'?`;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(input.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best === undefined ? '' : `; did you mean '${best}'?`;
}

/** A short, safe rendering of a value for messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function join(field: string, key: string): string {
  return field === '' ? key : `${field}.${key}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
