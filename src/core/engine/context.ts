import { systemClock, type Clock } from '../clock.js';
import type { Priority } from './governor.js';
import { linkSignal, type LinkedSignal } from './signals.js';

/** What the engine needs to know about whoever sends through a signal. @internal */
export interface RequestContext {
  /** A user's one-off call (`user`) or a wait's or a list's request (`background`). */
  readonly priority: Priority;
  /** The clock the caller runs on (its governor waits use it). @default the engine's */
  readonly clock?: Clock | undefined;
}

// Signals made by the engine for waits, lists and batches carry their context; a user's own signal carries none.
const contexts = new WeakMap<AbortSignal, RequestContext>();

/** Tags `signal` with `context`, so requests sent with it are queued and timed accordingly. @internal */
export function setContext(signal: AbortSignal, context: RequestContext): void {
  contexts.set(signal, context);
}

/** The context of `signal`, when the engine made it. @internal */
export function contextOf(signal: AbortSignal | undefined): RequestContext | undefined {
  return signal ? contexts.get(signal) : undefined;
}

/** Why a wait's scope aborted at its deadline (the wait turns it into a `WaitTimeoutError`). @internal */
export class DeadlineReached extends Error {
  override readonly name = 'DeadlineReached';
}

/**
 * The signal of one wait: linked to the user's signal, and aborted at the deadline so a request in flight then is
 * aborted too. The deadline is timed with `setTimeout` on the system clock; an injected clock (a test's, the
 * emulator's) has no timers of its own, so with one the wait never sleeps past the deadline and checks it on waking.
 * @internal
 */
export class WaitScope {
  readonly #link: LinkedSignal;
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  /** The absolute deadline, on the wait's clock. */
  readonly deadline: number;
  /** The wait's clock. */
  readonly clock: Clock;

  /** @param signal - The user's signal. @param timeoutMs - From now. @param clock - The wait's clock. */
  constructor(signal: AbortSignal | undefined, timeoutMs: number, clock: Clock, priority: Priority = 'background') {
    this.#link = linkSignal(signal);
    this.clock = clock;
    this.deadline = clock.now() + timeoutMs;
    setContext(this.#link.signal, { priority, clock });
    if (clock === systemClock && Number.isFinite(timeoutMs) && timeoutMs < 2 ** 31) {
      this.#timer = setTimeout(() => this.#link.abort(new DeadlineReached(`deadline of ${timeoutMs} ms reached`)), timeoutMs);
      this.#timer.unref?.();
    }
  }

  /** Aborts on the user's abort (with its reason) or at the deadline (with {@link DeadlineReached}). */
  get signal(): AbortSignal {
    return this.#link.signal;
  }

  /** True once the deadline has passed (by the timer, or by the clock). */
  get expired(): boolean {
    return this.#link.signal.reason instanceof DeadlineReached || this.clock.now() >= this.deadline;
  }

  /** Ends the scope: clears the timer, unlinks from the user's signal. */
  close(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#link.dispose();
  }
}
