import { checkImportFile, checkValidateOptions, type CsvSource, type ImportFileReport, type ValidateImportFileOptions } from '../core/index.js';
import { mgnTemplateRules, type MgnImportProblemCode } from './import-file-rules.js';

/**
 * Checks an MGN inventory import file on this machine, without any AWS call: the rows MGN would refuse, with
 * their row numbers, and the servers, applications and waves the import would create or update. Reads the file
 * once, in chunks, so memory stays flat. This entry point knows the MGN template only; the package root's
 * `validateImportFile` knows both.
 *
 * @param input - The CSV: its text, bytes, a `Blob`, a stream, or `{ path }` / a `file:` URL (Node).
 * @throws ValidationError for bad options or an unreadable `input`, before reading.
 * @example
 * ```ts
 * import { validateImportFile } from 'aws-migration-kit/mgn';
 * const report = await validateImportFile('mgn:server:user-provided-id,mgn:server:platform\nweb-1,SOLARIS\n', { template: 'mgn' });
 * console.log(report.problems.map((p) => `${p.row} ${p.code}`)); // [ '2 invalid-platform' ]
 * ```
 */
export async function validateImportFile(input: CsvSource, options: ValidateImportFileOptions<'mgn'>): Promise<ImportFileReport<MgnImportProblemCode>> {
  const { maxProblems, signal } = checkValidateOptions(options, ['mgn']);
  return checkImportFile(input, mgnTemplateRules, { maxProblems, signal, field: 'input' });
}
