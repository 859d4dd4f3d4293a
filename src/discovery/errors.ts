import { MigrationKitError } from '../core/index.js';
import type { BatchDeleteImportDataErrorCode } from './client/index.js';

/** BatchDeleteImportData refused to delete one import task; `code` says why. */
export class ImportTaskDeleteError extends MigrationKitError {
  override readonly name = 'ImportTaskDeleteError' as const;
  /** The import task that was not deleted. */
  readonly taskId: string;
  /** The service's reason: `NOT_FOUND`, `OVER_LIMIT` (daily deletion quota) or `INTERNAL_SERVER_ERROR`. */
  readonly code: BatchDeleteImportDataErrorCode | (string & {});
  /** The service's description, when it gave one. */
  readonly description: string | undefined;

  /** @param taskId - The task. @param code - The service's error code. @param description - Its description. */
  constructor(taskId: string, code: string, description: string | undefined) {
    super(`Import task ${taskId} was not deleted: ${code}${description ? ` (${description})` : ''}`);
    this.taskId = taskId;
    this.code = code;
    this.description = description;
  }
}

/** The errors-and-failed-entries archive could not be downloaded or read. The message never holds the URL. */
export class ErrorsArchiveError extends MigrationKitError {
  override readonly name = 'ErrorsArchiveError' as const;
  /** The HTTP status of the download, when it got that far. */
  readonly httpStatus: number | undefined;

  /** @param message - What went wrong. @param httpStatus - The download's status. @param options - `cause`. */
  constructor(message: string, httpStatus?: number, options?: ErrorOptions) {
    super(message, options);
    this.httpStatus = httpStatus;
  }
}
