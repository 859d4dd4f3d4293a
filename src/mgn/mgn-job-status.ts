import { assertNever, type UnknownStatus } from '../core/index.js';

/** The status strings MGN sends for imports and exports (ImportStatus and ExportStatus are the same four). */
export type MgnRawStatus = 'PENDING' | 'STARTED' | 'FAILED' | 'SUCCEEDED';

/**
 * The status of an MGN import or export: a union on `kind` over the shared lifecycle vocabulary. Each member keeps
 * the service's exact string as `raw`; a string MGN adds later maps to `unknown`.
 */
export type MgnJobStatus =
  | {
      /** Accepted, not started yet. */
      readonly kind: 'pending';
      /** MGN's string. */
      readonly raw: 'PENDING';
    }
  | {
      /** Reading (import) or writing (export) the file; `progressPercentage` grows. */
      readonly kind: 'running';
      /** MGN's string. */
      readonly raw: 'STARTED';
    }
  | {
      /** Done; an import may still have row errors, listed by `errors()`. */
      readonly kind: 'succeeded';
      /** MGN's string. */
      readonly raw: 'SUCCEEDED';
    }
  | {
      /** The file could not be processed; `errors()` says why. */
      readonly kind: 'failed';
      /** MGN's string. */
      readonly raw: 'FAILED';
    }
  | UnknownStatus;

/** The status of an {@link MgnImport}. */
export type MgnImportStatus = MgnJobStatus;

/** The status of an {@link MgnExport}. */
export type MgnExportStatus = MgnJobStatus;

const RAW_STATUSES: readonly string[] = ['PENDING', 'STARTED', 'FAILED', 'SUCCEEDED'] satisfies readonly MgnRawStatus[];

function isRawStatus(raw: string): raw is MgnRawStatus {
  return RAW_STATUSES.includes(raw);
}

/**
 * Maps MGN's status string onto {@link MgnJobStatus}. An absent status (a handle not fetched yet) and any string
 * this version does not know map to `{ kind: 'unknown', raw }` (with `raw: ''` when absent).
 */
export function mgnJobStatusOf(raw: string | undefined): MgnJobStatus {
  if (raw === undefined || !isRawStatus(raw)) return { kind: 'unknown', raw: raw ?? '' };
  switch (raw) {
    case 'PENDING':
      return { kind: 'pending', raw };
    case 'STARTED':
      return { kind: 'running', raw };
    case 'SUCCEEDED':
      return { kind: 'succeeded', raw };
    case 'FAILED':
      return { kind: 'failed', raw };
    default:
      return assertNever(raw, 'MGN status');
  }
}
