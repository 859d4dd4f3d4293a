import type { MigrationHubClient, MigrationHubClientConfig } from '@aws-sdk/client-migration-hub';
import {
  Paginated,
  clientConfigOf,
  engineFor,
  lazy,
  parseCheckpoint,
  resumePolling,
  s,
  systemClock,
  type AwsClientOptions,
  type CallOptions,
  type Checkpoint,
  type Clock,
  type EngineStats,
  type ListOptions,
} from '../core/index.js';
import { LIST_PAGE_BOUNDS } from './defaults.js';
import { getHomeRegion } from './home-region.js';
import { HubContext } from './hub-context.js';
import type { MigrationTaskOptions } from './migration-task-options.js';
import { MigrationTask } from './migration-task.js';
import { ProgressUpdateStream } from './progress-update-stream.js';
import { loadMigrationHubSdk } from './sdk.js';
import { checkStreamName, checkTaskName } from './validate.js';
import { HUB_CALL_OPTIONS, HUB_LIST_OPTIONS, HUB_SERVICE_OPTIONS, MIGRATION_TASK_CHECKPOINT, MIGRATION_TASK_LIST_OPTIONS, MIGRATION_TASK_OPTIONS } from './input-schemas.js';

/** Options of {@link MigrationHubService}. */
export interface MigrationHubServiceOptions extends AwsClientOptions {
  /** Your own Migration Hub client; the AWS client options above are then ignored. @default one built on first use */
  readonly client?: MigrationHubClient;
  /** Time source for update times, `track()` heartbeats, staleness and waits. @default the system clock */
  readonly clock?: Clock;
}

/** Options of {@link MigrationHubService.migrationTasks}. */
export interface MigrationTaskListOptions extends ListOptions, MigrationTaskOptions {
  /** Only tasks associated with this discovered resource (its configuration id). @default all tasks */
  readonly resourceName?: string;
}

/**
 * AWS Migration Hub: progress update streams and migration tasks, for migration tools that report progress and
 * orchestrators that watch it. Loads `@aws-sdk/client-migration-hub` on first use.
 * @example
 * ```ts
 * const hub = new MigrationHubService({ region: 'us-west-2' });
 * await hub.stream('my-tool').create();
 * await hub.migrationTask('my-tool', 'app-server-01').track(async (report) => { await report(50, 'copying'); });
 * ```
 */
export class MigrationHubService {
  readonly #ctx: HubContext;

  /** @param options - Client settings, or your own `client`; `clock` for tests. */
  constructor(options: MigrationHubServiceOptions = {}) {
    s.parse(HUB_SERVICE_OPTIONS, options);
    const { client } = options;
    const getClient = client
      ? async () => client
      : lazy(async () => {
          const sdk = await loadMigrationHubSdk();
          return new sdk.MigrationHubClient(clientConfigOf(options) as MigrationHubClientConfig);
        });
    this.#ctx = new HubContext(getClient, options.clock ?? systemClock, engineFor(options));
  }

  /** This facade's request counters (shared with the other facades of a `MigrationKit`). */
  stats(): EngineStats {
    return this.#ctx.engine.stats();
  }

  /** The Migration Hub client (built on first call when none was given). */
  client(): Promise<MigrationHubClient> {
    return this.#ctx.client();
  }

  /**
   * A handle on the progress update stream `name` (no request is sent; `create()` makes it).
   * @throws ValidationError unless `name` is 1–50 characters without `/`, `:`, `|` or control characters.
   */
  stream(name: string): ProgressUpdateStream {
    return new ProgressUpdateStream(this.#ctx, checkStreamName('stream', name));
  }

  /** Every progress update stream of the account (ListProgressUpdateStreams, up to 100 per page). */
  streams(options: ListOptions = {}): Paginated<ProgressUpdateStream> {
    s.parse(HUB_LIST_OPTIONS, options);
    return new Paginated(
      async ({ nextToken, pageSize, signal }) => {
        const out = await this.#ctx.call('ListProgressUpdateStreams', { MaxResults: pageSize, ...(nextToken ? { NextToken: nextToken } : {}) }, signal);
        const items = (out.ProgressUpdateStreamSummaryList ?? []).map((summary) => new ProgressUpdateStream(this.#ctx, summary.ProgressUpdateStreamName ?? ''));
        return { items, nextToken: out.NextToken };
      },
      LIST_PAGE_BOUNDS,
      options,
    );
  }

  /**
   * A handle on migration task `name` of stream `stream` (no request is sent; `refresh()` fetches it).
   * @throws ValidationError when either name is invalid.
   */
  migrationTask(stream: string, name: string, options: MigrationTaskOptions = {}): MigrationTask {
    const checked = [checkStreamName('stream', stream), checkTaskName('taskName', name)] as const;
    return new MigrationTask(this.#ctx, ...checked, s.parse(MIGRATION_TASK_OPTIONS, options));
  }

  /**
   * Migration tasks of every stream (ListMigrationTasks, up to 100 per page), optionally only those of one discovered
   * resource. Each is a `MigrationTask` filled from the summary (status, percent, detail, update time); `refresh()`
   * adds its resource attributes.
   */
  migrationTasks(options: MigrationTaskListOptions = {}): Paginated<MigrationTask> {
    const { resourceName } = s.parse(MIGRATION_TASK_LIST_OPTIONS, options);
    const taskOptions: MigrationTaskOptions = options.nextUpdateSeconds === undefined ? {} : { nextUpdateSeconds: options.nextUpdateSeconds };
    return new Paginated(
      async ({ nextToken, pageSize, signal }) => {
        const out = await this.#ctx.call(
          'ListMigrationTasks',
          { MaxResults: pageSize, ...(nextToken ? { NextToken: nextToken } : {}), ...(resourceName !== undefined ? { ResourceName: resourceName } : {}) },
          signal,
        );
        const items = (out.MigrationTaskSummaryList ?? []).map((t) => new MigrationTask(this.#ctx, t.ProgressUpdateStream ?? '', t.MigrationTaskName ?? '', taskOptions, t));
        return { items, nextToken: out.NextToken };
      },
      LIST_PAGE_BOUNDS,
      options,
    );
  }

  /**
   * Rebuilds a task handle from `task.toJSON()` (or its JSON text), e.g. to resume a wait in another process, with
   * the checkpoint's status until the next refresh, its promised update interval (unless `options` gives one) and
   * its `poll()` attempt count. Sends nothing.
   * @throws CheckpointError when it is not a migration task checkpoint; ValidationError for a bad option.
   */
  resume(checkpoint: Checkpoint | string, options: MigrationTaskOptions = {}): MigrationTask {
    const parsed = s.parse(MIGRATION_TASK_OPTIONS, options);
    const c = parseCheckpoint(checkpoint, 'migration-hub', MIGRATION_TASK_CHECKPOINT);
    const seconds = parsed.nextUpdateSeconds ?? c.nextUpdateSeconds;
    const task = this.migrationTask(c.scope ?? '', c.id, seconds === undefined ? {} : { nextUpdateSeconds: seconds });
    if (c.status !== undefined) task.restoreStatus(c.status.raw);
    return resumePolling(task, c);
  }

  /**
   * The account's Migration Hub home region (Migration Hub Config GetHomeRegion), or undefined when none is set.
   * Sent through this facade's Migration Hub client, to the Migration Hub Config endpoint of the same region.
   */
  async homeRegion(options: CallOptions = {}): Promise<string | undefined> {
    s.parse(HUB_CALL_OPTIONS, options);
    const call = async (abortSignal: AbortSignal): Promise<string | undefined> => {
      const [sdk, client] = await Promise.all([loadMigrationHubSdk(), this.#ctx.client()]);
      return getHomeRegion(sdk, client, abortSignal);
    };
    return this.#ctx.engine.send('hub', 'GetHomeRegion', call, options.signal);
  }
}
