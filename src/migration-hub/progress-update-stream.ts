import { isDryRun, isDryRunResult, type ApplyOptions, type DryRunOptions, type DryRunResult, type MutationOptions } from './dry-run.js';
import type { HubContext } from './hub-context.js';
import type { MigrationTaskOptions } from './migration-task-options.js';
import { MigrationTask } from './migration-task.js';
import { checkTaskName } from './validate.js';
import { MIGRATION_TASK_OPTIONS } from './input-schemas.js';

/**
 * A progress update stream: the namespace a migration tool reports its tasks under (usually the tool's name).
 * @example
 * ```ts
 * const stream = await hub.stream('my-tool').create();
 * await stream.task('app-server-01').notify({ status: 'IN_PROGRESS', progressPercent: 10, nextUpdateSeconds: 300 });
 * ```
 */
export class ProgressUpdateStream {
  readonly #ctx: HubContext;
  readonly #name: string;

  /** @internal Users get streams from `MigrationHubService.stream()` / `streams()`. The name is already validated. */
  constructor(ctx: HubContext, name: string) {
    this.#ctx = ctx;
    this.#name = name;
  }

  /** The stream's name. */
  get name(): string {
    return this.#name;
  }

  /** Dry run: asks whether the stream could be created. */
  create(options: DryRunOptions): Promise<DryRunResult>;
  /** Creates the stream (CreateProgressUpdateStream). Idempotent: an existing stream is fine. */
  create(options?: ApplyOptions): Promise<this>;
  /** Creates the stream, or dry-runs it when `options.dryRun` is true. */
  create(options?: MutationOptions): Promise<this | DryRunResult>;
  async create(options: MutationOptions = {}): Promise<this | DryRunResult> {
    const result = await this.#ctx.mutate('CreateProgressUpdateStream', { ProgressUpdateStreamName: this.#name }, isDryRun(options), options.signal);
    return isDryRunResult(result) ? result : this;
  }

  /** Dry run: asks whether the stream could be deleted. */
  delete(options: DryRunOptions): Promise<DryRunResult>;
  /** Deletes the stream and, in the background, every task, artifact and attribute under it. */
  delete(options?: ApplyOptions): Promise<void>;
  /** Deletes the stream, or dry-runs it when `options.dryRun` is true. */
  delete(options?: MutationOptions): Promise<void | DryRunResult>;
  async delete(options: MutationOptions = {}): Promise<void | DryRunResult> {
    const result = await this.#ctx.mutate('DeleteProgressUpdateStream', { ProgressUpdateStreamName: this.#name }, isDryRun(options), options.signal);
    return isDryRunResult(result) ? result : undefined;
  }

  /**
   * A handle on the migration task `name` in this stream (no request is sent).
   * @throws ValidationError when the name is not a valid task name (1–256 characters, no `:` or `|`).
   */
  task(name: string, options: MigrationTaskOptions = {}): MigrationTask {
    const checked = checkTaskName('taskName', name);
    return new MigrationTask(this.#ctx, this.#name, checked, MIGRATION_TASK_OPTIONS.parse(options, ''));
  }

  /** `ProgressUpdateStream(name)`. */
  toString(): string {
    return `ProgressUpdateStream(${this.#name})`;
  }

  /** `{ name }`: enough to get the stream again with `hub.stream(name)`. */
  toJSON(): {
    /** The stream's name. */
    readonly name: string;
  } {
    return { name: this.#name };
  }
}
