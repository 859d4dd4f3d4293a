import { Paginated, ValidationError, checkList, checkOneOf, checkString, type ListOptions } from '../core/index.js';
import type { FileClassification, ImportStatus, ImportTaskFilter as WireFilter, ImportTaskFilterName } from './client/index.js';
import { DESCRIBE_IMPORT_TASKS_PAGE, FILTER_VALUE_MAX_LENGTH, MAX_FILTER_VALUES } from './defaults.js';
import type { DiscoveryContext } from './discovery-context.js';
import { IMPORT_STATUSES } from './import-task-status.js';
import { ImportTask } from './import-task.js';
import { checkImportTaskId } from './validate.js';

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

const FILE_CLASSIFICATIONS: readonly FileClassification[] = ['MODELIZEIT_EXPORT', 'RVTOOLS_EXPORT', 'VMWARE_NSX_EXPORT', 'IMPORT_TEMPLATE'];
const KEYS: ReadonlySet<string> = new Set(['ids', 'status', 'name', 'fileClassification']);

/** The request filters, plus the statuses to keep client-side. @internal */
export interface ImportTaskQuery {
  /** Filters sent to the service. */
  readonly filters: WireFilter[];
  /** When set, statuses applied to each page here (the service would have ignored the other filters). */
  readonly localStatus: ReadonlySet<string> | undefined;
}

/**
 * Validates `filter` and turns it into DescribeImportTasks filters. The service ignores every other filter when a
 * STATUS filter is present; so that a filter always means what it says, a `status` combined with other fields is
 * applied here, on each page, while the other fields go to the service.
 * @throws ValidationError naming the field, before any request.
 * @internal
 */
export function importTaskQuery(filter: ImportTaskFilter = {}): ImportTaskQuery {
  if (typeof filter !== 'object' || filter === null) throw new ValidationError('filter', 'must be an object');
  for (const key of Object.keys(filter)) if (!KEYS.has(key)) throw new ValidationError(`filter.${key}`, `is not a filter; use ${[...KEYS].join(', ')}`);
  const filters: WireFilter[] = [];
  const add = (name: ImportTaskFilterName, values: readonly string[] | undefined): void => {
    if (values) filters.push({ name, values: [...new Set(values)] });
  };
  const ids = values('filter.ids', filter.ids, (f, v) => checkImportTaskId(f, v));
  const names = values('filter.name', filter.name, (f, v) => checkString(f, v, { max: FILTER_VALUE_MAX_LENGTH }));
  const classes = values('filter.fileClassification', filter.fileClassification, (f, v) => checkOneOf(f, v, FILE_CLASSIFICATIONS));
  const statuses = values('filter.status', filter.status, (f, v) => checkOneOf(f, v, IMPORT_STATUSES));
  add('IMPORT_TASK_ID', ids);
  add('NAME', names);
  add('FILE_CLASSIFICATION', classes);
  if (statuses && filters.length > 0) return { filters, localStatus: new Set(statuses) };
  add('STATUS', statuses);
  return { filters, localStatus: undefined };
}

function values<T extends string>(field: string, value: OneOrMany<T> | undefined, check: (field: string, value: unknown) => T): T[] | undefined {
  if (value === undefined) return undefined;
  return checkList(field, value, MAX_FILTER_VALUES).map((v, i) => check(Array.isArray(value) ? `${field}[${i}]` : field, v));
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
