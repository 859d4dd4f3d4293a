/**
 * The one streaming pass behind `validateImportFile`: bytes → UTF-8 text → CSV records → a template's rules, one
 * record at a time, so memory stays flat whatever the file's size. The rules themselves live beside each service.
 * @internal
 * @module
 */
import { CsvReader, CsvSyntaxError, type CsvRecord } from './csv.js';
import { sourceBytes, type CsvSource } from './csv-source.js';
import { ProblemSink, type ImportFileCounts, type ImportFileReport, type ImportFileTemplate, type ImportProblemSeverity } from './csv-report.js';

/** One data row as a template's rules see it. @internal */
export interface RowContext<Code extends string> {
  /** The row's number, by the template's numbering rule. */
  readonly row: number;
  /** The row's raw fields, in header order. */
  readonly fields: readonly string[];
  /** The trimmed value of `column` ('' when the column or the field is absent). */
  cell(column: string): string;
  /** Reports a problem in this row. @default severity 'error' */
  problem(code: Code, message: string, column?: string, value?: string, severity?: ImportProblemSeverity): void;
  /** Whether an error was reported for this row so far. */
  readonly failed: boolean;
}

/** A template's checks of one file, made from its header. @internal */
export interface TemplateChecker<Code extends string> {
  /** Checks one data row (problems go through `ctx.problem`). */
  row(ctx: RowContext<Code>): void;
  /** After the last row: file-level problems (limits) and the counts. */
  finish(sink: ProblemSink<Code>): ImportFileCounts;
}

/** A template: how to read its file and how to check it. @internal */
export interface TemplateRules<Code extends string> {
  /** Which template this is. */
  readonly template: ImportFileTemplate;
  /** `line`: physical line numbers; `row`: spreadsheet rows (see docs/import-files.md). */
  readonly numbering: 'line' | 'row';
  /** Refuse malformed quoting (as a `csv-syntax` problem ending the read) instead of reading it leniently. */
  readonly strict: boolean;
  /** Checks the header (trimmed names); undefined when the file is refused as a whole and reading stops. */
  header(columns: readonly string[], sink: ProblemSink<Code>): TemplateChecker<Code> | undefined;
  /** Called once the size is known, for a file-size limit. */
  size?(bytes: number, sink: ProblemSink<Code>): void;
}

/** Options of {@link checkImportFile}. @internal */
export interface CheckOptions {
  /** Problems kept in the report. */
  readonly maxProblems: number;
  /** The field naming the source in a ValidationError. */
  readonly field: string;
  /** Stops reading; the promise rejects with `signal.reason`. */
  readonly signal?: AbortSignal | undefined;
}

type Shared = 'not-utf8' | 'binary-content' | 'empty-file' | 'duplicate-column' | 'csv-syntax';

/** Reads `source` once, in chunks, through `rules`, and builds the report. @internal */
export async function checkImportFile<Code extends string>(
  source: CsvSource,
  rules: TemplateRules<Code | Shared>,
  options: CheckOptions,
): Promise<ImportFileReport<Code | Shared>> {
  const sink = new ProblemSink<Code | Shared>(options.maxProblems);
  const reader = new CsvReader({ strict: rules.strict });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const numberOf = (record: CsvRecord | CsvSyntaxError): number => (rules.numbering === 'line' ? record.line : record.row);
  const fileProblem = (code: Shared, message: string): false => (sink.add({ code, severity: 'error', message }), false);
  let bytes = 0;
  let rows = 0;
  let rowsWithErrors = 0;
  let header: readonly string[] | undefined;
  let columns = new Map<string, number>();
  let checker: TemplateChecker<Code | Shared> | undefined;
  // One context, reused row after row: a large file makes no garbage per row beyond its fields.
  const row = new Row<Code | Shared>(sink);

  /** Handles one record; false once reading should stop. */
  const take = (record: CsvRecord): boolean => {
    if (record.fields.every((field) => field.trim() === '')) return true;
    if (header === undefined) {
      header = record.fields.map((name) => name.trim());
      columns = new Map(header.map((name, i) => [name, i] as const));
      const duplicate = header.find((name, i) => name !== '' && header?.indexOf(name) !== i);
      if (duplicate !== undefined) fileProblem('duplicate-column', `column ${duplicate} appears more than once in the header`);
      checker = rules.header(header, sink);
      return checker !== undefined && duplicate === undefined;
    }
    rows++;
    row.reset(record, numberOf(record), columns);
    const ctx = row;
    checker?.row(ctx);
    if (ctx.failed) rowsWithErrors++;
    return true;
  };

  const read = async (): Promise<void> => {
    for await (const chunk of sourceBytes(source, options.field, options.signal)) {
      bytes += chunk.byteLength;
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        return void fileProblem('not-utf8', 'the file is not UTF-8 text');
      }
      if (text.includes('\0')) return void fileProblem('binary-content', 'the file holds binary data (a NUL character), not CSV text');
      for (const record of reader.feed(text)) if (!take(record)) return;
    }
    try {
      decoder.decode();
    } catch {
      return void fileProblem('not-utf8', 'the file is not UTF-8 text: it ends inside a character');
    }
    for (const record of reader.end()) if (!take(record)) return;
    if (header === undefined) fileProblem('empty-file', 'the file has no header row: it is empty or blank');
  };

  let malformed = false;
  try {
    await read();
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    malformed = true;
    const problem = error.message.replace(/^record \d+: /, '');
    sink.add({ code: 'csv-syntax', severity: 'error', row: numberOf(error), message: `malformed CSV: ${problem}; the whole file is refused` });
  }
  rules.size?.(bytes, sink);
  const none = { servers: 0, applications: 0, ...(rules.template === 'mgn' ? { waves: 0 } : {}) };
  const finished = checker?.finish(sink);
  // A file refused as a whole (any file-level error) imports nothing.
  const counts = finished === undefined || malformed || sink.fileErrors > 0 ? none : finished;
  return {
    template: rules.template,
    ok: sink.errors === 0,
    bytes,
    rows,
    rowsWithErrors,
    errors: sink.errors,
    warnings: sink.warnings,
    problems: sink.problems,
    problemsOmitted: sink.omitted,
    counts,
  };
}

/** The {@link RowContext} of the row being checked. */
class Row<Code extends string> implements RowContext<Code> {
  readonly #sink: ProblemSink<Code>;
  #columns: ReadonlyMap<string, number> = new Map();
  row = 0;
  fields: readonly string[] = [];
  failed = false;

  constructor(sink: ProblemSink<Code>) {
    this.#sink = sink;
  }

  reset(record: CsvRecord, row: number, columns: ReadonlyMap<string, number>): void {
    this.row = row;
    this.fields = record.fields;
    this.failed = false;
    this.#columns = columns;
  }

  cell(column: string): string {
    const at = this.#columns.get(column);
    return at === undefined ? '' : (this.fields[at] ?? '').trim();
  }

  problem(code: Code, message: string, column?: string, value?: string, severity: ImportProblemSeverity = 'error'): void {
    const problem = { code, severity, row: this.row, message, ...(column !== undefined ? { column } : {}), ...(value !== undefined ? { value } : {}) };
    if (this.#sink.add(problem)) this.failed = true;
  }
}
