/**
 * The service-agnostic core every service folder builds on. Internal barrel: `src/index.ts` decides what is public.
 */
export { BatchLookup } from './batch-lookup.js';
export { abortableSleep, systemClock, throwIfAborted } from './clock.js';
export type { Clock } from './clock.js';
export { backoffCeiling, backoffDelay } from './backoff.js';
export * from './engine/index.js';
export { checkpointResource, checkpointService, parseCheckpoint } from './checkpoint.js';
export type { Checkpoint, CheckpointRules, ServiceName } from './checkpoint.js';
export { CsvReader, CsvSyntaxError, csvRecords, csvRecordsOf, formatCsv } from './csv.js';
export { collectBytes } from './collect-bytes.js';
export type { CollectBytesOptions } from './collect-bytes.js';
export { isReReadable, readSource, sourceBytes, sourceFileName, SOURCE_CHUNK_BYTES } from './csv-source.js';
export type { CsvFilePath, CsvSource } from './csv-source.js';
export { formatImportFileReport, ImportFileError, ProblemSink } from './csv-report.js';
export type { CommonImportProblemCode, ImportFileCounts, ImportFileProblem, ImportFileReport, ImportFileTemplate, ImportProblemSeverity } from './csv-report.js';
export { checkImportFile } from './csv-validate.js';
export { checkValidateOptions, DEFAULT_MAX_PROBLEMS } from './csv-options.js';
export type { ValidateImportFileOptions } from './csv-options.js';
export type { CheckOptions, RowContext, TemplateChecker, TemplateRules } from './csv-validate.js';
export type { CsvReadOptions, CsvRecord } from './csv.js';
export { clientConfigOf, lazy } from './config.js';
export type { AwsClientOptions, BuiltClientConfig } from './config.js';
export * from './defaults.js';
export {
  CheckpointError,
  HomeRegionNotSetError,
  MigrationKitError,
  ResourceNotFoundError,
  TaskFailedError,
  ValidationError,
  WaitTimeoutError,
  errorGuard,
  isCheckpointError,
  isHomeRegionNotSetError,
  isMigrationKitError,
  isResourceNotFoundError,
  isTaskFailedError,
  isValidationError,
  isWaitTimeoutError,
  requestIdOf,
} from './errors.js';
export { Paginated } from './paginate.js';
export type { ListOptions, Page, PageBounds, PageFetcher } from './paginate.js';
export { pollChanges, pollUntilDone } from './poll.js';
export type { PollDone, PollOptions, PollPending, PollResult } from './poll-step.js';
export type { PollDefaults, PollSpec, WaitOptions, WatchOptions } from './poll.js';
export { attemptsOf, isThrottlingError, isTransientError, retryAfterMsOf, translateServiceError } from './retry.js';
export { assertNever, isSuccessful, isTerminal, progressOf } from './status.js';
export type { LifecycleKind, LifecycleStatus, Progress, UnknownStatus } from './status.js';
export { checkAccountId, checkArn, checkBucket, checkInteger, checkKey, checkList, checkOneOf, checkString, clientToken } from './validate.js';
export type { StringRule } from './validate.js';
/** The input schemas: `s.object({ name: s.string({ max: 255 }) })`. */
export * as s from './schema/index.js';
export { Waitable, pollHooksOf, resumePolling } from './waitable.js';
export type { CallOptions, PollHooks } from './waitable.js';
export { waitAll, waitAny } from './wait-group.js';
export type { AnyWaitable } from './wait-group.js';
