import { checkImportFile, checkValidateOptions, type CsvSource, type ImportFileReport, type ImportFileTemplate, type ValidateImportFileOptions } from './core/index.js';
import { discoveryTemplateRules, type DiscoveryImportProblemCode } from './discovery/import-file-rules.js';
import { mgnTemplateRules, type MgnImportProblemCode } from './mgn/import-file-rules.js';

/**
 * Checks an import file on this machine, without any AWS call, against the official template of `template`:
 * `discovery` (the Migration Hub import template) or `mgn` (the MGN inventory file). The report lists the rows
 * the service would refuse (row numbers by each service's rule, a stable `code` per problem), what the import would
 * create, and the file-level limits. Reads the file once, in chunks: memory stays flat however large it is.
 *
 * @param input - The CSV: its text (a string is the content, never a path), bytes, a `Blob`, a web or Node stream,
 * or `{ path }` / a `file:` URL for a file on disk (Node).
 * @throws ValidationError for bad options or an unreadable `input`, before reading.
 * @example
 * ```ts
 * import { validateImportFile, formatImportFileReport } from 'aws-migration-kit';
 * const report = await validateImportFile('ExternalId,VMware.MoRefId\nsrv-1,vm-7\n', { template: 'discovery' });
 * console.log(formatImportFileReport(report));
 * ```
 */
export function validateImportFile(input: CsvSource, options: ValidateImportFileOptions<'discovery'>): Promise<ImportFileReport<DiscoveryImportProblemCode>>;
export function validateImportFile(input: CsvSource, options: ValidateImportFileOptions<'mgn'>): Promise<ImportFileReport<MgnImportProblemCode>>;
export function validateImportFile(input: CsvSource, options: ValidateImportFileOptions): Promise<ImportFileReport<ImportFileProblemCode>>;
export async function validateImportFile(input: CsvSource, options: ValidateImportFileOptions): Promise<ImportFileReport<ImportFileProblemCode>> {
  const { template, maxProblems, signal } = checkValidateOptions<ImportFileTemplate>(options, ['discovery', 'mgn']);
  const rules = template === 'discovery' ? discoveryTemplateRules : mgnTemplateRules;
  return checkImportFile<ImportFileProblemCode>(input, rules, { maxProblems, signal, field: 'input' });
}

/** Any template's problem code. */
export type ImportFileProblemCode = DiscoveryImportProblemCode | MgnImportProblemCode;
