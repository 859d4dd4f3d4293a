import { MigrationKitError } from '../core/index.js';

/**
 * Thrown by `run.resultObjects()` when DMS reports no result location for the run (no `ResultLocationBucket`),
 * so there is nothing to list. Carries the run's ARN.
 */
export class NoResultLocationError extends MigrationKitError {
  /** Stable name for checks across builds. */
  override readonly name = 'NoResultLocationError' as const;
  /** The assessment run's ARN. */
  readonly assessmentRunArn: string;

  /** @param assessmentRunArn - The run. @param options - `cause`. */
  constructor(assessmentRunArn: string, options?: ErrorOptions) {
    super(`Assessment run ${assessmentRunArn} has no result location in S3 (DMS reports no ResultLocationBucket)`, options);
    this.assessmentRunArn = assessmentRunArn;
  }
}
