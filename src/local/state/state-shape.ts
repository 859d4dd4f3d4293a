import { EmulatorStateError } from '../emulator-error.js';

// A small structural checker for saved state: every malformed part raises EmulatorStateError with its path.

/** A shape a state value must have. @internal */
export type Shape =
  | 'string'
  | 'number'
  | 'boolean'
  | 'bytes'
  | 'any'
  | { readonly optional: Shape }
  | { readonly nullable: Shape }
  | { readonly array: Shape }
  | { readonly map: Shape; readonly key?: Shape }
  | { readonly set: Shape }
  | { readonly record: Shape }
  | { readonly oneOf: readonly (string | number)[] }
  | { readonly object: Readonly<Record<string, Shape>> };

/** Optional member. @internal */
export const opt = (shape: Shape): Shape => ({ optional: shape });
/** Array of. @internal */
export const arr = (shape: Shape): Shape => ({ array: shape });
/** Exact object (unknown keys refused). @internal */
export const obj = (members: Readonly<Record<string, Shape>>): Shape => ({ object: members });

/** Checks `value` against `shape`, returning it typed as `T`; throws {@link EmulatorStateError} naming the path. @internal */
export function checkState<T>(value: unknown, shape: Shape, path: string): T {
  check(value, shape, path);
  return value as T;
}

function check(value: unknown, shape: Shape, path: string): void {
  const fail = (what: string): never => {
    throw new EmulatorStateError(path, `must be ${what}`);
  };
  if (typeof shape === 'string') {
    switch (shape) {
      case 'string':
        if (typeof value !== 'string') fail('a string');
        return;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) fail('a finite number');
        return;
      case 'boolean':
        if (typeof value !== 'boolean') fail('a boolean');
        return;
      case 'bytes':
        if (!(value instanceof Uint8Array)) fail('bytes ({ $base64 })');
        return;
      case 'any':
        return;
    }
  }
  if ('optional' in shape) return value === undefined ? undefined : check(value, shape.optional, path);
  if ('nullable' in shape) return value === null ? undefined : check(value, shape.nullable, path);
  if ('array' in shape) {
    if (!Array.isArray(value)) fail('an array');
    (value as unknown[]).forEach((item, i) => check(item, shape.array, `${path}[${i}]`));
    return;
  }
  if ('map' in shape) {
    if (!(value instanceof Map)) fail('a map ({ $map: [[key, value], ...] })');
    for (const [k, v] of value as Map<unknown, unknown>) {
      check(k, shape.key ?? 'string', `${path}.<key>`);
      check(v, shape.map, `${path}[${JSON.stringify(k)}]`);
    }
    return;
  }
  if ('set' in shape) {
    if (!(value instanceof Set)) fail('a set ({ $set: [...] })');
    for (const item of value as Set<unknown>) check(item, shape.set, `${path}.<item>`);
    return;
  }
  if ('oneOf' in shape) {
    if (!shape.oneOf.includes(value as string)) fail(`one of ${shape.oneOf.map((v) => JSON.stringify(v)).join(', ')}`);
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Map || value instanceof Set) fail('an object');
  const record = value as Record<string, unknown>;
  if ('record' in shape) {
    for (const [k, v] of Object.entries(record)) check(v, shape.record, `${path}.${k}`);
    return;
  }
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(shape.object, key)) throw new EmulatorStateError(`${path}.${key}`, 'is not part of the saved state');
  }
  for (const [key, member] of Object.entries(shape.object)) check(record[key], member, `${path}.${key}`);
}
