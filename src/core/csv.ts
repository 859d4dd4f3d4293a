/**
 * RFC 4180 CSV, read and written in one place for the library and the emulator: comma separated, `"` quoted with
 * `""` for a quote, newlines inside quotes, CRLF, LF or a lone CR as the line end, an optional leading UTF-8 BOM.
 * @internal
 * @module
 */

/** One CSV record with its 1-based row number (the header is row 1). @internal */
export interface CsvRecord {
  /** 1-based row number as a spreadsheet shows it: blank lines count, a quoted field spanning lines does not. */
  readonly row: number;
  /** The record's fields, as written (quotes removed, `""` unescaped). */
  readonly fields: string[];
}

/** Options of {@link csvRecords}. @internal */
export interface CsvReadOptions {
  /**
   * Throw {@link CsvSyntaxError} on an unterminated quoted field or a quote inside an unquoted field, instead of
   * reading them leniently (the rest of the text as the field; the quote as a character).
   * @default false
   */
  readonly strict?: boolean;
}

/** Malformed CSV met by {@link csvRecords} in strict mode. @internal */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError' as const;
  /** The row number of the record the problem is in. */
  readonly row: number;

  /** @param row - The record's row number. @param problem - What is wrong, without the row. */
  constructor(row: number, problem: string) {
    super(`record ${row}: ${problem}`);
    this.row = row;
  }
}

/**
 * Yields the records of CSV text, one at a time, so a caller that stops early parses no further. Lines with no
 * characters at all are skipped (but counted in `row`); a line holding only `""` is a record of one empty field.
 * @internal
 */
export function* csvRecords(text: string, options: CsvReadOptions = {}): Generator<CsvRecord, void, undefined> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  // Whether the record has anything at all (a comma or a quote), so a line holding only `""` is not blank.
  let started = false;
  let row = 1;
  let recordRow = 1;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') {
      quoted = true;
      started = true;
    } else if (c === '"' && options.strict) {
      throw new CsvSyntaxError(recordRow, 'a quote inside an unquoted field');
    } else if (c === ',') {
      fields.push(field);
      field = '';
      started = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (started || field !== '') yield { row: recordRow, fields };
      fields = [];
      field = '';
      started = false;
      row++;
      recordRow = row;
    } else {
      field += c;
    }
  }
  if (quoted && options.strict) throw new CsvSyntaxError(recordRow, 'unterminated quoted field');
  if (started || field !== '') {
    fields.push(field);
    yield { row: recordRow, fields };
  }
}

/** Writes rows as CSV with CRLF line ends, quoting only the fields that need it. @internal */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((fields) => fields.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
