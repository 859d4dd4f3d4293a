/**
 * `aws-migration-kit/dms`: DMS premigration assessment runs as domain objects over the official AWS SDK client.
 * `DmsContext`, the SDK loader and the input builders stay private on purpose.
 * @packageDocumentation
 */
export { DmsService } from './dms-service.js';
export type { DmsServiceOptions } from './dms-service.js';
export { ReplicationTask } from './replication-task.js';
export type { ReplicationTaskDetails, TaskAssessmentRunListOptions } from './replication-task.js';
export { AssessmentRun } from './assessment-run.js';
export { NoResultLocationError } from './no-result-location-error.js';
export { S3Object } from '../storage/index.js';
export type { S3ObjectInfo } from '../storage/index.js';
export type { AssessmentStatistics } from './assessment-statistics.js';
export { ASSESSMENT_RUN_RAW_STATUSES, assessmentRunStatusOf } from './assessment-run-status.js';
export type { AssessmentRunErrorReason, AssessmentRunRawStatus, AssessmentRunStatus, AssessmentRunStatusKind } from './assessment-run-status.js';
export type { AssessmentRunFilter, AssessmentRunListOptions, AssessmentRunStatusFilter, OneOrMore } from './assessment-run-list.js';
export type { IndividualAssessment, IndividualAssessmentStatus } from './individual-assessment.js';
export type {
  AllAssessments,
  ExcludeAssessments,
  IncludeAssessments,
  ResultEncryption,
  ResultLocation,
  StartAssessmentRunBase,
  StartAssessmentRunOptions,
} from './start-assessment-run-options.js';
export { ASSESSMENT_RUN_POLL_DEFAULTS, DMS_PAGE_BOUNDS } from './defaults.js';
