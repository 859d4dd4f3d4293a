import {
  MigrationKitError,
  clientConfigOf,
  engineFor,
  lazy,
  type EngineStats,
  parseCheckpoint,
  resumePolling,
  s,
  type AwsClientOptions,
  type CallOptions,
  type Checkpoint,
  type ListOptions,
  type Paginated,
  type WaitOptions,
  waitAll,
} from '../core/index.js';
import type { S3Client } from '@aws-sdk/client-s3';
import type { CsvSource } from '../core/index.js';
import { objectStore, type ObjectStore } from '../storage/index.js';
import type { ImportStatus } from './client/index.js';
import { BATCH_DELETE_MAX_IDS } from './defaults.js';
import { discoveryContext, type DiscoveryClientLike, type DiscoveryContext, type FetchLike } from './discovery-context.js';
import { ImportTaskDeleteError } from './errors.js';
import { importDiscoveryFile, type DiscoveryImportFileOptions } from './import-file.js';
import { importTaskQuery, listImportTasks, type ImportTaskFilter } from './import-task-list.js';
import { ImportTask, type DeleteImportTaskOptions } from './import-task.js';
import { loadDiscoverySdk } from './sdk.js';
import {
  DELETE_IMPORT_TASK_OPTIONS,
  DISCOVERY_CALL_OPTIONS,
  DISCOVERY_SERVICE_OPTIONS,
  IMPORT_TASK_CHECKPOINT,
  IMPORT_TASK_FILTER,
  IMPORT_TASK_IDS,
  IMPORT_TASK_LIST_OPTIONS,
  START_IMPORT_INPUT,
} from './input-schemas.js';
import { checkImportTaskId, importClientToken } from './validate.js';

/** Options for {@link DiscoveryService}. */
export interface DiscoveryServiceOptions extends AwsClientOptions {
  /**
   * Your own client: this package's `DiscoveryClient` or the official `ApplicationDiscoveryServiceClient`; the
   * client options above are then ignored. @default a `DiscoveryClient` built from the options on first use
   */
  readonly client?: DiscoveryClientLike;
  /** The `fetch` that downloads errors archives in `failedRecords()`. @default globalThis.fetch */
  readonly fetch?: FetchLike;
  /**
   * Your own `S3Client` for `importFile()` uploads. @default one built from the options above on the first upload
   * (path-style when `endpoint` is set); `@aws-sdk/client-s3` is not loaded before
   */
  readonly s3?: S3Client;
}

/** What {@link DiscoveryService.startImport} needs. */
export interface StartImportInput {
  /** A name for the import, 1–255 characters (not only whitespace); list filters match it exactly. */
  readonly name: string;
  /** The CSV in S3: `s3://bucket/key` or an HTTPS object URL (virtual-hosted or path style), at most 4000 characters. */
  readonly importUrl: string;
  /** Idempotency token, 1–100 characters; the same token returns the same task. @default a random UUID per call */
  readonly clientRequestToken?: string;
}

/** Options for {@link DiscoveryService.deleteImportTasks}. */
export type DeleteImportTasksOptions = DeleteImportTaskOptions;

/** What became of one id passed to {@link DiscoveryService.deleteImportTasks}. */
export type ImportTaskDeleteOutcome =
  | {
      /** The import task id. */
      readonly id: string;
      /** The deletion was accepted (the task moves to `deleting`). */
      readonly deleted: true;
      /** A handle on the task, showing `deleting`: wait for `deleted` with `waitUntilComplete()`, `waitAll` or `poll()`. */
      readonly task: ImportTask;
    }
  | {
      /** The import task id. */
      readonly id: string;
      /** The service refused this id. */
      readonly deleted: false;
      /** Why: `code` is NOT_FOUND, OVER_LIMIT or INTERNAL_SERVER_ERROR. */
      readonly error: ImportTaskDeleteError;
    };

/**
 * Application Discovery Service imports as domain objects: start an import from a CSV in S3, wait for it, list,
 * read the failed rows, delete. The wire client is loaded on first use.
 *
 * @example
 * ```ts
 * import { DiscoveryService } from 'aws-migration-kit/discovery';
 * const discovery = new DiscoveryService({ region: 'us-west-2' });
 * const task = await discovery.startImport({ name: 'wave-1', importUrl: 's3://my-bucket/servers.csv' });
 * const done = await task.waitUntilComplete();
 * console.log(done.status.kind, done.serverImportSuccess);
 * ```
 */
export class DiscoveryService {
  readonly #ctx: DiscoveryContext;
  readonly #storage: ObjectStore;

  /** @param options - Client settings, or your own `client`; `fetch` for archive downloads. */
  constructor(options: DiscoveryServiceOptions = {}) {
    s.parse(DISCOVERY_SERVICE_OPTIONS, options);
    const { client } = options;
    const config = clientConfigOf(options);
    const fetch: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.#ctx = discoveryContext(
      client ? () => Promise.resolve(client) : lazy(async () => new (await loadDiscoverySdk()).DiscoveryClient(config)),
      fetch,
      engineFor(options),
    );
    this.#storage = objectStore(options, options.s3, this.#ctx.engine);
  }

  /**
   * Checks a CSV on this machine, uploads it to S3 and starts importing it, in one call. A file with errors is
   * refused with `ImportFileError` (its `report` lists them) before any request; otherwise the file is uploaded with
   * its SHA-256 as the content checksum (PutObject) and the import started (StartImportTask). The key and the client
   * request token are derived from the content, so calling again after a failure returns the task already started.
   * @param source - The CSV: its text, bytes, a `Blob`, a stream, or `{ path }` / a `file:` URL (Node).
   * @throws ValidationError naming the option, before any request; ImportFileError for a file with errors.
   * @example
   * ```ts
   * // fragment: needs a kit
   * const task = await kit.discovery.importFile({ path: 'servers.csv' }, { bucket: 'my-migration-bucket', name: 'wave-1' });
   * ```
   */
  importFile(source: CsvSource, options: DiscoveryImportFileOptions): Promise<ImportTask> {
    return importDiscoveryFile(this.#storage, (input, callOptions) => this.startImport(input, callOptions), source, options);
  }

  /** This facade's request counters (shared with the other facades of a `MigrationKit`). */
  stats(): EngineStats {
    return this.#ctx.engine.stats();
  }

  /**
   * Starts importing the CSV at `importUrl` (StartImportTask). The client request token is made once per call, so
   * the SDK's retries of this request reuse it and a retried start never creates a second task.
   * @throws ValidationError naming the field, before any request.
   */
  async startImport(input: StartImportInput, options: CallOptions = {}): Promise<ImportTask> {
    const { name, importUrl, clientRequestToken } = s.parse(START_IMPORT_INPUT, input);
    s.parse(DISCOVERY_CALL_OPTIONS, options);
    const request = { name, importUrl, clientRequestToken: importClientToken('clientRequestToken', clientRequestToken) };
    const out = await this.#ctx.send('StartImportTask', request, options.signal);
    const task = out.task;
    if (!task?.importTaskId) throw new MigrationKitError('StartImportTask answered without an import task id');
    return new ImportTask(this.#ctx, { ...task, importTaskId: task.importTaskId });
  }

  /**
   * A handle on an existing import task; sends nothing. Its status is `unknown` (raw `''`) until `refresh()` or a wait.
   * @throws ValidationError unless `id` is `import-task-` and 32 hex digits.
   */
  importTask(id: string): ImportTask {
    return new ImportTask(this.#ctx, { importTaskId: checkImportTaskId('id', id) });
  }

  /**
   * Import tasks matching `filter`, lazily: nothing is sent until iteration starts; pages hold up to 100 tasks.
   * The service ignores other filters when given a status; here `status` combined with other fields is applied
   * to each page on this side instead, so every field always counts.
   * @throws ValidationError naming the filter field, before any request.
   */
  importTasks(filter: ImportTaskFilter = {}, options: ListOptions = {}): Paginated<ImportTask> {
    const query = importTaskQuery(IMPORT_TASK_FILTER.parse(filter, 'filter'));
    return listImportTasks(this.#ctx, query, s.parse(IMPORT_TASK_LIST_OPTIONS, options));
  }

  /**
   * Deletes the records of many import tasks, 10 ids per BatchDeleteImportData request (the API's limit), one
   * request after another. Resolves with one outcome per distinct id, in order; the service's per-id refusals are
   * outcomes, not exceptions. A failed request rejects (the deletions already sent stand; calling again is safe).
   * An accepted outcome carries a `task` handle showing `deleting`; every handle of this facade on those ids, old or
   * new, reports `deleted` once the task is deleted, also when `deleteHistory` then removes it from the listings.
   * @throws ValidationError when an id is malformed, before any request.
   */
  async deleteImportTasks(ids: readonly string[], options: DeleteImportTasksOptions = {}): Promise<ImportTaskDeleteOutcome[]> {
    const unique = [...new Set(IMPORT_TASK_IDS.parse(ids, 'ids'))];
    s.parse(DELETE_IMPORT_TASK_OPTIONS, options);
    const deleteHistory = options.deleteHistory ?? false;
    const outcomes: ImportTaskDeleteOutcome[] = [];
    for (let i = 0; i < unique.length; i += BATCH_DELETE_MAX_IDS) {
      const batch = unique.slice(i, i + BATCH_DELETE_MAX_IDS);
      const out = await this.#ctx.send('BatchDeleteImportData', { importTaskIds: batch, deleteHistory }, options.signal);
      const errors = new Map((out.errors ?? []).map((e) => [e.importTaskId, e] as const));
      for (const id of batch) {
        const error = errors.get(id);
        if (error) {
          outcomes.push({ id, deleted: false, error: new ImportTaskDeleteError(id, error.errorCode ?? 'UNKNOWN', error.errorDescription) });
          continue;
        }
        this.#ctx.deletions.add(id);
        const task = new ImportTask(this.#ctx, { importTaskId: id });
        task.markDeleting();
        outcomes.push({ id, deleted: true, task });
      }
    }
    return outcomes;
  }

  /**
   * Waits until every task is terminal, polling them together: one DescribeImportTasks per 100 unfinished tasks per
   * tick, instead of one request per task. Resolves with the same objects, updated; `onProgress` gets all of them.
   * The same as the generic `waitAll(tasks, options)` of the package root, which also takes other services' handles.
   */
  waitAll(tasks: readonly ImportTask[], options: WaitOptions<readonly ImportTask[]> = {}): Promise<readonly ImportTask[]> {
    return waitAll(tasks, options);
  }

  /**
   * Rebuilds a handle from `task.toJSON()` (the object or its JSON text), e.g. in another process; sends nothing.
   * @throws CheckpointError when it is not an import task checkpoint.
   */
  resume(checkpoint: Checkpoint | string): ImportTask {
    const c = parseCheckpoint(checkpoint, 'discovery', IMPORT_TASK_CHECKPOINT);
    const raw = c.status !== undefined && c.status.raw !== '' ? { status: c.status.raw as ImportStatus } : {};
    return resumePolling(new ImportTask(this.#ctx, { importTaskId: c.id, ...raw }), c);
  }
}
