import { strToU8, zipSync } from 'fflate';
import { formatCsv } from '../../core/csv.js';

/** Name of the failed-entries file inside the errors archive. @internal */
export const FAILED_ENTRIES_FILE = 'failed_entries.csv';
/** Name of the error log inside the errors archive. @internal */
export const ERROR_LOG_FILE = 'error_log.txt';
/** The column appended to the failed-entries file. @internal */
export const ERRORS_COLUMN = 'Errors';

/** A row that failed to import. @internal */
export interface FailedRow {
  /** 1-based line in the original file (header = 1). */
  readonly rowNumber: number;
  /** The row's original cells. */
  readonly cells: readonly string[];
  /** Why it failed. */
  readonly errors: readonly string[];
}

/**
 * Builds the errors-and-failed-entries ZIP: `failed_entries.csv` holds the failed rows exactly as uploaded (padded to
 * the header's width) plus an `Errors` column with one error per line, so the file can be fixed and imported again;
 * `error_log.txt` has one line per error, `Row <n>: <message>`, in the same row order.
 * @internal
 */
export function buildErrorsArchive(header: readonly string[], failed: readonly FailedRow[], mtime: number): Uint8Array {
  const width = header.length;
  const rows = [
    [...header, ERRORS_COLUMN],
    ...failed.map((row) => [...row.cells.slice(0, width), ...Array<string>(Math.max(0, width - row.cells.length)).fill(''), row.errors.join('\n')]),
  ];
  const log = failed.flatMap((row) => row.errors.map((error) => `Row ${row.rowNumber}: ${error}`)).join('\n') + '\n';
  return zipSync(
    {
      [FAILED_ENTRIES_FILE]: strToU8(formatCsv(rows)),
      [ERROR_LOG_FILE]: strToU8(log),
    },
    { mtime: new Date(mtime) },
  );
}
