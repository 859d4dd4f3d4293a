import { Paginated, type ListOptions } from '../core/index.js';
import type { FileClassification, ImportStatus, ImportTaskFilter as WireFilter, ImportTaskFilterName } from './client/index.js';
import { DESCRIBE_IMPORT_TASKS_PAGE } from './defaults.js';
import type { DiscoveryContext } from './discovery-context.js';
import { ImportTask } from './import-task.js';

/** A value or several values (any of which matches). */
export type OneOrMany<T> = T | readonly T[];

/** Which import tasks to list; each field takes one value or several (any matches); fields combine with AND. */
export interface ImportTaskFilter {
  /** Import task ids (at most 100). */
  readonly ids?: OneOrMany<string>;
  /** Raw statuses, e.g. `'IMPORT_COMPLETE'` (at most 100). */
  readonly status?: OneOrMany<ImportStatus>;
  /** Exact task names; no wildcards (at most 100). */
  readonly name?: OneOrMany<string>;
  /** File classifications (at most 100). */
  readonly fileClassification?: OneOrMany<FileClassification>;
}


/** The request filters, plus the statuses to keep client-side. @internal */
export interface ImportTaskQuery {
  /** Filters sent to the service. */
  readonly filters: WireFilter[];
  /** When set, statuses applied to each page here (the service would have ignored the other filters). */
  readonly localStatus: ReadonlySet<string> | undefined;
}

/**
 * Turns a parsed `filter` (see `IMPORT_TASK_FILTER`) into DescribeImportTasks filters. The service ignores every other filter when a
 * STATUS filter is present; so that a filter always means what it says, a `status` combined with other fields is
 * applied here, on each page, while the other fields go to the service.
 * @internal
 */
export function importTaskQuery(filter: ImportTaskFilter): ImportTaskQuery {
  const filters: WireFilter[] = [];
  const add = (name: ImportTaskFilterName, values: readonly string[] | undefined): void => {
    if (values) filters.push({ name, values: [...new Set(values)] });
  };
  const ids = listOf(filter.ids);
  const names = listOf(filter.name);
  const classes = listOf(filter.fileClassification);
  const statuses = listOf(filter.status);
  add('IMPORT_TASK_ID', ids);
  add('NAME', names);
  add('FILE_CLASSIFICATION', classes);
  if (statuses && filters.length > 0) return { filters, localStatus: new Set(statuses) };
  add('STATUS', statuses);
  return { filters, localStatus: undefined };
}

function listOf<T extends string>(value: OneOrMany<T> | undefined): readonly T[] | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? [value] : (value as readonly T[]);
}

/** A lazy list of import tasks for `query`. @internal */
export function listImportTasks(ctx: DiscoveryContext, query: ImportTaskQuery, options: ListOptions = {}): Paginated<ImportTask> {
  const { filters, localStatus } = query;
  return new Paginated<ImportTask>(
    async ({ nextToken, pageSize, signal }) => {
      // Filtering here thins pages out, so ask for full pages then.
      const maxResults = localStatus ? DESCRIBE_IMPORT_TASKS_PAGE.max : pageSize;
      const out = await ctx.send(
        'DescribeImportTasks',
        { ...(filters.length > 0 ? { filters } : {}), maxResults, ...(nextToken ? { nextToken } : {}) },
        signal,
      );
      const items = (out.tasks ?? [])
        .filter((raw) => !localStatus || localStatus.has(raw.status ?? ''))
        .flatMap((raw) => (raw.importTaskId ? [new ImportTask(ctx, { ...raw, importTaskId: raw.importTaskId })] : []));
      return { items, nextToken: out.nextToken };
    },
    DESCRIBE_IMPORT_TASKS_PAGE,
    options,
  );
}
