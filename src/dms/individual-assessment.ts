import type { ReplicationTaskIndividualAssessment } from '@aws-sdk/client-database-migration-service';
import { Paginated, type ListOptions } from '../core/index.js';
import { DMS_PAGE_BOUNDS } from './defaults.js';
import type { DmsContext } from './dms-context.js';
import { isNotFound } from './not-found.js';

/**
 * The status strings DMS documents for an individual assessment, plus any it adds later (kept as the raw string).
 * `warning` is not in the list for individual assessments but DMS reports it (a run ends in `warning` when one does).
 */
export type IndividualAssessmentStatus =
  | 'pending'
  | 'running'
  | 'passed'
  | 'warning'
  | 'failed'
  | 'error'
  | 'cancelled'
  | 'skipped'
  | (string & {});

/** One individual assessment of an assessment run (DescribeReplicationTaskIndividualAssessments). */
export interface IndividualAssessment {
  /** The individual assessment's ARN. */
  readonly arn: string;
  /** Its name, e.g. `unsupported-data-types-in-source`. */
  readonly name: string;
  /** Its status, as DMS reports it. */
  readonly status: IndividualAssessmentStatus;
  /** When it started; absent until it has. */
  readonly startDate: Date | undefined;
  /** The ARN of the assessment run it belongs to. */
  readonly assessmentRunArn: string;
  /** The SDK's own object. */
  readonly raw: Readonly<ReplicationTaskIndividualAssessment>;
}

/** Builds an {@link IndividualAssessment} from the SDK's object. @internal */
export function individualAssessmentOf(raw: ReplicationTaskIndividualAssessment): IndividualAssessment {
  return Object.freeze({
    arn: raw.ReplicationTaskIndividualAssessmentArn ?? '',
    name: raw.IndividualAssessmentName ?? '',
    status: raw.Status ?? '',
    startDate: raw.ReplicationTaskIndividualAssessmentStartDate,
    assessmentRunArn: raw.ReplicationTaskAssessmentRunArn ?? '',
    raw,
  });
}

/** The individual assessments of one run, lazily paged; a run DMS no longer knows gives an empty list. @internal */
export function listIndividualAssessments(ctx: DmsContext, runArn: string, options: ListOptions): Paginated<IndividualAssessment> {
  const filters = [{ Name: 'replication-task-assessment-run-arn', Values: [runArn] }];
  return new Paginated<IndividualAssessment>(
    async ({ nextToken, pageSize, signal }) => {
      try {
        const out = await ctx.send(
          'DescribeReplicationTaskIndividualAssessments',
          { Filters: filters, MaxRecords: pageSize, ...(nextToken === undefined ? {} : { Marker: nextToken }) },
          signal,
        );
        return { items: (out.ReplicationTaskIndividualAssessments ?? []).map(individualAssessmentOf), nextToken: out.Marker };
      } catch (error) {
        if (isNotFound(error)) return { items: [] };
        throw error;
      }
    },
    DMS_PAGE_BOUNDS,
    options,
  );
}
