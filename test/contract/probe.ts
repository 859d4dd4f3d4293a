/**
 * The contract test's machinery: the input classes every public method is walked through, how one call's outcome
 * is classified, and the running totals it prints.
 */
import { CheckpointError, Paginated, ValidationError } from '../../src/index.js';

/** One public method's row: how to call it, a valid argument list, and which arguments are option objects. */
export interface Row {
  /** `Class.method` (or `Class.constructor`, or a function's name). */
  readonly method: string;
  /** Calls the method with `args`. */
  readonly call: (...args: unknown[]) => unknown;
  /** Arguments the method accepts (it may send requests with them). */
  readonly valid: readonly unknown[];
  /** Option objects among the arguments: position → the label naming it, the prefix of its keys, a key to misspell. */
  readonly objects?: Readonly<Record<number, ObjectArg>>;
  /** Field-level invalid inputs. */
  readonly probes?: readonly Probe[];
  /** Edge values the method must accept (the limit exactly, 200 emoji under a 255 limit...). */
  readonly accepts?: readonly (readonly unknown[])[];
  /** The method's input is a checkpoint: refusals are CheckpointError. */
  readonly checkpoint?: true;
}

/** An option object argument. */
export interface ObjectArg {
  /** The field an error names when the whole argument is wrong (`options`, `input`, `filter`). */
  readonly label: string;
  /** What its keys are prefixed with in error fields (`''`, `filter.`). */
  readonly prefix: string;
  /** A key it knows, to misspell. */
  readonly key: string;
}

/** One invalid input: its class, the arguments, the field the error must name. */
export interface Probe {
  /** The input class: empty, too long, out of range, non-finite, wrong type, null... */
  readonly kind: string;
  /** The arguments. */
  readonly args: readonly unknown[];
  /** The field the ValidationError (or CheckpointError) must name. */
  readonly field: string;
}

/** `args` with `value` at `path` (`0.resultLocation.bucket`); `undefined` deletes the key. */
export function withAt(args: readonly unknown[], path: string, value: unknown): unknown[] {
  const copy = structuredCloneish(args) as unknown[];
  const keys = path.split('.');
  let target: Record<string, unknown> = copy as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys.at(-1) ?? '';
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

// Deep-copies plain objects and arrays; keeps functions, signals, clocks and clients as they are.
function structuredCloneish(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structuredCloneish);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structuredCloneish(v)]));
  }
  return value;
}

/** A misspelling of `key` one edit away: its last letter dropped. */
export function misspell(key: string): string {
  return key.slice(0, -1);
}

/** The object-level probes of a row: unknown key, misspelt key, null, wrong type, an array. */
export function objectProbes(row: Row): Probe[] {
  return Object.entries(row.objects ?? {}).flatMap(([position, arg]) => {
    const i = Number(position);
    const base = (row.valid[i] ?? {}) as Record<string, unknown>;
    const replace = (value: unknown): unknown[] => row.valid.map((v, j) => (j === i ? value : v));
    const typo = misspell(arg.key);
    const { [arg.key]: original, ...rest } = base;
    return [
      { kind: 'unknown key', args: replace({ ...base, zzzUnknownKey: 1 }), field: `${arg.prefix}zzzUnknownKey` },
      { kind: 'misspelt key', args: replace({ ...rest, [typo]: original ?? true }), field: `${arg.prefix}${typo}` },
      { kind: 'null', args: replace(null), field: arg.label },
      { kind: 'wrong type', args: replace('text'), field: arg.label },
      { kind: 'wrong type', args: replace([]), field: arg.label },
    ];
  });
}

/** How a call ended. */
export type Outcome =
  | { readonly kind: 'refused'; readonly error: ValidationError | CheckpointError }
  | { readonly kind: 'untyped'; readonly error: unknown }
  | { readonly kind: 'accepted'; readonly value: unknown };

/** Calls `run`, awaiting a promise; a synchronous throw and a rejection both count. A returned list is iterated one page. */
export async function outcomeOf(run: () => unknown, iterateLists = true): Promise<Outcome> {
  try {
    let value = run();
    if (value instanceof Promise) value = await value;
    if (iterateLists && value instanceof Paginated) {
      for await (const page of value.pages()) {
        void page;
        break;
      }
    }
    return { kind: 'accepted', value };
  } catch (error) {
    if (error instanceof ValidationError || error instanceof CheckpointError) return { kind: 'refused', error };
    return { kind: 'untyped', error };
  }
}

/** The figures the contract test prints. */
export const totals = { tried: 0, typedWithField: 0, wrongField: 0, reachedWire: 0, untyped: 0, accepted: 0, edgesAccepted: 0 };
