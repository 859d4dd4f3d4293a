import { ValidationError } from '../errors.js';
import { childPath, describe, fieldName, wrongType, type Infer, type OptionalSchema, type Schema } from './schema.js';
import { suggestKey } from './suggest.js';

/** The fields of an object schema. */
export type Shape = { readonly [key: string]: Schema<unknown> };

type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalSchema<unknown> ? K : never }[keyof S];
type Flatten<T> = { [K in keyof T]: T[K] } & {};

/** The object type of a shape: optional fields become `key?: T` (no `| undefined`). */
export type InferShape<S extends Shape> = Flatten<
  { readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    readonly [K in OptionalKeys<S>]?: S[K] extends OptionalSchema<infer T> ? T : never;
  }
>;

/** The shape that declares `T` exactly: each key of `T` with a schema of its type, optional keys optional. */
export type ShapeOf<T> = {
  readonly [K in keyof T]-?: {} extends Pick<T, K> ? OptionalSchema<Exclude<T[K], undefined>> : Schema<T[K]>;
};

/** A strict object schema: unknown keys are refused with the closest known key suggested. */
export interface ObjectSchema<T> extends Schema<T> {
  /** The declared fields. */
  readonly shape: Shape;
  /** The declared keys, in declaration order. */
  readonly keys: readonly string[];
}

/** Options of {@link object}. */
export interface ObjectOptions<T> {
  /** The name of the whole object in errors at the top of a path. @default 'options' */
  readonly label?: string;
  /** Said after an unknown key that resembles no known one (where to put such settings instead). */
  readonly unknownHint?: string;
  /** A rule across fields (`include` with `exclude`): returns `[field, reason]` when the object is refused. */
  readonly check?: (value: T) => readonly [field: string, reason: string] | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A strict object: own keys not in `shape` are refused (the first one, with a suggestion), required fields must be
 * present, and the result is a fresh object with the present known fields only (explicit `undefined` is dropped).
 */
export function object<const S extends Shape>(shape: S, options: ObjectOptions<InferShape<S>> = {}): ObjectSchema<InferShape<S>> {
  const keys = Object.keys(shape);
  const label = options.label ?? 'options';
  const expects = 'an object';
  return {
    expects,
    shape,
    keys,
    parse(value, path) {
      if (!isRecord(value)) throw wrongType(path === '' ? label : path, expects, value);
      for (const key of Object.keys(value)) {
        if (Object.hasOwn(shape, key)) continue;
        throw unknownKey(path, key, keys, options.unknownHint);
      }
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const field = shape[key] as Schema<unknown> | (OptionalSchema<unknown> & Schema<unknown>);
        const present = Object.hasOwn(value, key) ? value[key] : undefined;
        if (present === undefined && !('optional' in field)) {
          throw new ValidationError(childPath(path, key), `is required (${field.expects})`);
        }
        const parsed = field.parse(present, childPath(path, key));
        if (parsed !== undefined) out[key] = parsed;
      }
      const result = out as InferShape<S>;
      const problem = options.check?.(result);
      if (problem) throw new ValidationError(childPath(path, problem[0]), problem[1]);
      return result;
    },
  };
}

/**
 * {@link object} checked against a declared type `T`: every key of `T`, no other, each with a schema of its type
 * (optional keys optional). The declared interface keeps its doc comments; the schema cannot drift from it.
 * @example `const START = objectOf<StartImportInput>()({ name: string(), importUrl: string() })`
 */
export function objectOf<T>() {
  return <const S extends ShapeOf<T>>(
    shape: S & { readonly [K in Exclude<keyof S, keyof T>]: never },
    options: ObjectOptions<T> = {},
  ): ObjectSchema<T> => object(shape as Shape, options as ObjectOptions<unknown>) as unknown as ObjectSchema<T>;
}

/** The error for an unknown key: "unknown option `clientToken`; did you mean `clientRequestToken`?". @internal */
export function unknownKey(path: string, key: string, known: readonly string[], hint?: string): ValidationError {
  const field = childPath(path, key);
  const guess = suggestKey(key, known);
  const tail =
    guess !== undefined
      ? `; did you mean \`${childPath(path, guess)}\`?`
      : (known.length > 0 ? ` (known: ${known.join(', ')})` : ' (this object takes no options)') + (hint ? `; ${hint}` : '');
  return new ValidationError(field, `unknown option${tail}`, { message: `unknown option \`${field}\`${tail}` });
}

/** Bounds of {@link array}. */
export interface ArrayRules {
  /** Fewest items. @default 0 */
  readonly min?: number;
  /** Most items. */
  readonly max?: number;
}

/** An array of `item`s; each is checked at `path[i]`. Returns a fresh array. */
export function array<T>(item: Schema<T>, rules: ArrayRules = {}): Schema<readonly T[]> {
  const expects = `an array of ${item.expects.replace(/^(a|an) /, '')}s`;
  return {
    expects,
    parse(value, path) {
      if (!Array.isArray(value)) throw wrongType(path, expects, value);
      const min = rules.min ?? 0;
      if (value.length < min) throw new ValidationError(fieldName(path), min === 1 ? 'must not be empty' : `must have at least ${min} items, got ${value.length}`);
      if (rules.max !== undefined && value.length > rules.max) {
        throw new ValidationError(fieldName(path), `must have at most ${rules.max} items, got ${value.length}`);
      }
      return value.map((v: unknown, i) => item.parse(v, `${fieldName(path)}[${i}]`));
    },
  };
}

/** Bounds and key rule of {@link record}. */
export interface RecordRules {
  /** Most entries. */
  readonly max?: number;
}

/** An object used as a map (tags): each key checked by `key`, each value by `value`, at `path.<key>`. */
export function record<V>(key: Schema<string>, value: Schema<V>, rules: RecordRules = {}): Schema<Readonly<Record<string, V>>> {
  const expects = 'an object of key-value pairs';
  return {
    expects,
    parse(input, path) {
      if (!isRecord(input)) throw wrongType(path, expects, input);
      const entries = Object.entries(input);
      if (rules.max !== undefined && entries.length > rules.max) {
        throw new ValidationError(fieldName(path), `must have at most ${rules.max} entries, got ${entries.length}`);
      }
      const out: Record<string, V> = {};
      for (const [k, v] of entries) {
        const where = childPath(path, k);
        key.parse(k, where);
        out[k] = value.parse(v, where);
      }
      return out;
    },
  };
}

/** A union of strict objects told apart by the literal value of `discriminant` (`{ mode: 'SSE_KMS', ... }`). */
export function variant<const D extends string, const M extends Readonly<Record<string, ObjectSchema<unknown>>>>(
  discriminant: D,
  members: M,
): Schema<{ [K in keyof M]: Infer<M[K]> }[keyof M]> {
  const tags = Object.keys(members);
  const expects = `an object with ${discriminant} ${tags.map((t) => JSON.stringify(t)).join(' or ')}`;
  return {
    expects,
    parse(value, path) {
      if (!isRecord(value)) throw wrongType(path, expects, value);
      const tag = value[discriminant];
      const member = typeof tag === 'string' && Object.hasOwn(members, tag) ? members[tag] : undefined;
      if (member === undefined) {
        throw new ValidationError(childPath(path, discriminant), `must be one of ${tags.map((t) => JSON.stringify(t)).join(', ')}, got ${describe(tag)}`);
      }
      return member.parse(value, path) as { [K in keyof M]: Infer<M[K]> }[keyof M];
    },
  };
}

/** One value, or a list of them (`status: 'running'` or `status: ['running', 'failed']`); the list within `rules`. */
export function oneOrMany<T>(item: Schema<T>, rules: ArrayRules = {}): Schema<T | readonly T[]> {
  const many = array(item, rules);
  return {
    expects: `${item.expects} or an array of them`,
    parse: (value, path) => (Array.isArray(value) ? many.parse(value, path) : item.parse(value, path)),
  };
}

/** `schema` without the fields `keys` (a facade's options without `client`, for the kit's per-service overrides). */
export function omit<T, const K extends keyof T & string>(schema: ObjectSchema<T>, keys: readonly K[], options: ObjectOptions<Omit<T, K>> = {}): ObjectSchema<Omit<T, K>> {
  const shape = Object.fromEntries(Object.entries(schema.shape).filter(([key]) => !(keys as readonly string[]).includes(key)));
  return object(shape, options as ObjectOptions<unknown>) as unknown as ObjectSchema<Omit<T, K>>;
}
