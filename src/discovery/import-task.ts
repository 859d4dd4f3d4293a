import type { InspectOptions } from 'node:util';
import { ResourceNotFoundError, Waitable, progressOf, s, type CallOptions, type Checkpoint, type PollDefaults, type Progress, type RequestEngine } from '../core/index.js';
import type { FileClassification, ImportTask as RawImportTask } from './client/index.js';
import { IMPORT_TASK_POLL_DEFAULTS } from './defaults.js';
import type { DiscoveryContext } from './discovery-context.js';
import { readFailedRecords, type FailedRecord } from './failed-records.js';
import { deleteImportTask, type DeleteImportTaskOptions } from './import-task-delete.js';
import { importTaskCheckpoint, inspectImportTask, printImportTask, redactedRaw } from './import-task-print.js';
import { importTaskStatusOf, type ImportTaskStatus } from './import-task-status.js';
import { DELETE_IMPORT_TASK_OPTIONS, DISCOVERY_CALL_OPTIONS } from './input-schemas.js';

/** The service's own import task object, as the wire client returns it. */
export type { RawImportTask };
export type { DeleteImportTaskOptions };

/**
 * One Application Discovery Service import: a CSV of servers and applications read from S3. Getters read the
 * last snapshot and never call AWS; `refresh()`, the waits, `delete()` and `failedRecords()` do.
 *
 * @example
 * ```ts
 * const task = await discovery.startImport({ name: 'wave-1', importUrl: 's3://my-bucket/servers.csv' });
 * const done = await task.waitUntilComplete({ onProgress: (t) => console.log(t.status.kind, t.recordsProcessed) });
 * if (done.status.kind === 'partially-succeeded') for await (const row of done.failedRecords()) console.log(row);
 * ```
 */
export class ImportTask extends Waitable<ImportTaskStatus> {
  readonly #ctx: DiscoveryContext;
  #raw: RawImportTask & { readonly importTaskId: string };
  #status: ImportTaskStatus;
  // The task was being deleted and is no longer listed (its history was deleted too): it is deleted.
  #vanished = false;

  /** @internal Users get instances from {@link DiscoveryService}. */
  constructor(ctx: DiscoveryContext, raw: RawImportTask & { readonly importTaskId: string }) {
    super();
    this.#ctx = ctx;
    this.#raw = raw;
    this.#status = importTaskStatusOf(raw.status, raw.errorsAndFailedEntriesZip);
  }

  /** The import task id, `import-task-` and 32 hex digits. */
  get id(): string {
    return this.#raw.importTaskId;
  }

  /** The task's name; undefined on a handle that was never refreshed. */
  get name(): string | undefined {
    return this.#raw.name;
  }

  /** The S3 URL of the imported file; undefined on a handle that was never refreshed. */
  get importUrl(): string | undefined {
    return this.#raw.importUrl;
  }

  /** When the import was requested. */
  get requestTime(): Date | undefined {
    return this.#raw.importRequestTime;
  }

  /** When the import finished. */
  get completionTime(): Date | undefined {
    return this.#raw.importCompletionTime;
  }

  /** When the imported records were deleted. */
  get deletedTime(): Date | undefined {
    return this.#raw.importDeletedTime;
  }

  /** The kind of file the service detected (`IMPORT_TEMPLATE`, `RVTOOLS_EXPORT`, ...). */
  get fileClassification(): FileClassification | undefined {
    return this.#raw.fileClassification;
  }

  /** Server records imported so far. */
  get serverImportSuccess(): number {
    return this.#raw.serverImportSuccess ?? 0;
  }

  /** Server records that failed so far. */
  get serverImportFailure(): number {
    return this.#raw.serverImportFailure ?? 0;
  }

  /** Application records imported so far. */
  get applicationImportSuccess(): number {
    return this.#raw.applicationImportSuccess ?? 0;
  }

  /** Application records that failed so far. */
  get applicationImportFailure(): number {
    return this.#raw.applicationImportFailure ?? 0;
  }

  /** Server and application records processed so far, imported or failed. */
  get recordsProcessed(): number {
    return this.serverImportSuccess + this.serverImportFailure + this.applicationImportSuccess + this.applicationImportFailure;
  }

  /** The status of the last snapshot. */
  get status(): ImportTaskStatus {
    return this.#vanished ? { kind: 'deleted', raw: 'DELETE_COMPLETE' } : this.#status;
  }

  /**
   * Records processed out of the total. Discovery does not report how many records a file holds, so the total is
   * known only once the import has finished: `{ completed: n, total: n }` then, undefined before (watch
   * {@link ImportTask.recordsProcessed} grow instead) and when nothing was processed.
   */
  override get progress(): Progress | undefined {
    const n = this.recordsProcessed;
    return this.#raw.importCompletionTime !== undefined && n > 0 ? progressOf(n, n) : undefined;
  }

  /** The service's own object, a copy; `errorsAndFailedEntriesZip` is real but redacted when printed or serialised. */
  get raw(): RawImportTask {
    return redactedRaw(this.#raw);
  }

  /**
   * Fetches the current state (DescribeImportTasks filtered on this id). Concurrent refreshes of tasks from one
   * `DiscoveryService` share one request per 100 ids (the `IMPORT_TASK_ID` filter's limit), which is what makes
   * `waitAll` / `waitAny` cheap.
   *
   * A task the service no longer lists is `deleted` when it is known to have been deleted: this handle last saw it
   * `deleting` or `deleted` (also through a checkpoint), or its deletion was accepted through the same
   * `DiscoveryService` (`delete()` on any of its handles, or `deleteImportTasks()`). Otherwise it was never seen
   * (a mistyped id, another account or region) and refresh rejects.
   * @throws ResourceNotFoundError when the service does not list the task and it is not known to have been deleted.
   */
  async refresh(options: CallOptions = {}): Promise<this> {
    s.parse(DISCOVERY_CALL_OPTIONS, options);
    this.observe(await this.#ctx.importTasks.get(this.id, options.signal));
    return this;
  }

  /**
   * Deletes the records this import created (BatchDeleteImportData). Once the service accepts, the handle shows
   * `deleting` at once (and so does `toJSON()`), as the service does; wait for `deleted` with `waitUntilComplete()`
   * or `poll()`. With `deleteHistory` the task then leaves the listings, and its handles report `deleted` once it has.
   * @throws ImportTaskDeleteError when the service refuses this id (`NOT_FOUND`, `OVER_LIMIT`, ...).
   */
  async delete(options: DeleteImportTaskOptions = {}): Promise<this> {
    s.parse(DELETE_IMPORT_TASK_OPTIONS, options);
    await deleteImportTask(this.#ctx, this.id, options);
    this.markDeleting();
    return this;
  }

  /** Shows `deleting` after an accepted deletion, unless the records are already deleted. @internal */
  markDeleting(): void {
    if (this.status.kind === 'deleted') return;
    this.#raw = { ...this.#raw, status: 'DELETE_IN_PROGRESS' };
    this.#status = importTaskStatusOf('DELETE_IN_PROGRESS');
  }

  /**
   * Downloads the errors archive of the last snapshot (`status.errorsZipUrl`) and yields each failed row of the
   * import file with its errors, so the file can be fixed without unzipping by hand. Yields nothing when the last
   * snapshot has no archive.
   * @throws ErrorsArchiveError when the download or the archive fails.
   */
  failedRecords(options: CallOptions = {}): AsyncGenerator<FailedRecord, void, undefined> {
    const { signal } = s.parse(DISCOVERY_CALL_OPTIONS, options);
    const { fetch } = this.#ctx;
    const url = this.#raw.errorsAndFailedEntriesZip;
    return (async function* () {
      if (url) yield* readFailedRecords(fetch, url, signal);
    })();
  }

  /** A checkpoint for {@link DiscoveryService.resume}: id and last status, never the archive URL. */
  toJSON(): Checkpoint {
    return { ...importTaskCheckpoint(this), ...this.pollState() };
  }

  /** `ImportTask import-task-… "name" kind (RAW)`; never the archive URL. */
  override toString(): string {
    return printImportTask(this);
  }

  /** What `console.log` shows: the snapshot's fields with the archive URL redacted. */
  [Symbol.for('nodejs.util.inspect.custom')](_depth: number, options: InspectOptions): string {
    return inspectImportTask(this, options);
  }

  /**
   * Takes what a listing filtered on this id returned: the new snapshot, or undefined when the task was not listed.
   * @throws ResourceNotFoundError when not listed, unless it is known to have been deleted (see `refresh()`).
   * @internal
   */
  observe(raw: RawImportTask | undefined): void {
    if (raw) {
      this.#raw = { ...raw, importTaskId: this.id };
      this.#status = importTaskStatusOf(raw.status, raw.errorsAndFailedEntriesZip);
      this.#vanished = false;
      return;
    }
    const kind = this.status.kind;
    if (kind !== 'deleting' && kind !== 'deleted' && !this.#ctx.deletions.has(this.id)) throw new ResourceNotFoundError('ImportTask', this.id);
    this.#vanished = true;
  }

  /** An independent copy, keeping the deletion bookkeeping. */
  protected clone(): this {
    const copy = new ImportTask(this.#ctx, { ...this.#raw });
    copy.#vanished = this.#vanished;
    return copy as this;
  }

  /** Import tasks poll from 5 s up to 60 s. */
  protected get pollDefaults(): PollDefaults {
    return IMPORT_TASK_POLL_DEFAULTS;
  }

  /** The facade's engine, whose schedule the waits share. */
  protected override get requestEngine(): RequestEngine {
    return this.#ctx.engine;
  }

  /** A change is a new status or more records processed (Discovery reports no total while running). */
  protected override changeKey(): string {
    return `${this.status.raw}|${this.recordsProcessed}`;
  }

  /** `Import task <id> ended failed (reason): RAW`. */
  protected override describeFailure(): string {
    const s = this.status;
    return `Import task ${this.id} ended ${s.kind}${'reason' in s ? ` (${s.reason})` : ''}: ${s.raw}`;
  }
}
