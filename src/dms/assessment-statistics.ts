import type { ReplicationTaskAssessmentRunResultStatistic } from '@aws-sdk/client-database-migration-service';

/** How many individual assessments ended each way (DMS `ResultStatistic`, reported once a run has finished). */
export interface AssessmentStatistics {
  /** Passed every check. */
  readonly passed: number;
  /** Found problems. */
  readonly failed: number;
  /** Could not complete. */
  readonly error: number;
  /** Finished with warnings. */
  readonly warning: number;
  /** Cancelled before finishing. */
  readonly cancelled: number;
  /** Not applicable, skipped. */
  readonly skipped: number;
}

/** Reads DMS's `ResultStatistic`; a count DMS leaves out is 0. @internal */
export function statisticsOf(s: ReplicationTaskAssessmentRunResultStatistic | undefined): AssessmentStatistics | undefined {
  if (s === undefined) return undefined;
  return {
    passed: s.Passed ?? 0,
    failed: s.Failed ?? 0,
    error: s.Error ?? 0,
    warning: s.Warning ?? 0,
    cancelled: s.Cancelled ?? 0,
    skipped: s.Skipped ?? 0,
  };
}
