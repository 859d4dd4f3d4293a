/**
 * What a pre-flight check of an import file finds: the report, its problems and the error that carries it.
 * @module
 */
import { MigrationKitError } from './errors.js';

/** The import templates `validateImportFile` knows. */
export type ImportFileTemplate = 'discovery' | 'mgn';

/** Problem codes every template shares (the file as a whole). */
export type CommonImportProblemCode = 'not-utf8' | 'binary-content' | 'empty-file' | 'duplicate-column';

/** `error`: the service refuses the row (or the file). `warning`: it may, depending on what the account holds. */
export type ImportProblemSeverity = 'error' | 'warning';

/** One thing wrong with an import file. */
export interface ImportFileProblem<Code extends string = string> {
  /** A stable identifier of the rule (see docs/import-files.md); compare on it, not on the message. */
  readonly code: Code;
  /** Whether the service refuses the row (`error`) or might (`warning`). */
  readonly severity: ImportProblemSeverity;
  /** The 1-based row number, by the template's numbering rule; absent for a problem of the whole file. */
  readonly row?: number;
  /** The column at fault, as named in the header. */
  readonly column?: string;
  /** The offending value (cut to 200 characters). */
  readonly value?: string;
  /** What is wrong and how to fix it, for people. */
  readonly message: string;
}

/** What an import would create or update, by kind, counting only rows without errors. */
export interface ImportFileCounts {
  /** Servers (Discovery: data rows without errors; MGN: distinct servers). */
  readonly servers: number;
  /** Distinct applications. */
  readonly applications: number;
  /** Distinct waves (MGN only). */
  readonly waves?: number;
}

/** The result of `validateImportFile`: plain data, safe to `JSON.stringify`. */
export interface ImportFileReport<Code extends string = string> {
  /** The template the file was checked against. */
  readonly template: ImportFileTemplate;
  /** True when there is no `error` problem: the service should accept every row (warnings allowed). */
  readonly ok: boolean;
  /** The file's size in bytes (as far as it was read). */
  readonly bytes: number;
  /** Data rows read: records after the header that are not blank. */
  readonly rows: number;
  /** Data rows with at least one error. */
  readonly rowsWithErrors: number;
  /** Problems of severity `error`, including those left out of `problems`. */
  readonly errors: number;
  /** Problems of severity `warning`, including those left out of `problems`. */
  readonly warnings: number;
  /** The problems, in file order (file-level ones about the header first, limits last), up to `maxProblems`. */
  readonly problems: readonly ImportFileProblem<Code>[];
  /** Problems found beyond `maxProblems` and left out of `problems`. */
  readonly problemsOmitted: number;
  /** What the import would create or update from the rows without errors. */
  readonly counts: ImportFileCounts;
}

/** `importFile()` refused a file before uploading it: `report` says why. Nothing was sent to AWS. */
export class ImportFileError<Code extends string = string> extends MigrationKitError {
  override readonly name = 'ImportFileError' as const;
  /** The full pre-flight report. */
  readonly report: ImportFileReport<Code>;

  /** @param report - The report with at least one error. */
  constructor(report: ImportFileReport<Code>) {
    const first = report.problems.find((p) => p.severity === 'error');
    const where = first?.row === undefined ? '' : ` (row ${first.row}${first.column ? `, ${first.column}` : ''})`;
    super(
      `The ${report.template} import file has ${plural(report.errors, 'error')}` +
        (first ? `; the first${where}: ${first.message}` : '') +
        '. Nothing was uploaded; see error.report.',
    );
    this.report = report;
  }
}

/** Collects problems up to a cap, counting all of them. @internal */
export class ProblemSink<Code extends string> {
  readonly #max: number;
  readonly problems: ImportFileProblem<Code>[] = [];
  errors = 0;
  warnings = 0;
  /** Errors of the whole file (no row): the service refuses the file. */
  fileErrors = 0;
  omitted = 0;

  /** @param max - Problems kept in the report. */
  constructor(max: number) {
    this.#max = max;
  }

  /** Records one problem; returns true when it is an error. */
  add(problem: ImportFileProblem<Code>): boolean {
    if (problem.severity === 'error') this.errors++;
    else this.warnings++;
    if (problem.severity === 'error' && problem.row === undefined) this.fileErrors++;
    if (this.problems.length < this.#max) {
      this.problems.push(problem.value !== undefined && problem.value.length > 200 ? { ...problem, value: `${problem.value.slice(0, 197)}...` } : problem);
    } else this.omitted++;
    return problem.severity === 'error';
  }
}

/**
 * The report as a person reads it: a summary line, then one line per problem (`row 4, IPAddress: …`).
 * @example
 * ```ts
 * // fragment: needs a report from validateImportFile
 * console.log(formatImportFileReport(report));
 * ```
 */
export function formatImportFileReport(report: ImportFileReport): string {
  const { servers, applications, waves } = report.counts;
  const counts = [plural(servers, 'server'), plural(applications, 'application'), ...(waves === undefined ? [] : [plural(waves, 'wave')])].join(', ');
  const lines = [
    `${report.template} import file: ${plural(report.rows, 'row')}, ${report.bytes.toLocaleString('en-US')} bytes — ` +
      (report.ok ? 'OK' : `${plural(report.errors, 'error')} in ${plural(report.rowsWithErrors, 'row')}`) +
      (report.warnings > 0 ? `, ${plural(report.warnings, 'warning')}` : '') +
      `; would import ${counts}`,
  ];
  for (const p of report.problems) {
    const where = [p.row === undefined ? 'file' : `row ${p.row}`, p.column].filter(Boolean).join(', ');
    lines.push(`  ${p.severity === 'error' ? 'error  ' : 'warning'} ${where}: ${p.message} [${p.code}]`);
  }
  if (report.problemsOmitted > 0) lines.push(`  … and ${report.problemsOmitted} more`);
  return lines.join('\n');
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
