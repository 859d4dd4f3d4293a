import { ServiceException } from '@smithy/core/client';
import type { MetadataBearer, ResponseMetadata } from '@smithy/types';

/** The Smithy namespace of Application Discovery Service shapes. @internal */
export const DISCOVERY_NAMESPACE = 'com.amazonaws.applicationdiscoveryservice';

/** Status of an import task, exactly as the service reports it. */
export type ImportStatus =
  | 'IMPORT_IN_PROGRESS'
  | 'IMPORT_COMPLETE'
  | 'IMPORT_COMPLETE_WITH_ERRORS'
  | 'IMPORT_FAILED'
  | 'IMPORT_FAILED_SERVER_LIMIT_EXCEEDED'
  | 'IMPORT_FAILED_RECORD_LIMIT_EXCEEDED'
  | 'IMPORT_FAILED_UNSUPPORTED_FILE_TYPE'
  | 'DELETE_IN_PROGRESS'
  | 'DELETE_COMPLETE'
  | 'DELETE_FAILED'
  | 'DELETE_FAILED_LIMIT_EXCEEDED'
  | 'INTERNAL_ERROR';

/** Kind of file an import task read. */
export type FileClassification = 'MODELIZEIT_EXPORT' | 'RVTOOLS_EXPORT' | 'VMWARE_NSX_EXPORT' | 'IMPORT_TEMPLATE';

/** Field an {@link ImportTaskFilter} matches on; a STATUS filter makes the service ignore the others. */
export type ImportTaskFilterName = 'IMPORT_TASK_ID' | 'STATUS' | 'NAME' | 'FILE_CLASSIFICATION';

/** Why one import task could not be deleted by BatchDeleteImportData. */
export type BatchDeleteImportDataErrorCode = 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR' | 'OVER_LIMIT';

/** One import request and what became of it. */
export interface ImportTask {
  /** Service-assigned ID, `import-task-` followed by 32 hex digits. */
  importTaskId?: string | undefined;
  /** Idempotency token the task was started with. */
  clientRequestToken?: string | undefined;
  /** Name given when the task was started. */
  name?: string | undefined;
  /** S3 URL of the imported file. */
  importUrl?: string | undefined;
  /** Current status. */
  status?: ImportStatus | undefined;
  /** When the import was requested. */
  importRequestTime?: Date | undefined;
  /** When the import finished. */
  importCompletionTime?: Date | undefined;
  /** When the imported records were deleted. */
  importDeletedTime?: Date | undefined;
  /** Kind of file that was imported. */
  fileClassification?: FileClassification | undefined;
  /** Server records imported. */
  serverImportSuccess?: number | undefined;
  /** Server records that failed to import. */
  serverImportFailure?: number | undefined;
  /** Application records imported. */
  applicationImportSuccess?: number | undefined;
  /** Application records that failed to import. */
  applicationImportFailure?: number | undefined;
  /** Presigned S3 URL of a zip with the errors and failed rows. */
  errorsAndFailedEntriesZip?: string | undefined;
}

/** A DescribeImportTasks filter: tasks whose `name` field equals one of `values`. */
export interface ImportTaskFilter {
  /** Field to match. */
  name?: ImportTaskFilterName | undefined;
  /** Accepted values (1 to 100). */
  values?: string[] | undefined;
}

/** One import task that BatchDeleteImportData could not delete. */
export interface BatchDeleteImportDataError {
  /** The task concerned. */
  importTaskId?: string | undefined;
  /** Machine-readable reason. */
  errorCode?: BatchDeleteImportDataErrorCode | undefined;
  /** Human-readable reason. */
  errorDescription?: string | undefined;
}

/** Input of {@link StartImportTaskCommand}. */
export interface StartImportTaskCommandInput {
  /** Idempotency token; the SDK generates one when omitted. */
  clientRequestToken?: string | undefined;
  /** Task name (1 to 255 characters). */
  name: string | undefined;
  /** S3 URL of the file to import, e.g. `s3://bucket/servers.csv`. */
  importUrl: string | undefined;
}

/** Output of {@link StartImportTaskCommand}. */
export interface StartImportTaskCommandOutput extends MetadataBearer {
  /** The task that was started (or found again by its token). */
  task?: ImportTask | undefined;
}

/** Input of {@link DescribeImportTasksCommand}. */
export interface DescribeImportTasksCommandInput {
  /** Filters; all tasks when omitted. */
  filters?: ImportTaskFilter[] | undefined;
  /** Page size, 1 to 100. */
  maxResults?: number | undefined;
  /** Token from the previous page. */
  nextToken?: string | undefined;
}

/** Output of {@link DescribeImportTasksCommand}. */
export interface DescribeImportTasksCommandOutput extends MetadataBearer {
  /** Token for the next page; absent on the last one. */
  nextToken?: string | undefined;
  /** Tasks on this page. */
  tasks?: ImportTask[] | undefined;
}

/** Input of {@link BatchDeleteImportDataCommand}. */
export interface BatchDeleteImportDataCommandInput {
  /** Import tasks whose records to delete (1 to 10). */
  importTaskIds: string[] | undefined;
  /** Also delete the tasks' history. */
  deleteHistory?: boolean | undefined;
}

/** Output of {@link BatchDeleteImportDataCommand}. */
export interface BatchDeleteImportDataCommandOutput extends MetadataBearer {
  /** Tasks that could not be deleted. */
  errors?: BatchDeleteImportDataError[] | undefined;
}

/** What a Discovery exception is built from; the protocol fills it in. */
export interface DiscoveryExceptionOptions {
  /** Error message. */
  message?: string | undefined;
  /** Response metadata (status code, request ID). */
  $metadata?: ResponseMetadata | undefined;
}

/** Base class of every error the Discovery service returns, modelled or not (`name` is the service's error code). */
export class DiscoveryServiceException extends ServiceException {
  constructor(options: DiscoveryExceptionOptions & { name?: string; $fault?: 'client' | 'server' }) {
    super({
      name: options.name ?? 'DiscoveryServiceException',
      $fault: options.$fault ?? 'client',
      ...(options.message === undefined ? {} : { message: options.message }),
      $metadata: options.$metadata ?? {},
    });
  }
}

/** The caller's credentials may not perform this action. */
export class AuthorizationErrorException extends DiscoveryServiceException {
  /** Smithy shape ID; lets `instanceof` match the official client's error of the same shape. @internal */
  static override readonly shapeId = `${DISCOVERY_NAMESPACE}#AuthorizationErrorException`;
  /** Always `'AuthorizationErrorException'`: the error code the service sent. */
  override readonly name = 'AuthorizationErrorException';
  constructor(options: DiscoveryExceptionOptions = {}) { super({ ...options, name: 'AuthorizationErrorException' }); }
}

/** The request conflicts with the current state of a resource. */
export class ConflictErrorException extends DiscoveryServiceException {
  /** Smithy shape ID; lets `instanceof` match the official client's error of the same shape. @internal */
  static override readonly shapeId = `${DISCOVERY_NAMESPACE}#ConflictErrorException`;
  /** Always `'ConflictErrorException'`: the error code the service sent. */
  override readonly name = 'ConflictErrorException';
  constructor(options: DiscoveryExceptionOptions = {}) { super({ ...options, name: 'ConflictErrorException' }); }
}

/** No Migration Hub home region is set for the account; set one with Migration Hub Config's CreateHomeRegionControl. */
export class HomeRegionNotSetException extends DiscoveryServiceException {
  /** Smithy shape ID; lets `instanceof` match the official client's error of the same shape. @internal */
  static override readonly shapeId = `${DISCOVERY_NAMESPACE}#HomeRegionNotSetException`;
  /** Always `'HomeRegionNotSetException'`: the error code the service sent. */
  override readonly name = 'HomeRegionNotSetException';
  constructor(options: DiscoveryExceptionOptions = {}) { super({ ...options, name: 'HomeRegionNotSetException' }); }
}

/** A parameter is not valid. */
export class InvalidParameterException extends DiscoveryServiceException {
  /** Smithy shape ID; lets `instanceof` match the official client's error of the same shape. @internal */
  static override readonly shapeId = `${DISCOVERY_NAMESPACE}#InvalidParameterException`;
  /** Always `'InvalidParameterException'`: the error code the service sent. */
  override readonly name = 'InvalidParameterException';
  constructor(options: DiscoveryExceptionOptions = {}) { super({ ...options, name: 'InvalidParameterException' }); }
}

/** A parameter value is not valid. */
export class InvalidParameterValueException extends DiscoveryServiceException {
  /** Smithy shape ID; lets `instanceof` match the official client's error of the same shape. @internal */
  static override readonly shapeId = `${DISCOVERY_NAMESPACE}#InvalidParameterValueException`;
  /** Always `'InvalidParameterValueException'`: the error code the service sent. */
  override readonly name = 'InvalidParameterValueException';
  constructor(options: DiscoveryExceptionOptions = {}) {
    super({ ...options, name: 'InvalidParameterValueException' });
  }
}

/** A quota was exceeded (the SDK retries this name as throttling). */
export class LimitExceededException extends DiscoveryServiceException {
  /** Smithy shape ID; lets `instanceof` match the official client's error of the same shape. @internal */
  static override readonly shapeId = `${DISCOVERY_NAMESPACE}#LimitExceededException`;
  /** Always `'LimitExceededException'`: the error code the service sent. */
  override readonly name = 'LimitExceededException';
  constructor(options: DiscoveryExceptionOptions = {}) { super({ ...options, name: 'LimitExceededException' }); }
}

/** The resource is in use, e.g. an import with the same token is running. */
export class ResourceInUseException extends DiscoveryServiceException {
  /** Smithy shape ID; lets `instanceof` match the official client's error of the same shape. @internal */
  static override readonly shapeId = `${DISCOVERY_NAMESPACE}#ResourceInUseException`;
  /** Always `'ResourceInUseException'`: the error code the service sent. */
  override readonly name = 'ResourceInUseException';
  constructor(options: DiscoveryExceptionOptions = {}) { super({ ...options, name: 'ResourceInUseException' }); }
}

/** The resource does not exist. */
export class ResourceNotFoundException extends DiscoveryServiceException {
  /** Smithy shape ID; lets `instanceof` match the official client's error of the same shape. @internal */
  static override readonly shapeId = `${DISCOVERY_NAMESPACE}#ResourceNotFoundException`;
  /** Always `'ResourceNotFoundException'`: the error code the service sent. */
  override readonly name = 'ResourceNotFoundException';
  constructor(options: DiscoveryExceptionOptions = {}) { super({ ...options, name: 'ResourceNotFoundException' }); }
}

/** The service failed internally (a server fault). */
export class ServerInternalErrorException extends DiscoveryServiceException {
  /** Smithy shape ID; lets `instanceof` match the official client's error of the same shape. @internal */
  static override readonly shapeId = `${DISCOVERY_NAMESPACE}#ServerInternalErrorException`;
  /** Always `'ServerInternalErrorException'`: the error code the service sent. */
  override readonly name = 'ServerInternalErrorException';
  constructor(options: DiscoveryExceptionOptions = {}) {
    super({ ...options, name: 'ServerInternalErrorException', $fault: 'server' });
  }
}
