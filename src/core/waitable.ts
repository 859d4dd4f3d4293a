import type { Checkpoint } from './checkpoint.js';
import { throwIfAborted, type Clock } from './clock.js';
import { defaultEngine, type RequestEngine } from './engine/engine.js';
import { TaskFailedError } from './errors.js';
import { WAIT_OPTIONS, WATCH_OPTIONS } from './schema/common-options.js';
import { parse } from './schema/schema.js';
import { pollAttemptOf, pollStepOptions, type PollOptions, type PollResult } from './poll-step.js';
import { pollChanges, pollUntilDone, type PollDefaults, type PollSpec, type WaitOptions, type WatchOptions } from './poll.js';
import { isTransientError } from './retry.js';
import { isSuccessful, isTerminal, type LifecycleStatus, type Progress } from './status.js';

/** Options for a single request. */
export interface CallOptions {
  /** Aborts the request; the promise rejects with `signal.reason`. */
  readonly signal?: AbortSignal;
}

/**
 * What `waitAll` / `waitAny` use of one handle, so that one poll loop can drive many handles without running each
 * handle's own. @internal
 */
export interface PollHooks<W> {
  /** Refreshes the handle in place (through `refreshForWait`); `clock` is the wait's `clock` option. */
  refresh(signal: AbortSignal | undefined, clock: Clock | undefined): Promise<void>;
  /** An independent copy of the handle's current snapshot. */
  snapshot(): W;
  /** True when no further change is expected. */
  isDone(): boolean;
  /** What counts as a change worth reporting. */
  changeKey(): string;
  /** The handle's polling defaults. */
  defaults(): PollDefaults;
  /** The request engine the handle's requests go through. */
  engine(): RequestEngine;
}

// Set by Waitable's static block, which may reach the protected members; module-private otherwise.
let hooksOf: (handle: Waitable<LifecycleStatus>) => PollHooks<Waitable<LifecycleStatus>>;
let setPollAttempt: (handle: Waitable<LifecycleStatus>, attempt: number) => void;

/** The {@link PollHooks} of `handle`. @internal */
export function pollHooksOf<W extends Waitable<LifecycleStatus>>(handle: W): PollHooks<W> {
  return hooksOf(handle) as PollHooks<W>;
}

/**
 * Gives a handle rebuilt by a facade's `resume()` the attempt count its checkpoint carries, so its next `poll()`
 * continues the backoff. Returns `handle`. @internal
 */
export function resumePolling<W extends Waitable<LifecycleStatus>>(handle: W, checkpoint: Checkpoint): W {
  setPollAttempt(handle, pollAttemptOf(checkpoint));
  return handle;
}

/**
 * The base of every domain object that changes over time (ImportTask, MgnImport, MigrationTask, AssessmentRun).
 * Getters read the last snapshot and never call AWS; `refresh()` and the waits do.
 */
export abstract class Waitable<TStatus extends LifecycleStatus> {
  // Polls made through poll(), here or (through a checkpoint) in the processes before.
  #pollAttempt = 0;

  /** The status of the last snapshot. */
  abstract get status(): TStatus;

  /** Normalised progress of the last snapshot, when the service reports any. */
  get progress(): Progress | undefined {
    return undefined;
  }

  /** Fetches the current state from the service and updates this object in place. */
  abstract refresh(options?: CallOptions): Promise<this>;

  /** A small serialisable checkpoint: service, id, last status; no secrets. */
  abstract toJSON(): Checkpoint;

  /** An independent copy of the current snapshot, so `watch()` can yield values that do not change later. */
  protected abstract clone(): this;

  /** This resource type's polling defaults. */
  protected abstract get pollDefaults(): PollDefaults;

  /**
   * The request engine of this handle's facade: its waits sleep on that engine's poll schedule, so they share ticks
   * with the facade's other waits. @default a process-wide engine
   */
  protected get requestEngine(): RequestEngine {
    return defaultEngine();
  }

  /** A one-line description of a terminal status that is not a success, for {@link TaskFailedError}. */
  protected describeFailure(): string {
    return `${this.constructor.name} ended with status ${this.status.kind} (${this.status.raw})`;
  }

  /** What counts as a change worth reporting: the status and the progress. */
  protected changeKey(): string {
    const p = this.progress;
    return `${this.status.raw}|${p ? `${p.completed}/${p.total}` : ''}`;
  }

  /** True when no further change is expected. */
  protected isDone(): boolean {
    return isTerminal(this.status);
  }

  /**
   * Refreshes this object for `waitAll` / `waitAny`, which run one poll loop over many handles instead of each
   * handle's own. `clock` is that wait's `clock` option, when given. The default is `refresh(options)`; override it
   * only when a snapshot depends on the waiter's clock (a Migration Hub task judges staleness on it).
   */
  protected refreshForWait(options: CallOptions, clock: Clock | undefined): Promise<unknown> {
    return this.refresh(options);
  }

  static {
    hooksOf = (handle) => ({
      refresh: async (signal, clock) => {
        await handle.refreshForWait(signal ? { signal } : {}, clock);
      },
      snapshot: () => handle.clone(),
      isDone: () => handle.isDone(),
      changeKey: () => handle.changeKey(),
      defaults: () => handle.pollDefaults,
      engine: () => handle.requestEngine,
    });
    setPollAttempt = (handle, attempt) => {
      handle.#pollAttempt = attempt;
    };
  }

  /** The checkpoint field that carries the `poll()` attempt count; empty before the first `poll()`. */
  protected pollState(): Pick<Checkpoint, 'poll'> {
    return this.#pollAttempt > 0 ? { poll: { attempt: this.#pollAttempt } } : {};
  }

  /**
   * One step of a wait, for schedulers that outlive a process (a Step Functions state machine, Temporal, a queue):
   * refreshes this handle once and says whether it is done and, if not, when to look again. `nextPollInMs` follows
   * the same jittered backoff as `waitUntilComplete()` (from `minDelayMs` growing to `maxDelayMs`), and the attempt
   * count travels in `checkpoint`, so a step run in another process after `kit.resume(checkpoint)` continues it.
   *
   * A throttled or transient failure does not reject: the step counts as an attempt that saw nothing new
   * (`done: false`, the last known status, a longer `nextPollInMs`). Errors no wait can cure (not found, access
   * denied) reject, as does abort (with `signal.reason`).
   *
   * @example
   * ```ts
   * // fragment: needs a kit and a checkpoint `cp` from the previous step
   * const { done, status, nextPollInMs, checkpoint } = await kit.resume(cp).poll();
   * if (!done) schedule(nextPollInMs, checkpoint); else console.log(status.kind);
   * ```
   * @throws ValidationError naming an unknown or malformed option, before any request.
   */
  async poll(options: PollOptions = {}): Promise<PollResult<TStatus>> {
    const { signal, delay } = pollStepOptions(options, this.pollDefaults);
    throwIfAborted(signal);
    try {
      await this.refresh(signal ? { signal } : {});
    } catch (error) {
      throwIfAborted(signal);
      if (!isTransientError(error)) throw error;
    }
    this.#pollAttempt += 1;
    const checkpoint = { ...this.toJSON(), ...this.pollState() };
    if (this.isDone()) return { done: true, status: this.status, checkpoint };
    return { done: false, status: this.status, nextPollInMs: delay(this.#pollAttempt), checkpoint };
  }

  private pollSpec(): PollSpec<this> {
    return {
      observe: async (signal) => {
        await this.refresh(signal ? { signal } : {});
        return this.clone();
      },
      isDone: (snapshot) => snapshot.isDone(),
      changeKey: (snapshot) => snapshot.changeKey(),
      defaults: this.pollDefaults,
      initial: () => this.clone(),
    };
  }

  /**
   * Polls until the status is terminal and resolves with this object, updated. A failed task resolves too:
   * inspect `status.kind`, or use `waitUntilSucceeded()`.
   * @throws WaitTimeoutError after `timeoutMs`; the signal's reason on abort; non-retryable service errors at once.
   */
  async waitUntilComplete(options: WaitOptions<this> = {}): Promise<this> {
    parse(WAIT_OPTIONS, options);
    await pollUntilDone(this.pollSpec(), options, this.requestEngine);
    return this;
  }

  /**
   * Like `waitUntilComplete()`, but a terminal status that is not a success (`failed`, `error`,
   * `cancelled`, `deleted`) rejects with {@link TaskFailedError} carrying the final snapshot.
   */
  async waitUntilSucceeded(options: WaitOptions<this> = {}): Promise<this> {
    // waitUntilComplete (a subclass may extend its options) parses them.
    await this.waitUntilComplete(options);
    if (!isSuccessful(this.status)) throw new TaskFailedError(this.describeFailure(), this.clone());
    return this;
  }

  /**
   * An async iterator of de-duplicated changes (status or progress), each an independent snapshot,
   * ending with the terminal one. Breaking out of the loop stops polling.
   */
  watch(options: WatchOptions = {}): AsyncIterable<this> {
    parse(WATCH_OPTIONS, options);
    return { [Symbol.asyncIterator]: () => pollChanges(this.pollSpec(), options, this.requestEngine) };
  }
}
