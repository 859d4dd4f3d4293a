/**
 * The one lifecycle vocabulary shared by every service. Each domain object's `status` is a union of
 * members of this shape, discriminated on `kind`; each member keeps the service's exact string as `raw`.
 */

/** Every `kind` a status can have, across all services. Each service uses the subset it can reach. */
export type LifecycleKind =
  | 'pending'
  | 'running'
  | 'succeeded'
  | 'partially-succeeded'
  | 'warning'
  | 'failed'
  | 'error'
  | 'cancelling'
  | 'cancelled'
  | 'deleting'
  | 'deleted'
  | 'unknown';

/** The minimal shape of any status: a `kind` and the service's raw string. */
export interface LifecycleStatus {
  /** The normalised phase. */
  readonly kind: LifecycleKind;
  /** The service's exact status string. */
  readonly raw: string;
}

/** A status string this library does not know yet (AWS added it after we shipped). Never terminal. */
export interface UnknownStatus {
  /** Always `'unknown'`. */
  readonly kind: 'unknown';
  /** The service's exact status string. */
  readonly raw: string;
}

const TERMINAL_KINDS: ReadonlySet<LifecycleKind> = new Set<LifecycleKind>([
  'succeeded',
  'partially-succeeded',
  'warning',
  'failed',
  'error',
  'cancelled',
  'deleted',
]);

const SUCCESS_KINDS: ReadonlySet<LifecycleKind> = new Set<LifecycleKind>(['succeeded', 'partially-succeeded', 'warning']);

/**
 * True when no further change is expected: `succeeded`, `partially-succeeded`, `warning`, `failed`, `error`,
 * `cancelled` or `deleted`. `unknown` is not terminal: a wait keeps polling it (and reports it) until its timeout.
 */
export function isTerminal(status: LifecycleStatus): boolean {
  return TERMINAL_KINDS.has(status.kind);
}

/**
 * True for the terminal kinds that count as done: `succeeded`, `partially-succeeded` (some records failed) and
 * `warning` (finished with findings). `waitUntilSucceeded()` throws for every other terminal kind.
 */
export function isSuccessful(status: LifecycleStatus): boolean {
  return SUCCESS_KINDS.has(status.kind);
}

/** Compile-time exhaustiveness check for `switch` statements over a status `kind`. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}

/** How far along a resource is, normalised across services. */
export interface Progress {
  /** Units done: records, assessments, or percentage points. */
  readonly completed: number;
  /** Units in all (100 when the service reports a percentage). */
  readonly total: number;
  /** `completed / total` as 0–100, rounded to one decimal; 0 when `total` is 0. */
  readonly percent: number;
}

/** Builds a {@link Progress} from counts. */
export function progressOf(completed: number, total: number): Progress {
  const percent = total > 0 ? Math.round((completed / total) * 1000) / 10 : 0;
  return { completed, total, percent };
}
