import type { Clock } from '../clock.js';
import { ValidationError } from '../errors.js';
import { describe, fieldName, truncate, wrongType, type Schema } from './schema.js';

/** The longest delay `setTimeout` honours: 2^31 − 1 ms (about 24.8 days). Longer ones fire after 1 ms. */
export const MAX_DURATION_MS = 2 ** 31 - 1;

/** Rules of {@link string}. Lengths count characters (Unicode code points), as the AWS models do. */
export interface StringRules {
  /** Fewest characters. @default 1 */
  readonly min?: number;
  /** Most characters. */
  readonly max?: number;
  /** A pattern the whole value must match. */
  readonly pattern?: RegExp;
  /** What the pattern means, for the message (`letters, digits and hyphens`). */
  readonly hint?: string;
}

/** The number of characters (code points) in `text`; an emoji counts once. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The reason `text` breaks `rules`, or undefined. @internal */
export function stringProblem(text: string, rules: StringRules): string | undefined {
  const min = rules.min ?? 1;
  // The code point count lies between half the UTF-16 length and the UTF-16 length: most values need no counting.
  const length = text.length < 2 * min || (rules.max !== undefined && text.length > rules.max) ? codePointLength(text) : text.length;
  if (length < min) return min === 1 ? 'must not be empty' : `must be at least ${min} characters long, got ${length}`;
  if (rules.max !== undefined && length > rules.max) return `must be at most ${rules.max} characters long, got ${length}`;
  if (rules.pattern && !rules.pattern.test(text)) return `${JSON.stringify(truncate(text))} is not valid${rules.hint ? `: ${rules.hint}` : ''}`;
  return undefined;
}

/** A string within `rules` (lengths in code points). */
export function string(rules: StringRules = {}): Schema<string> {
  const expects = 'a string';
  return {
    expects,
    parse(value, path) {
      if (typeof value !== 'string') throw wrongType(path, expects, value);
      const problem = stringProblem(value, rules);
      if (problem !== undefined) throw new ValidationError(fieldName(path), problem);
      return value;
    },
  };
}

/** Bounds of {@link integer} and {@link number}. */
export interface NumberRules {
  /** Smallest allowed value. @default Number.MIN_SAFE_INTEGER for integers, -Number.MAX_VALUE otherwise */
  readonly min?: number;
  /** Largest allowed value. @default Number.MAX_SAFE_INTEGER for integers, Number.MAX_VALUE otherwise */
  readonly max?: number;
}

function numeric(expects: string, ok: (n: number) => boolean, rules: NumberRules, floor: number, ceiling: number): Schema<number> {
  const min = rules.min ?? floor;
  const max = rules.max ?? ceiling;
  return {
    expects,
    parse(value, path) {
      if (typeof value !== 'number' || !ok(value)) throw wrongType(path, expects, value);
      if (value < min || value > max) throw new ValidationError(fieldName(path), `must be between ${min} and ${max}, got ${value}`);
      return value;
    },
  };
}

/** An integer within `rules`. NaN and ±Infinity are refused. */
export function integer(rules: NumberRules = {}): Schema<number> {
  return numeric('an integer', Number.isInteger, rules, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
}

/** A finite number within `rules`. NaN and ±Infinity are refused. */
export function number(rules: NumberRules = {}): Schema<number> {
  return numeric('a finite number', Number.isFinite, rules, -Number.MAX_VALUE, Number.MAX_VALUE);
}

/**
 * A duration in milliseconds: finite, ≥ `min` (default 0) and at most {@link MAX_DURATION_MS}. Longer values are
 * refused rather than clamped: a timer of 2^31 ms or more fires after 1 ms in Node, and silently shortening a
 * caller's deadline would hide the mistake.
 */
export function duration(rules: { readonly min?: number } = {}): Schema<number> {
  return numeric('a finite number of milliseconds', Number.isFinite, { min: rules.min ?? 0, max: MAX_DURATION_MS }, 0, MAX_DURATION_MS);
}

/** `true` or `false` (not `'yes'`, not `1`). */
export function boolean(): Schema<boolean> {
  const expects = 'a boolean';
  return {
    expects,
    parse(value, path) {
      if (typeof value !== 'boolean') throw wrongType(path, expects, value);
      return value;
    },
  };
}

/** One of `values`, compared exactly. */
export function oneOf<const T extends string | number>(values: readonly T[]): Schema<T> {
  const expects = `one of ${values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(', ')}`;
  return {
    expects,
    parse(value, path) {
      if (!(values as readonly unknown[]).includes(value)) throw new ValidationError(fieldName(path), `must be ${expects}, got ${describe(value)}`);
      return value as T;
    },
  };
}

/** A function (its arguments and result are the declared type `F`'s, unchecked). */
export function fn<F extends (...args: never[]) => unknown>(): Schema<F> {
  const expects = 'a function';
  return {
    expects,
    parse(value, path) {
      if (typeof value !== 'function') throw wrongType(path, expects, value);
      return value as F;
    },
  };
}

/** An `AbortSignal`, or an object that behaves as one (another realm's or a polyfill's). */
export function abortSignal(): Schema<AbortSignal> {
  const expects = 'an AbortSignal';
  return {
    expects,
    parse(value, path) {
      if (value instanceof AbortSignal) return value;
      const s = value as Partial<Record<'aborted' | 'addEventListener' | 'removeEventListener', unknown>> | null;
      const like =
        typeof value === 'object' &&
        s !== null &&
        typeof s.aborted === 'boolean' &&
        typeof s.addEventListener === 'function' &&
        typeof s.removeEventListener === 'function';
      if (!like) throw wrongType(path, expects, value);
      return value as AbortSignal;
    },
  };
}

/** A {@link Clock}: an object with `now()` and `sleep(ms, signal)`. */
export function clock(): Schema<Clock> {
  const expects = 'a clock with now() and sleep(ms, signal) functions';
  return {
    expects,
    parse(value, path) {
      const c = value as Partial<Record<'now' | 'sleep', unknown>> | null;
      if (typeof value !== 'object' || c === null || typeof c.now !== 'function' || typeof c.sleep !== 'function') {
        throw wrongType(path, expects, value);
      }
      return value as Clock;
    },
  };
}

/** A valid `Date` (not an Invalid Date). */
export function date(): Schema<Date> {
  const expects = 'a valid Date';
  return {
    expects,
    parse(value, path) {
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw wrongType(path, expects, value);
      return value;
    },
  };
}

/** Any value of the declared type `T`, unchecked: for settings handed on to the AWS SDK as they are. */
export function unchecked<T>(expects = 'any value'): Schema<T> {
  return { expects, parse: (value) => value as T };
}

/** A client of your own: any object with a `send` function (an AWS SDK v3 client, or a stand-in). */
export function sdkClient<C>(): Schema<C> {
  const expects = 'an AWS SDK client (an object with a send() function)';
  return {
    expects,
    parse(value, path) {
      if (typeof value !== 'object' || value === null || typeof (value as { send?: unknown }).send !== 'function') throw wrongType(path, expects, value);
      return value as C;
    },
  };
}
