import { BatchLookup, throwIfCancelled, type RequestEngine } from '../core/index.js';
import type {
  BatchDeleteImportDataCommand,
  BatchDeleteImportDataCommandInput,
  BatchDeleteImportDataCommandOutput,
  DescribeImportTasksCommand,
  DescribeImportTasksCommandInput,
  DescribeImportTasksCommandOutput,
  ImportTask as RawImportTask,
  StartImportTaskCommand,
  StartImportTaskCommandInput,
  StartImportTaskCommandOutput,
} from './client/index.js';
import { DESCRIBE_IMPORT_TASKS_PAGE, MAX_FILTER_VALUES } from './defaults.js';
import { DeletionLog } from './deletion-log.js';
import { loadDiscoverySdk } from './sdk.js';

/** A command this library sends to Application Discovery Service. */
export type DiscoveryCommand = StartImportTaskCommand | DescribeImportTasksCommand | BatchDeleteImportDataCommand;

/**
 * Anything that sends Discovery commands the way an AWS SDK v3 client does: this package's `DiscoveryClient`, or
 * the official `ApplicationDiscoveryServiceClient` (the commands are schema-based, so it runs them unchanged).
 */
export interface DiscoveryClientLike {
  /** Sends one command; `abortSignal` cancels it. */
  send(command: DiscoveryCommand, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
}

/** The minimal `fetch` response `failedRecords()` reads. */
export interface FetchResponseLike {
  /** HTTP status. */
  readonly status: number;
  /** True for 2xx. */
  readonly ok: boolean;
  /** Response headers. */
  readonly headers: {
    /** A header's value, or null. */
    get(name: string): string | null;
  };
  /** The body. */
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A `fetch` as `failedRecords()` uses it: GET `url`, abortable. `globalThis.fetch` fits. */
export type FetchLike = (url: string, init: { signal?: AbortSignal }) => Promise<FetchResponseLike>;

/** The Discovery operations this library calls, with their input and output types. @internal */
export interface DiscoveryOperations {
  /** Starts an import. */
  StartImportTask: [StartImportTaskCommandInput, StartImportTaskCommandOutput];
  /** Lists imports. */
  DescribeImportTasks: [DescribeImportTasksCommandInput, DescribeImportTasksCommandOutput];
  /** Deletes imports' records. */
  BatchDeleteImportData: [BatchDeleteImportDataCommandInput, BatchDeleteImportDataCommandOutput];
}

/** One of {@link DiscoveryOperations}. @internal */
export type DiscoveryOperation = keyof DiscoveryOperations;

/** What every Discovery handle shares: one way to send a request and one to download an archive. @internal */
export interface DiscoveryContext {
  /** Sends `operation`; rejects with `signal.reason` on abort; other errors pass through `translateServiceError`. */
  send<K extends DiscoveryOperation>(operation: K, input: DiscoveryOperations[K][0], signal?: AbortSignal): Promise<DiscoveryOperations[K][1]>;
  /** The `fetch` used for pre-signed archive downloads. */
  readonly fetch: FetchLike;
  /**
   * Import task lookups by id: the lookups of one turn go out as one DescribeImportTasks per 100 ids (the
   * `IMPORT_TASK_ID` filter's limit); an id the service does not list resolves to undefined.
   */
  readonly importTasks: BatchLookup<RawImportTask>;
  /** The request engine every request goes through. */
  readonly engine: RequestEngine;
  /** The ids whose deletion this facade asked for and the service accepted: gone from the listings means deleted. */
  readonly deletions: DeletionLog;
}

type CommandClass = new (input: object) => DiscoveryCommand;

/**
 * A {@link DiscoveryContext} over a client created (or taken from the caller) on first use; the wire client module
 * is loaded then, with a dynamic `import()`. @internal
 */
export function discoveryContext(client: () => Promise<DiscoveryClientLike>, fetch: FetchLike, engine: RequestEngine): DiscoveryContext {
  const ctx: DiscoveryContext = {
    fetch,
    engine,
    deletions: new DeletionLog(),
    importTasks: new BatchLookup(async (ids, signal) => {
      const found = new Map<string, RawImportTask>();
      let nextToken: string | undefined;
      do {
        const out = await ctx.send('DescribeImportTasks', {
          filters: [{ name: 'IMPORT_TASK_ID', values: ids }],
          maxResults: DESCRIBE_IMPORT_TASKS_PAGE.max,
          ...(nextToken ? { nextToken } : {}),
        }, signal);
        for (const raw of out.tasks ?? []) if (raw.importTaskId) found.set(raw.importTaskId, raw);
        nextToken = out.nextToken || undefined;
      } while (nextToken !== undefined);
      return found;
    }, MAX_FILTER_VALUES),
    send(operation, input, signal) {
      const call = async (abortSignal: AbortSignal): Promise<unknown> => {
        const [sdk, discovery] = await Promise.all([loadDiscoverySdk(), client()]);
        throwIfCancelled(abortSignal);
        const Command = sdk[`${operation}Command`] as CommandClass;
        return discovery.send(new Command(input), { abortSignal });
      };
      // The command class matches `operation`, so the output is that operation's.
      return engine.send('discovery', operation, call, signal) as never;
    },
  };
  return ctx;
}
