/**
 * `aws-migration-kit/discovery`: Application Discovery Service import tasks as domain objects. Importing it loads no
 * AWS SDK runtime: the wire client they run on loads on the first request. That client (`DiscoveryClient` and its
 * commands) is public on its own subpath, `aws-migration-kit/discovery-client`; its input and output types are
 * re-exported here as types only. Contexts, the CSV reader and redaction helpers stay private.
 * @packageDocumentation
 */
export { DiscoveryService } from './discovery-service.js';
export type { DeleteImportTasksOptions, DiscoveryServiceOptions, ImportTaskDeleteOutcome, StartImportInput } from './discovery-service.js';
export { ImportTask } from './import-task.js';
export type { DeleteImportTaskOptions, RawImportTask } from './import-task.js';
export { IMPORT_STATUSES, importTaskStatusOf } from './import-task-status.js';
export type { DeleteFailureReason, ImportFailureReason, ImportTaskStatus, ImportTaskStatusKind } from './import-task-status.js';
export type { ImportTaskFilter, OneOrMany } from './import-task-list.js';
export type { FailedRecord } from './failed-records.js';
export type { DiscoveryClientLike, DiscoveryCommand, FetchLike, FetchResponseLike } from './discovery-context.js';
export { ErrorsArchiveError, ImportTaskDeleteError } from './errors.js';
export { validateImportFile } from './import-file-validate.js';
export type { DiscoveryImportFileOptions } from './import-file.js';
export type { ImportFileValidation } from '../storage/index.js';
export { DISCOVERY_IMPORT_LIMITS, DISCOVERY_TEMPLATE_COLUMNS } from './import-file-rules.js';
export type { DiscoveryImportProblemCode } from './import-file-rules.js';
export { formatImportFileReport, ImportFileError } from '../core/csv-report.js';
export type { ImportFileCounts, ImportFileProblem, ImportFileReport, ImportFileTemplate, ImportProblemSeverity, CommonImportProblemCode } from '../core/csv-report.js';
export type { CsvFilePath, CsvSource } from '../core/csv-source.js';
export type { ValidateImportFileOptions } from '../core/csv-options.js';
export { IMPORT_TASK_POLL_DEFAULTS, MAX_ERRORS_ARCHIVE_BYTES } from './defaults.js';
// Wire types the facade's own types refer to. The client, its commands and their input/output types are on
// `aws-migration-kit/discovery-client`.
export type {
  BatchDeleteImportDataError,
  BatchDeleteImportDataErrorCode,
  FileClassification,
  ImportStatus,
  ImportTaskFilter as DescribeImportTasksFilter,
  ImportTaskFilterName,
} from './client/index.js';
