/**
 * RFC 4180 CSV, read and written in one place for the library and the emulator: comma separated, `"` quoted with
 * `""` for a quote, newlines inside quotes, CRLF, LF or a lone CR as the line end, an optional leading UTF-8 BOM.
 * {@link CsvReader} reads text in chunks of any size, so a file never has to be one string.
 * @internal
 * @module
 */

/** One CSV record with where it starts. @internal */
export interface CsvRecord {
  /** 1-based row number as a spreadsheet shows it: blank lines count, a quoted field spanning lines does not. */
  readonly row: number;
  /** 1-based physical line the record starts on: blank lines and line breaks inside quoted fields both count. */
  readonly line: number;
  /** The record's fields, as written (quotes removed, `""` unescaped). */
  readonly fields: string[];
}

/** Options of {@link csvRecords} and {@link CsvReader}. @internal */
export interface CsvReadOptions {
  /**
   * Throw {@link CsvSyntaxError} on an unterminated quoted field or a quote inside an unquoted field, instead of
   * reading them leniently (the rest of the text as the field; the quote as a character).
   * @default false
   */
  readonly strict?: boolean;
}

/** Malformed CSV met in strict mode. @internal */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError' as const;
  /** The row number of the record the problem is in. */
  readonly row: number;
  /** The line the record starts on. */
  readonly line: number;

  /** @param row - The record's row number. @param problem - What is wrong, without the row. @param line - Its line. */
  constructor(row: number, problem: string, line: number = row) {
    super(`record ${row}: ${problem}`);
    this.row = row;
    this.line = line;
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * A CSV reader fed text in chunks: `feed()` yields the records each chunk completes, `end()` the last one. A chunk
 * may end anywhere (inside a quoted field, between CR and LF, between the two quotes of `""`). Lines with no
 * characters at all are skipped (but counted); a line holding only `""` is a record of one empty field.
 * @internal
 */
export class CsvReader {
  readonly #strict: boolean;
  #fields: string[] = [];
  #field = '';
  #quoted = false;
  /** Inside a quoted field, just after a quote: `"` makes an escaped quote, anything else closes the field. */
  #quotePending = false;
  /** Whether the record has anything at all (a comma or a quote), so a line holding only `""` is not blank. */
  #started = false;
  /** The last character was a CR, so an LF right after it belongs to the same line break. */
  #afterCr = false;
  #atStart = true;
  #row = 1;
  #line = 1;
  #recordRow = 1;
  #recordLine = 1;

  /** @param options - `strict` refuses malformed quoting. */
  constructor(options: CsvReadOptions = {}) {
    this.#strict = options.strict ?? false;
  }

  /** Reads one chunk of text, yielding the records it completes. */
  *feed(chunk: string): Generator<CsvRecord, void, undefined> {
    let i = 0;
    if (this.#atStart && chunk.length > 0) {
      this.#atStart = false;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      const afterCr = this.#afterCr;
      this.#afterCr = c === CR;
      if (this.#quotePending) {
        this.#quotePending = false;
        if (c === QUOTE) {
          this.#field += '"';
          continue;
        }
        this.#quoted = false;
      }
      if (this.#quoted) {
        if (c === QUOTE) this.#quotePending = true;
        else if (c === CR || c === LF) {
          if (c === CR || !afterCr) this.#line++;
          this.#field += chunk[i];
        } else {
          // A run of ordinary characters is copied in one slice.
          const end = runEnd(chunk, i, true);
          this.#field += chunk.slice(i, end);
          i = end - 1;
        }
      } else if (c === LF && afterCr) {
        // The LF of a CRLF: the CR already ended the line.
      } else if (c === QUOTE && this.#field === '') {
        this.#quoted = true;
        this.#started = true;
      } else if (c === QUOTE && this.#strict) {
        throw new CsvSyntaxError(this.#recordRow, 'a quote inside an unquoted field', this.#recordLine);
      } else if (c === COMMA) {
        this.#fields.push(this.#field);
        this.#field = '';
        this.#started = true;
      } else if (c === LF || c === CR) {
        const record = this.#take();
        this.#row++;
        this.#line++;
        this.#recordRow = this.#row;
        this.#recordLine = this.#line;
        if (record) yield record;
      } else if (c === QUOTE) {
        this.#field += '"';
      } else {
        const end = runEnd(chunk, i, false);
        this.#field += chunk.slice(i, end);
        i = end - 1;
      }
    }
  }

  /** Ends the text, yielding the last record when it has no line end. */
  *end(): Generator<CsvRecord, void, undefined> {
    if (this.#quoted && !this.#quotePending && this.#strict) {
      throw new CsvSyntaxError(this.#recordRow, 'unterminated quoted field', this.#recordLine);
    }
    this.#quoted = false;
    this.#quotePending = false;
    const record = this.#take();
    if (record) yield record;
  }

  /** The record read so far (undefined for a blank line), and a fresh start. */
  #take(): CsvRecord | undefined {
    const blank = !this.#started && this.#field === '';
    this.#fields.push(this.#field);
    const record = blank ? undefined : { row: this.#recordRow, line: this.#recordLine, fields: this.#fields };
    this.#fields = [];
    this.#field = '';
    this.#started = false;
    return record;
  }
}

/** The end of the run of characters from `from` that need no care: no quote, line break (or comma, unquoted). */
function runEnd(text: string, from: number, quoted: boolean): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === CR || c === LF || (c === COMMA && !quoted)) break;
  }
  return i;
}

/** Yields the records of CSV text, one at a time, so a caller that stops early parses no further. @internal */
export function* csvRecords(text: string, options: CsvReadOptions = {}): Generator<CsvRecord, void, undefined> {
  const reader = new CsvReader(options);
  yield* reader.feed(text);
  yield* reader.end();
}

/** Yields the records of CSV text that arrives in chunks (a stream's), holding one record at a time. @internal */
export async function* csvRecordsOf(chunks: AsyncIterable<string> | Iterable<string>, options: CsvReadOptions = {}): AsyncGenerator<CsvRecord, void, undefined> {
  const reader = new CsvReader(options);
  for await (const chunk of chunks) yield* reader.feed(chunk);
  yield* reader.end();
}

/** Writes rows as CSV with CRLF line ends, quoting only the fields that need it. @internal */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((fields) => fields.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
