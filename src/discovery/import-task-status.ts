import { assertNever, type UnknownStatus } from '../core/index.js';
import type { ImportStatus } from './client/index.js';
import { redactOnPrint } from './redact.js';

/** Every ImportStatus value of the Application Discovery Service model, in model order. */
export const IMPORT_STATUSES: readonly ImportStatus[] = [
  'IMPORT_IN_PROGRESS',
  'IMPORT_COMPLETE',
  'IMPORT_COMPLETE_WITH_ERRORS',
  'IMPORT_FAILED',
  'IMPORT_FAILED_SERVER_LIMIT_EXCEEDED',
  'IMPORT_FAILED_RECORD_LIMIT_EXCEEDED',
  'IMPORT_FAILED_UNSUPPORTED_FILE_TYPE',
  'DELETE_IN_PROGRESS',
  'DELETE_COMPLETE',
  'DELETE_FAILED',
  'DELETE_FAILED_LIMIT_EXCEEDED',
  'INTERNAL_ERROR',
];

/** Why an import failed. */
export type ImportFailureReason = 'import-failed' | 'server-limit-exceeded' | 'record-limit-exceeded' | 'unsupported-file-type' | 'internal-error';

/** Why deleting an import's records failed. */
export type DeleteFailureReason = 'delete-failed' | 'delete-limit-exceeded';

/**
 * The status of an import task, discriminated on `kind`:
 * - `running`: IMPORT_IN_PROGRESS;
 * - `succeeded`: IMPORT_COMPLETE;
 * - `partially-succeeded`: IMPORT_COMPLETE_WITH_ERRORS, some records failed; `errorsZipUrl` is the archive of the
 *   failed rows and the error log (a pre-signed URL: it is redacted whenever the status is printed or serialised);
 * - `failed` in the import phase (`phase: 'import'`), with `reason`, and `errorsZipUrl` when the service gave one;
 * - `failed` in the delete phase (`phase: 'delete'`), with `reason`;
 * - `deleting`: DELETE_IN_PROGRESS; `deleted`: DELETE_COMPLETE;
 * - `unknown`: a status added after this library shipped (or a handle never refreshed: `raw` is `''`).
 */
export type ImportTaskStatus =
  | {
      /** The import is running. */
      readonly kind: 'running';
      /** The service's status. */
      readonly raw: 'IMPORT_IN_PROGRESS';
    }
  | {
      /** Every record was imported. */
      readonly kind: 'succeeded';
      /** The service's status. */
      readonly raw: 'IMPORT_COMPLETE';
    }
  | {
      /** Some records were imported and some failed. */
      readonly kind: 'partially-succeeded';
      /** The service's status. */
      readonly raw: 'IMPORT_COMPLETE_WITH_ERRORS';
      /** Pre-signed URL of the ZIP of failed rows and error log; redacted when printed. Read it with `failedRecords()`. */
      readonly errorsZipUrl?: string;
    }
  | {
      /** The import failed. */
      readonly kind: 'failed';
      /** It failed while importing. */
      readonly phase: 'import';
      /** The service's status. */
      readonly raw:
        | 'IMPORT_FAILED'
        | 'IMPORT_FAILED_SERVER_LIMIT_EXCEEDED'
        | 'IMPORT_FAILED_RECORD_LIMIT_EXCEEDED'
        | 'IMPORT_FAILED_UNSUPPORTED_FILE_TYPE'
        | 'INTERNAL_ERROR';
      /** Why, from the status. */
      readonly reason: ImportFailureReason;
      /** Pre-signed URL of the errors archive, when the service gave one; redacted when printed. */
      readonly errorsZipUrl?: string;
    }
  | {
      /** Deleting the import's records failed. */
      readonly kind: 'failed';
      /** It failed while deleting. */
      readonly phase: 'delete';
      /** The service's status. */
      readonly raw: 'DELETE_FAILED' | 'DELETE_FAILED_LIMIT_EXCEEDED';
      /** Why, from the status. */
      readonly reason: DeleteFailureReason;
    }
  | {
      /** The import's records are being deleted. */
      readonly kind: 'deleting';
      /** The service's status. */
      readonly raw: 'DELETE_IN_PROGRESS';
    }
  | {
      /** The import's records are deleted. */
      readonly kind: 'deleted';
      /** The service's status. */
      readonly raw: 'DELETE_COMPLETE';
    }
  | UnknownStatus;

/** Every `kind` an {@link ImportTaskStatus} can have. */
export type ImportTaskStatusKind = ImportTaskStatus['kind'];

function isImportStatus(raw: string): raw is ImportStatus {
  return (IMPORT_STATUSES as readonly string[]).includes(raw);
}

/**
 * Maps the service's `status` (and `errorsAndFailedEntriesZip`) to an {@link ImportTaskStatus}. An absent status
 * and any string this library does not know map to `unknown`, never to an exception. A status carrying
 * `errorsZipUrl` prints and serialises with the URL's signature redacted.
 */
export function importTaskStatusOf(raw: string | undefined, errorsZipUrl?: string): ImportTaskStatus {
  return redactOnPrint(statusOf(raw, errorsZipUrl), ['errorsZipUrl']);
}

function statusOf(raw: string | undefined, errorsZipUrl: string | undefined): ImportTaskStatus {
  if (raw === undefined) return { kind: 'unknown', raw: '' };
  if (!isImportStatus(raw)) return { kind: 'unknown', raw };
  const zip = errorsZipUrl ? { errorsZipUrl } : {};
  switch (raw) {
    case 'IMPORT_IN_PROGRESS':
      return { kind: 'running', raw };
    case 'IMPORT_COMPLETE':
      return { kind: 'succeeded', raw };
    case 'IMPORT_COMPLETE_WITH_ERRORS':
      return { kind: 'partially-succeeded', raw, ...zip };
    case 'IMPORT_FAILED':
      return { kind: 'failed', phase: 'import', raw, reason: 'import-failed', ...zip };
    case 'IMPORT_FAILED_SERVER_LIMIT_EXCEEDED':
      return { kind: 'failed', phase: 'import', raw, reason: 'server-limit-exceeded', ...zip };
    case 'IMPORT_FAILED_RECORD_LIMIT_EXCEEDED':
      return { kind: 'failed', phase: 'import', raw, reason: 'record-limit-exceeded', ...zip };
    case 'IMPORT_FAILED_UNSUPPORTED_FILE_TYPE':
      return { kind: 'failed', phase: 'import', raw, reason: 'unsupported-file-type', ...zip };
    case 'INTERNAL_ERROR':
      return { kind: 'failed', phase: 'import', raw, reason: 'internal-error', ...zip };
    case 'DELETE_IN_PROGRESS':
      return { kind: 'deleting', raw };
    case 'DELETE_COMPLETE':
      return { kind: 'deleted', raw };
    case 'DELETE_FAILED':
      return { kind: 'failed', phase: 'delete', raw, reason: 'delete-failed' };
    case 'DELETE_FAILED_LIMIT_EXCEEDED':
      return { kind: 'failed', phase: 'delete', raw, reason: 'delete-limit-exceeded' };
    default:
      return assertNever(raw, 'import status');
  }
}
