/**
 * aws-migration-kit: a typed, fluent facade over AWS Application Discovery Service import tasks, Application
 * Migration Service imports and exports, Migration Hub migration tasks and DMS premigration assessment runs.
 *
 * The root exports {@link MigrationKit}, the shared vocabulary (statuses, waits, lists, errors, checkpoints) and each
 * service's main classes. Each service's full surface is also on its own subpath (`aws-migration-kit/discovery`,
 * `/mgn`, `/migration-hub`, `/dms`) for code that needs one service only; the emulator is `aws-migration-kit/local`.
 * Helpers used between modules (contexts, validators, SDK loaders, the poll engine) are private on purpose.
 * @packageDocumentation
 */
export { MigrationKit } from './kit.js';
export type { MigrationKitClients, MigrationKitOptions, ResumableHandle } from './kit.js';

// The shared vocabulary.
export {
  CheckpointError,
  HomeRegionNotSetError,
  MigrationKitError,
  ResourceNotFoundError,
  TaskFailedError,
  ValidationError,
  WaitTimeoutError,
  isCheckpointError,
  isHomeRegionNotSetError,
  isMigrationKitError,
  isResourceNotFoundError,
  isTaskFailedError,
  isValidationError,
  isWaitTimeoutError,
} from './core/errors.js';
export type { CheckpointErrorOptions, ValidationErrorOptions } from './core/errors.js';
export type { EngineStats } from './core/engine/index.js';
export { assertNever, isSuccessful, isTerminal } from './core/status.js';
export type { LifecycleKind, LifecycleStatus, Progress, UnknownStatus } from './core/status.js';
export { Waitable } from './core/waitable.js';
export type { CallOptions } from './core/waitable.js';
export { waitAll, waitAny } from './core/wait-group.js';
export type { AnyWaitable } from './core/wait-group.js';
export type { PollDefaults, WaitOptions, WatchOptions } from './core/poll.js';
export type { PollDone, PollOptions, PollPending, PollResult } from './core/poll-step.js';
export { Paginated } from './core/paginate.js';
export type { ListOptions, PageBounds } from './core/paginate.js';
export type { Checkpoint, ServiceName } from './core/checkpoint.js';
export type { Clock } from './core/clock.js';
export type { AwsClientOptions } from './core/config.js';

// Import files: pre-flight validation.
export { validateImportFile } from './validate-import-file.js';
export type { ImportFileProblemCode } from './validate-import-file.js';
export { formatImportFileReport, ImportFileError } from './core/csv-report.js';
export type { ImportFileCounts, ImportFileProblem, ImportFileReport, ImportFileTemplate, ImportProblemSeverity, CommonImportProblemCode } from './core/csv-report.js';
export type { CsvFilePath, CsvSource } from './core/csv-source.js';
export type { ValidateImportFileOptions } from './core/csv-options.js';
export type { DiscoveryImportProblemCode } from './discovery/index.js';
export type { MgnImportProblemCode } from './mgn/index.js';

// Application Discovery Service.
export { DiscoveryService, ImportTask, ImportTaskDeleteError, ErrorsArchiveError } from './discovery/index.js';
export type { DiscoveryServiceOptions, ImportTaskFilter, ImportTaskStatus, StartImportInput, FailedRecord } from './discovery/index.js';

// Application Migration Service.
export { MgnService, MgnImport, MgnExport } from './mgn/index.js';
export type { MgnServiceOptions, MgnImportStatus, MgnExportStatus, MgnStartImportInput, MgnStartExportInput } from './mgn/index.js';

// Migration Hub.
export { MigrationHubService, ProgressUpdateStream, MigrationTask, StaleTaskError } from './migration-hub/index.js';
export type { DryRunResult, MigrationHubServiceOptions, MigrationTaskStatus, MigrationTaskUpdate } from './migration-hub/index.js';

// DMS premigration assessment runs.
export { DmsService, ReplicationTask, AssessmentRun, NoResultLocationError, S3Object } from './dms/index.js';
export type { DmsServiceOptions, AssessmentRunStatus, StartAssessmentRunOptions, S3ObjectInfo } from './dms/index.js';
