import type { MigrationTaskSummary as SdkMigrationTaskSummary } from '@aws-sdk/client-migration-hub';
import { ValidationError, Waitable, progressOf, s, type CallOptions, type Checkpoint, type Clock, type PollDefaults, type Progress, type RequestEngine, type WatchOptions } from '../core/index.js';
import { CreatedArtifacts } from './created-artifacts.js';
import { MIGRATION_TASK_POLL_DEFAULTS } from './defaults.js';
import { DiscoveredResources } from './discovered-resources.js';
import { isDryRunResult, type ApplyOptions, type DryRunOptions, type DryRunResult, type MutationOptions } from './dry-run.js';
import type { HubContext } from './hub-context.js';
import type { MigrationTaskOptions, MigrationTaskUpdate, MigrationTaskWaitOptions, ResourceAttribute } from './migration-task-options.js';
import { migrationTaskStatusOf, type MigrationTaskStatus } from './migration-task-status.js';
import { ObservationClock } from './observation-clock.js';
import { putResourceAttributes } from './resource-attributes.js';
import { staleAwareWait } from './stale-wait.js';
import { importTask, notifiedSnapshot, notifyTask, type TaskKey } from './task-mutations.js';
import { EMPTY_SNAPSHOT, isOverdue, nextUpdateDue, snapshotOfSummary, snapshotOfTask, type RawMigrationTask, type TaskSnapshot } from './task-snapshot.js';
import { runTracked, type ReportProgress, type TrackOptions } from './track.js';
import { checkNextUpdateSeconds } from './validate.js';
import { HUB_CALL_OPTIONS, MIGRATION_TASK_WAIT_OPTIONS } from './input-schemas.js';

/**
 * A Migration Hub migration task: what a migration tool reports on (`notify`, `track`) and an orchestrator watches
 * (`refresh`, `waitUntilComplete`, `watch`). Getters read the last snapshot; only async methods call AWS.
 */
export class MigrationTask extends Waitable<MigrationTaskStatus> {
  /** The AWS resources the migration created (ARNs). */
  readonly createdArtifacts: CreatedArtifacts;
  /** The Application Discovery Service resources the task migrates. */
  readonly discoveredResources: DiscoveredResources;
  readonly #ctx: HubContext;
  readonly #key: TaskKey;
  readonly #clock: ObservationClock;
  #nextUpdateSeconds: number | undefined;
  #s: TaskSnapshot = EMPTY_SNAPSHOT;

  /** @internal Users get tasks from `MigrationHubService` or `ProgressUpdateStream`; names are already validated. */
  constructor(ctx: HubContext, stream: string, name: string, options: MigrationTaskOptions = {}, summary?: SdkMigrationTaskSummary) {
    super();
    this.#ctx = ctx;
    this.#key = { ProgressUpdateStream: stream, MigrationTaskName: name };
    this.#clock = new ObservationClock(ctx.clock);
    const seconds = options.nextUpdateSeconds;
    this.#nextUpdateSeconds = seconds === undefined ? undefined : checkNextUpdateSeconds('nextUpdateSeconds', seconds);
    this.createdArtifacts = new CreatedArtifacts(ctx, stream, name);
    this.discoveredResources = new DiscoveredResources(ctx, stream, name);
    if (summary) this.#s = snapshotOfSummary(summary, this.#clock.now());
  }

  /** The progress update stream (the reporting tool) the task belongs to. */
  get stream(): string {
    return this.#key.ProgressUpdateStream;
  }
  /** The task's name, unique within its stream. */
  get name(): string {
    return this.#key.MigrationTaskName;
  }
  /** The last known status; a handle that has neither notified nor refreshed reports `{ kind: 'unknown', raw: '' }`, like every other service's unfetched handle. */
  get status(): MigrationTaskStatus {
    return this.#s.status;
  }
  /** The last reported percentage as `{ completed, total: 100 }`, when the tool sent one. */
  override get progress(): Progress | undefined {
    return this.#s.percent === undefined ? undefined : progressOf(this.#s.percent, 100);
  }
  /** The last reported percentage (0–100), when the tool sent one. */
  get progressPercent(): number | undefined {
    return this.#s.percent;
  }
  /** The last status detail, when the tool sent one. */
  get detail(): string | undefined {
    return this.#s.detail;
  }
  /** When the last update was gathered (`UpdateDateTime`). */
  get updatedAt(): Date | undefined {
    return this.#s.updatedAt;
  }
  /** The migrated resource's identifying attributes, after `refresh()`. */
  get resourceAttributes(): readonly ResourceAttribute[] | undefined {
    return this.#s.attributes;
  }
  /** The SDK's own object from the last DescribeMigrationTask or ListMigrationTasks, if any. */
  get raw(): RawMigrationTask | undefined {
    return this.#s.raw;
  }
  /** The update interval the tool promised, when known (see {@link MigrationTaskOptions.nextUpdateSeconds}). */
  get nextUpdateSeconds(): number | undefined {
    return this.#nextUpdateSeconds;
  }
  /** When the next update is due (`updatedAt + nextUpdateSeconds`), when both are known. */
  get nextUpdateDueAt(): Date | undefined {
    return nextUpdateDue(this.#s, this.#nextUpdateSeconds);
  }
  /** When this snapshot was taken: on the waiter's clock during a wait, on the facade's otherwise. */
  get observedAt(): Date | undefined {
    return this.#s.observedAt === undefined ? undefined : new Date(this.#s.observedAt);
  }
  /**
   * Whether, as of this snapshot, the task was unfinished and its promised next update overdue: `true` or `false`
   * when that can be judged, `undefined` when it cannot, because the promised interval is not known (pass
   * `nextUpdateSeconds`, or notify through this handle) or the task has not been observed yet. A finished task is
   * never stale. Test it with `=== true`/`=== false` where "unknown" matters.
   */
  get stale(): boolean | undefined {
    return this.#s.observedAt === undefined ? undefined : this.isStaleAt(this.#s.observedAt);
  }

  /**
   * Whether a task in this state would be stale at `when`: false once finished; true when its next update was due
   * before then; undefined when that due time is not known (see {@link MigrationTask.stale}).
   */
  isStaleAt(when: Date | number): boolean | undefined {
    const at = typeof when === 'number' ? when : when instanceof Date ? when.getTime() : Number.NaN;
    if (!Number.isFinite(at)) throw new ValidationError('when', 'must be a valid Date or a finite number of epoch milliseconds');
    return isOverdue(this.#s, this.#nextUpdateSeconds, at);
  }

  /** Fetches the task (DescribeMigrationTask): status, percent, detail, update time, resource attributes. */
  async refresh(options: CallOptions = {}): Promise<this> {
    HUB_CALL_OPTIONS.parse(options, '');
    const out = await this.#ctx.call('DescribeMigrationTask', { ...this.#key }, options.signal);
    this.#s = snapshotOfTask(out.MigrationTask ?? {}, this.#clock.now());
    return this;
  }

  /** Dry run: asks whether the update would be accepted. */
  notify(update: MigrationTaskUpdate & { readonly dryRun: true }, options?: CallOptions): Promise<DryRunResult>;
  /** Reports the task's state (NotifyMigrationTaskState); the handle then shows what was sent. */
  notify(update: MigrationTaskUpdate & { readonly dryRun?: false }, options?: CallOptions): Promise<this>;
  /** Reports the task's state, or dry-runs it when `update.dryRun` is true. */
  notify(update: MigrationTaskUpdate, options?: CallOptions): Promise<this | DryRunResult>;
  async notify(update: MigrationTaskUpdate, options: CallOptions = {}): Promise<this | DryRunResult> {
    HUB_CALL_OPTIONS.parse(options, '');
    const sent = await notifyTask(this.#ctx, this.#key, update, options.signal);
    if (isDryRunResult(sent)) return sent;
    this.#nextUpdateSeconds = sent.nextUpdateSeconds;
    this.#s = notifiedSnapshot(this.#s, sent, this.#clock.now());
    return this;
  }

  /** Dry run: asks whether the task could be registered. */
  import(options: DryRunOptions): Promise<DryRunResult>;
  /** Registers the task (ImportMigrationTask), which the first `notify` requires. Idempotent. */
  import(options?: ApplyOptions): Promise<this>;
  /** Registers the task, or dry-runs it when `options.dryRun` is true. */
  import(options?: MutationOptions): Promise<this | DryRunResult>;
  async import(options: MutationOptions = {}): Promise<this | DryRunResult> {
    return (await importTask(this.#ctx, this.#key, options)) ?? this;
  }

  /** Dry run: asks whether the attributes would be accepted. */
  putResourceAttributes(attributes: readonly ResourceAttribute[], options: DryRunOptions): Promise<DryRunResult>;
  /** Sets the attributes identifying the migrated resource, replacing earlier ones (PutResourceAttributes). */
  putResourceAttributes(attributes: readonly ResourceAttribute[], options?: ApplyOptions): Promise<void>;
  /** Sets the attributes, or dry-runs it when `options.dryRun` is true. */
  putResourceAttributes(attributes: readonly ResourceAttribute[], options?: MutationOptions): Promise<void | DryRunResult>;
  putResourceAttributes(attributes: readonly ResourceAttribute[], options: MutationOptions = {}): Promise<void | DryRunResult> {
    return putResourceAttributes(this.#ctx, this.#key, attributes, options);
  }

  /**
   * Runs a tool's `work` and reports it on this task: imports the task, sends IN_PROGRESS for each
   * `report(percent, detail)` and heartbeats before `nextUpdateSeconds` runs out, then COMPLETED when `work`
   * returns (resolving with its value) or FAILED with the error's message when it throws (rethrowing the error).
   * @example
   * ```ts
   * const instanceId = await task.track(async (report) => { await copy(); await report(80, 'cutover'); return cutover(); });
   * ```
   */
  track<T>(work: (report: ReportProgress) => Promise<T> | T, options: TrackOptions = {}): Promise<T> {
    return runTracked(this, work, options, this.#ctx.clock);
  }

  /**
   * Polls until COMPLETED or FAILED and resolves with the task. Going stale counts as a change for `onProgress`;
   * with `failWhenStale` a stale task rejects with {@link StaleTaskError}. Staleness is judged on the waiter's clock.
   */
  override async waitUntilComplete(options: MigrationTaskWaitOptions<this> = {}): Promise<this> {
    MIGRATION_TASK_WAIT_OPTIONS.parse(options, '');
    const wait = staleAwareWait(options, this.#ctx.clock);
    return this.#clock.during(wait.clock, () => super.waitUntilComplete(wait));
  }

  /** Under `waitAll` / `waitAny`, staleness is judged on that wait's clock too (the facade's when none is given). @internal */
  protected override refreshForWait(options: CallOptions, clock: Clock | undefined): Promise<this> {
    return this.#clock.during(clock ?? this.#ctx.clock, () => this.refresh(options));
  }

  /** Like {@link MigrationTask.waitUntilComplete}, but a FAILED task rejects with `TaskFailedError`. */
  override waitUntilSucceeded(options: MigrationTaskWaitOptions<this> = {}): Promise<this> {
    return super.waitUntilSucceeded(options);
  }

  /** De-duplicated changes (status, percent, detail, staleness), ending with the terminal one. */
  override watch(options: WatchOptions = {}): AsyncIterable<this> {
    s.parse(s.WATCH_OPTIONS, options);
    const clock = options.clock ?? this.#ctx.clock;
    return this.#clock.iterate(clock, super.watch({ ...options, clock }));
  }

  /**
   * A checkpoint for `MigrationHubService.resume()`: stream, name, the last status seen and the promised update
   * interval (`nextUpdateSeconds`), so the resumed handle can still judge staleness.
   */
  toJSON(): Checkpoint {
    const { status } = this.#s;
    const seen = status.raw !== '' ? { status: { kind: status.kind, raw: status.raw } } : {};
    const interval = this.#nextUpdateSeconds === undefined ? {} : { nextUpdateSeconds: this.#nextUpdateSeconds };
    return { v: 1, service: 'migration-hub', resource: 'MigrationTask', id: this.name, scope: this.stream, ...seen, ...interval, ...this.pollState() };
  }

  /** Shows `status` (from a checkpoint) until the next refresh; the task counts as not observed yet. @internal */
  restoreStatus(raw: string): this {
    if (this.#s.observedAt === undefined) this.#s = { ...EMPTY_SNAPSHOT, status: migrationTaskStatusOf(raw) };
    return this;
  }

  /** `MigrationTask(stream/name: IN_PROGRESS 40%)`, with ` stale` when it is. */
  override toString(): string {
    const percent = this.#s.percent === undefined ? '' : ` ${this.#s.percent}%`;
    return `MigrationTask(${this.stream}/${this.name}: ${this.#s.status.raw}${percent}${this.stale ? ' stale' : ''})`;
  }

  protected override clone(): this {
    const copy = new MigrationTask(this.#ctx, this.stream, this.name);
    copy.#nextUpdateSeconds = this.#nextUpdateSeconds;
    copy.#s = this.#s;
    return copy as this;
  }

  protected override get pollDefaults(): PollDefaults {
    return MIGRATION_TASK_POLL_DEFAULTS;
  }

  /** The facade's engine, whose schedule the waits share. */
  protected override get requestEngine(): RequestEngine {
    return this.#ctx.engine;
  }

  protected override changeKey(): string {
    return `${super.changeKey()}|${this.#s.detail ?? ''}|${this.stale ? 'stale' : ''}`;
  }

  protected override describeFailure(): string {
    return `Migration task ${this.stream}/${this.name} ended ${this.#s.status.raw}${this.#s.detail ? `: ${this.#s.detail}` : ''}`;
  }
}
