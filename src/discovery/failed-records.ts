import { csvRecords, lazy, throwIfAborted } from '../core/index.js';
import { MAX_ERRORS_ARCHIVE_BYTES } from './defaults.js';
import type { FetchLike } from './discovery-context.js';
import { ErrorsArchiveError } from './errors.js';

/** One row of the import file that failed, as read from the errors archive. */
export interface FailedRecord {
  /**
   * The row's line in the original import file, the header being line 1 (what a spreadsheet shows), taken from
   * the error log. When the archive has no usable log: the row's line in the failed-entries file instead.
   */
  readonly rowNumber: number;
  /** The row as uploaded: column name → value (the archive's error column left out). */
  readonly record: Readonly<Record<string, string>>;
  /** Why the row failed, one message per entry. */
  readonly errors: readonly string[];
}

/** fflate loads with the first archive read, so importing the package never loads it. */
const loadFflate = lazy(() => import('fflate'));

const ERROR_COLUMN = /^(errors?|error[ _-]?(messages?|descriptions?|details?))$/i;
const LOG_LINE = /^\s*(?:row|line)\s*#?\s*(\d+)\s*[:\-–]\s*(.*\S)\s*$/i;

/**
 * Downloads the errors-and-failed-entries ZIP at `url` and yields each failed row with its errors. The archive holds
 * a CSV of the failed rows with an added error column (one error per line in the cell) and an error log with lines
 * `Row <n>: <message>` in the same row order. Errors never include the URL (it is pre-signed).
 * @internal
 */
export async function* readFailedRecords(fetch: FetchLike, url: string, signal: AbortSignal | undefined): AsyncGenerator<FailedRecord, void, undefined> {
  const [files, { strFromU8 }] = await Promise.all([downloadArchive(fetch, url, signal), loadFflate()]);
  const names = Object.keys(files);
  const csvName = names.find((n) => /\.csv$/i.test(n) && /fail/i.test(n)) ?? names.find((n) => /\.csv$/i.test(n));
  if (csvName === undefined) throw new ErrorsArchiveError(`the errors archive holds no CSV of failed entries (entries: ${names.join(', ') || 'none'})`);
  const logName = names.find((n) => /\.(txt|log)$/i.test(n));
  const log = logName === undefined ? [] : logGroups(strFromU8(files[logName] ?? new Uint8Array()));

  const rows = csvRecords(strFromU8(files[csvName] ?? new Uint8Array()));
  const header = (rows.next().value?.fields ?? []).map((name) => name.trim());
  let errorColumn = -1;
  header.forEach((name, i) => {
    if (ERROR_COLUMN.test(name)) errorColumn = i;
  });
  let index = 0;
  for (const { fields: cells } of rows) {
    throwIfAborted(signal);
    const record: Record<string, string> = {};
    header.forEach((name, i) => {
      if (i !== errorColumn) record[name] = cells[i] ?? '';
    });
    const fromColumn = errorColumn < 0 ? [] : (cells[errorColumn] ?? '').split(/\r?\n/).map((e) => e.trim()).filter((e) => e !== '');
    const logged = log[index];
    yield { rowNumber: logged?.row ?? index + 2, record, errors: fromColumn.length > 0 ? fromColumn : (logged?.messages ?? []) };
    index++;
  }
}

/** The log's lines grouped by row, in order of first appearance. */
function logGroups(text: string): { row: number; messages: string[] }[] {
  const groups: { row: number; messages: string[] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = LOG_LINE.exec(line);
    if (!match) continue;
    const row = Number(match[1]);
    const last = groups.at(-1);
    if (last?.row === row) last.messages.push(match[2] ?? '');
    else groups.push({ row, messages: [match[2] ?? ''] });
  }
  return groups;
}

async function downloadArchive(fetch: FetchLike, url: string, signal: AbortSignal | undefined): Promise<Record<string, Uint8Array>> {
  throwIfAborted(signal);
  let response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    throwIfAborted(signal);
    throw new ErrorsArchiveError('could not download the errors archive', undefined, { cause: error });
  }
  if (!response.ok) {
    const hint = response.status === 403 ? ': the pre-signed URL may have expired; refresh() the task for a fresh one' : '';
    throw new ErrorsArchiveError(`downloading the errors archive failed with HTTP ${response.status}${hint}`, response.status);
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_ERRORS_ARCHIVE_BYTES) throw new ErrorsArchiveError(`the errors archive is ${declared} bytes, over the ${MAX_ERRORS_ARCHIVE_BYTES}-byte limit`, response.status);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const { unzipSync } = await loadFflate();
  throwIfAborted(signal);
  try {
    // Inflate only the CSV and the log, and refuse entries that would inflate past the limit (zip bombs).
    return unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > MAX_ERRORS_ARCHIVE_BYTES) throw new ErrorsArchiveError(`archive entry ${file.name} is too large to read`);
        return /\.(csv|txt|log)$/i.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof ErrorsArchiveError) throw error;
    throw new ErrorsArchiveError('the errors archive is not a valid ZIP file', response.status, { cause: error });
  }
}
