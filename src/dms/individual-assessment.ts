import type { ReplicationTaskIndividualAssessment } from '@aws-sdk/client-database-migration-service';

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
