/**
 * `aws-migration-kit/migration-hub`: AWS Migration Hub progress update streams and migration tasks.
 * @packageDocumentation
 */
export { MigrationHubService } from './migration-hub-service.js';
export type { MigrationHubServiceOptions, MigrationTaskListOptions } from './migration-hub-service.js';
export { ProgressUpdateStream } from './progress-update-stream.js';
export { MigrationTask } from './migration-task.js';
export type { RawMigrationTask } from './task-snapshot.js';
export type {
  CreatedArtifact,
  DiscoveredResource,
  MigrationTaskOptions,
  MigrationTaskUpdate,
  MigrationTaskWaitOptions,
  ResourceAttribute,
} from './migration-task-options.js';
export { MIGRATION_TASK_STATUSES, migrationTaskStatusOf } from './migration-task-status.js';
export type { MigrationTaskStatus, RawMigrationTaskStatus } from './migration-task-status.js';
export { CreatedArtifacts } from './created-artifacts.js';
export { DiscoveredResources } from './discovered-resources.js';
export { isDryRunResult } from './dry-run.js';
export type { ApplyOptions, DryRunOptions, DryRunResult, MutationOptions } from './dry-run.js';
export { StaleTaskError } from './stale-task-error.js';
export type { StaleTaskSnapshot } from './stale-task-error.js';
export type { ReportProgress, TrackOptions } from './track.js';
export { RESOURCE_ATTRIBUTE_TYPES } from './validate.js';
export type { ResourceAttributeType } from './validate.js';
export { MIGRATION_TASK_POLL_DEFAULTS } from './defaults.js';
// Internal on purpose: HubContext, the validators, getHomeRegion, runTracked and the SDK loader.
