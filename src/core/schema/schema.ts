import { ValidationError } from '../errors.js';

/**
 * One declared input: what a valid value is, and the check that turns an `unknown` into it. Every public input of
 * the kit is declared once as a schema, so the runtime check, the refusal of unknown keys and the TypeScript type
 * come from one place. @internal
 */
export interface Schema<T> {
  /** What a valid value is, for messages: `a string of 1–255 characters`, `an AbortSignal`. */
  readonly expects: string;
  /**
   * Checks `value`, found at `path` (`resultLocation.bucket`, `ids[3]`; `''` at the top), and returns it typed.
   * Objects come back as fresh copies holding their known keys only.
   * @throws ValidationError naming the path.
   */
  parse(value: unknown, path: string): T;
}

/** A field that may be absent. `undefined` counts as absent, and the parsed object leaves the key out. @internal */
export interface OptionalSchema<T> extends Schema<T | undefined> {
  /** Marks the field optional in the inferred object type (`key?: T`, compatible with exactOptionalPropertyTypes). */
  readonly optional: true;
  /** The schema of a present value. */
  readonly present: Schema<T>;
}

/** The type a schema parses to. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Makes `schema` optional. */
export function optional<T>(schema: Schema<T>): OptionalSchema<T> {
  return {
    expects: schema.expects,
    optional: true,
    present: schema,
    parse: (value, path) => (value === undefined ? undefined : schema.parse(value, path)),
  };
}

/**
 * A schema from a check function, for rules that need code (an ARN's parts, an S3 URL): `check` throws
 * {@link ValidationError} naming the field it is given, or returns the value typed.
 */
export function custom<T>(expects: string, check: (path: string, value: unknown) => T): Schema<T> {
  return { expects, parse: (value, path) => check(fieldName(path), value) };
}

/** Adds a rule to `schema`: `rule` returns a reason when the parsed value is refused. */
export function refine<T>(schema: Schema<T>, rule: (value: T) => string | undefined): Schema<T> {
  return {
    expects: schema.expects,
    parse(value, path) {
      const parsed = schema.parse(value, path);
      const reason = rule(parsed);
      if (reason !== undefined) throw new ValidationError(fieldName(path), reason);
      return parsed;
    },
  };
}

/**
 * Parses a public method's argument (the top of the path).
 * @throws ValidationError naming the field.
 */
export function parse<T>(schema: Schema<T>, value: unknown): T {
  return schema.parse(value, '');
}

/** The field to name in an error: the path, or `options` at the top. @internal */
export function fieldName(path: string): string {
  return path === '' ? 'options' : path;
}

/** A path one key deeper. @internal */
export function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Shortens long values quoted in messages. @internal */
export function truncate(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}

/** A value as a message shows it: `null`, `an array`, `a number (NaN)`, `"text"`. @internal */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(truncate(value));
    case 'number':
    case 'bigint':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    case 'object':
      return value instanceof Date ? 'a Date' : 'an object';
    default:
      return typeof value;
  }
}

/** The error for a value of the wrong type. @internal */
export function wrongType(path: string, expects: string, value: unknown): ValidationError {
  return new ValidationError(fieldName(path), `must be ${expects}, got ${describe(value)}`);
}
