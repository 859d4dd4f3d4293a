import { backoffDelay } from './backoff.js';
import type { Checkpoint } from './checkpoint.js';
import type { PollDefaults } from './poll.js';
import { SIGNAL } from './schema/common-options.js';
import { objectOf } from './schema/object.js';
import { duration, fn } from './schema/primitives.js';
import { optional, parse } from './schema/schema.js';

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

/** {@link PollOptions}, declared once: the runtime check, the unknown-key refusal and the type. @internal */
export const POLL_OPTIONS = objectOf<PollOptions>()({
  signal: SIGNAL,
  minDelayMs: optional(duration()),
  maxDelayMs: optional(duration()),
  random: optional(fn<() => number>()),
});

/**
 * Checks `options` of a poll step, refusing unknown keys, and resolves the delays against the handle's `defaults`.
 * @throws ValidationError naming the field, before any request.
 * @internal
 */
export function pollStepOptions(options: unknown, defaults: PollDefaults): { readonly signal: AbortSignal | undefined; delay: (attempt: number) => number } {
  const o = parse(POLL_OPTIONS, options);
  const minDelayMs = o.minDelayMs ?? defaults.minDelayMs;
  const maxDelayMs = Math.max(minDelayMs, o.maxDelayMs ?? defaults.maxDelayMs);
  return { signal: o.signal, delay: (attempt) => backoffDelay(attempt, minDelayMs, maxDelayMs, o.random) };
}

/** Reads the attempt count a checkpoint carries (0 when it carries none). @internal */
export function pollAttemptOf(checkpoint: Checkpoint): number {
  return checkpoint.poll?.attempt ?? 0;
}
