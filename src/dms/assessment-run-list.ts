import type { Filter } from '@aws-sdk/client-database-migration-service';
import { Paginated, type ListOptions } from '../core/index.js';
import { AssessmentRun } from './assessment-run.js';
import type { AssessmentRunRawStatus } from './assessment-run-status.js';
import { DMS_PAGE_BOUNDS } from './defaults.js';
import type { DmsContext } from './dms-context.js';
import { isNotFound } from './not-found.js';

/** One value or several (any of them matches). */
export type OneOrMore<T> = T | readonly T[];

/** A status to filter on: one DMS documents, or any other string DMS sends. */
export type AssessmentRunStatusFilter = AssessmentRunRawStatus | (string & {});

/** The filters DMS offers on assessment runs. Several values of one filter match any; several filters match all. */
export interface AssessmentRunFilter {
  /** `replication-task-assessment-run-arn`. */
  readonly assessmentRunArn?: OneOrMore<string>;
  /** `replication-task-arn`. */
  readonly replicationTaskArn?: OneOrMore<string>;
  /** `replication-instance-arn`. */
  readonly replicationInstanceArn?: OneOrMore<string>;
  /** `status`, DMS's raw status strings, e.g. `'running'` or `['failed', 'error-executing']`. */
  readonly status?: OneOrMore<AssessmentRunStatusFilter>;
}

/** Options for `dms.assessmentRuns()`: filters plus page size and signal. */
export interface AssessmentRunListOptions extends AssessmentRunFilter, ListOptions {}

const FILTERS = [
  ['assessmentRunArn', 'replication-task-assessment-run-arn'],
  ['replicationTaskArn', 'replication-task-arn'],
  ['replicationInstanceArn', 'replication-instance-arn'],
  ['status', 'status'],
] as const;

/** The DMS filters of parsed list options (see `ASSESSMENT_RUN_LIST_OPTIONS`). @internal */
export function assessmentRunFilters(options: AssessmentRunFilter): Filter[] {
  const filters: Filter[] = [];
  for (const [key, name] of FILTERS) {
    const value: OneOrMore<string> | undefined = options[key];
    if (value === undefined) continue;
    filters.push({ Name: name, Values: typeof value === 'string' ? [value] : [...value] });
  }
  return filters;
}

/** A lazy list of assessment runs matching `filters`; a filter that matches nothing gives an empty list. @internal */
export function listAssessmentRuns(ctx: DmsContext, filters: Filter[], options: ListOptions): Paginated<AssessmentRun> {
  return new Paginated<AssessmentRun>(
    async ({ nextToken, pageSize, signal }) => {
      try {
        const out = await ctx.send(
          'DescribeReplicationTaskAssessmentRuns',
          { ...(filters.length > 0 ? { Filters: filters } : {}), MaxRecords: pageSize, ...(nextToken === undefined ? {} : { Marker: nextToken }) },
          signal,
        );
        return { items: (out.ReplicationTaskAssessmentRuns ?? []).map((raw) => new AssessmentRun(ctx, raw)), nextToken: out.Marker };
      } catch (error) {
        if (isNotFound(error)) return { items: [] };
        throw error;
      }
    },
    DMS_PAGE_BOUNDS,
    options,
  );
}
