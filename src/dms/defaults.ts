/** DMS polling defaults and limits, as named constants. */
import type { PageBounds, PollDefaults } from '../core/index.js';

/**
 * How often an assessment run is polled. Runs take minutes (each individual assessment provisions and queries
 * the source and target), so a 5 s floor is responsive without spending the account's DMS request quota.
 */
export const ASSESSMENT_RUN_POLL_DEFAULTS: PollDefaults = { minDelayMs: 5_000, maxDelayMs: 30_000 };

/**
 * `MaxRecords` of every DMS `Describe*` operation this library calls: the DMS API reference gives "Minimum 20,
 * maximum 100" (the assessment-run operations leave it undocumented; the service applies the same bounds).
 */
export const DMS_PAGE_BOUNDS: PageBounds = { min: 20, max: 100 };

/** Assessment run names: DMS resource identifier rules (1–255 letters, digits and hyphens; see `validate.ts`). */
export const MAX_ASSESSMENT_RUN_NAME_LENGTH = 255;

/** Tag keys are 1–128 characters, values 0–256 (DMS `Tag` documentation). */
export const MAX_TAG_KEY_LENGTH = 128;

/** See {@link MAX_TAG_KEY_LENGTH}. */
export const MAX_TAG_VALUE_LENGTH = 256;

/**
 * Run ARNs per `replication-task-assessment-run-arn` filter when concurrent refreshes share one
 * DescribeReplicationTaskAssessmentRuns. The model sets no limit on filter values; 100 is the largest `MaxRecords`,
 * so one page answers a whole batch.
 */
export const ASSESSMENT_RUN_ARN_BATCH = 100;
