import { backoffDelay } from './backoff.js';
import type { Checkpoint } from './checkpoint.js';
import { ValidationError } from './errors.js';
import type { PollDefaults } from './poll.js';

/** Options of {@link Waitable.poll}: one step of a wait that an external scheduler drives. */
export interface PollOptions {
  /** Aborts the refresh; the promise rejects with `signal.reason`. */
  readonly signal?: AbortSignal;
  /**
   * The shortest `nextPollInMs`. Pass the same value at every step. @default the service's `minDelayMs` (5 s for
   * Discovery, MGN, Migration Hub and DMS)
   */
  readonly minDelayMs?: number;
  /** The longest `nextPollInMs`. Pass the same value at every step. @default the service's `maxDelayMs` */
  readonly maxDelayMs?: number;
  /** Randomness for the jitter, in [0, 1). @default Math.random */
  readonly random?: () => number;
}

/** What one {@link Waitable.poll} step saw: not finished yet, with when to look again. */
export interface PollPending<TStatus> {
  /** False: the status is not terminal, so schedule another step. */
  readonly done: false;
  /** The status seen (or, after a throttled or transient failure, the last one known). */
  readonly status: TStatus;
  /** How long to wait before the next step, in milliseconds: the handle's jittered backoff for this attempt. */
  readonly nextPollInMs: number;
  /** Pass this to `kit.resume()` (or the facade's `resume()`) for the next step; it carries the attempt count. */
  readonly checkpoint: Checkpoint;
}

/** What one {@link Waitable.poll} step saw: the status is terminal. */
export interface PollDone<TStatus> {
  /** True: the status is terminal; no further step is needed. */
  readonly done: true;
  /** The terminal status. */
  readonly status: TStatus;
  /** Absent: there is no next step. */
  readonly nextPollInMs?: never;
  /** The final checkpoint. */
  readonly checkpoint: Checkpoint;
}

/** The result of {@link Waitable.poll}, discriminated on `done`. */
export type PollResult<TStatus> = PollPending<TStatus> | PollDone<TStatus>;

const KNOWN_OPTIONS: readonly (keyof PollOptions)[] = ['signal', 'minDelayMs', 'maxDelayMs', 'random'];

function nonNegative(field: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ValidationError(field, `must be a finite number ≥ 0, got ${String(value)}`);
  }
  return value;
}

/**
 * Checks `options` of a poll step, refusing unknown keys, and resolves the delays against the handle's `defaults`.
 * @throws ValidationError naming the field, before any request.
 * @internal
 */
export function pollStepOptions(options: unknown, defaults: PollDefaults): { readonly signal: AbortSignal | undefined; delay: (attempt: number) => number } {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new ValidationError('options', 'must be an object');
  const o = options as Record<string, unknown>;
  const unknown = Object.keys(o).find((key) => !(KNOWN_OPTIONS as readonly string[]).includes(key));
  if (unknown !== undefined) throw new ValidationError(unknown, `is not a poll() option (known: ${KNOWN_OPTIONS.join(', ')})`);
  const signal = o['signal'];
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new ValidationError('signal', 'must be an AbortSignal');
  const random = o['random'];
  if (random !== undefined && typeof random !== 'function') throw new ValidationError('random', 'must be a function returning a number in [0, 1)');
  const minDelayMs = nonNegative('minDelayMs', o['minDelayMs']) ?? defaults.minDelayMs;
  const maxDelayMs = Math.max(minDelayMs, nonNegative('maxDelayMs', o['maxDelayMs']) ?? defaults.maxDelayMs);
  return {
    signal,
    delay: (attempt) => backoffDelay(attempt, minDelayMs, maxDelayMs, random as (() => number) | undefined),
  };
}

/** Reads the attempt count a checkpoint carries (0 when it carries none). @internal */
export function pollAttemptOf(checkpoint: Checkpoint): number {
  return checkpoint.poll?.attempt ?? 0;
}
