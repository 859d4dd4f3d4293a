/**
 * `aws-migration-kit/discovery`: Application Discovery Service import tasks as domain objects, and the wire client
 * they run on. Each public name is exported explicitly; contexts, the CSV reader and redaction helpers stay private.
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
export { DISCOVERY_IMPORT_LIMITS, DISCOVERY_TEMPLATE_COLUMNS } from './import-file-rules.js';
export type { DiscoveryImportProblemCode } from './import-file-rules.js';
export { formatImportFileReport, ImportFileError } from '../core/csv-report.js';
export type { ImportFileCounts, ImportFileProblem, ImportFileReport, ImportFileTemplate, ImportProblemSeverity, CommonImportProblemCode } from '../core/csv-report.js';
export type { CsvFilePath, CsvSource } from '../core/csv-source.js';
export type { ValidateImportFileOptions } from '../core/csv-options.js';
export { IMPORT_TASK_POLL_DEFAULTS, MAX_ERRORS_ARCHIVE_BYTES } from './defaults.js';
export {
  BatchDeleteImportDataCommand,
  DescribeImportTasksCommand,
  DiscoveryClient,
  StartImportTaskCommand,
} from './client/index.js';
export type {
  BatchDeleteImportDataCommandInput,
  BatchDeleteImportDataError,
  BatchDeleteImportDataCommandOutput,
  BatchDeleteImportDataErrorCode,
  DescribeImportTasksCommandInput,
  DescribeImportTasksCommandOutput,
  DiscoveryClientConfig,
  DiscoveryClientResolvedConfig,
  DiscoveryEndpointParameters,
  DiscoveryServiceInputTypes,
  DiscoveryServiceOutputTypes,
  FileClassification,
  ImportStatus,
  ImportTaskFilter as DescribeImportTasksFilter,
  ImportTaskFilterName,
  StartImportTaskCommandInput,
  StartImportTaskCommandOutput,
} from './client/index.js';
