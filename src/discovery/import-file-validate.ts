import { checkImportFile, checkValidateOptions, type CsvSource, type ImportFileReport, type ValidateImportFileOptions } from '../core/index.js';
import { discoveryTemplateRules, type DiscoveryImportProblemCode } from './import-file-rules.js';

/**
 * Checks a Discovery import file (the Migration Hub import template) on this machine, without any AWS call: the
 * rows the service would refuse, with their line numbers, what the import would create, and the file-size limit.
 * Reads the file once, in chunks, so memory stays flat however large it is. This entry point knows the Discovery
 * template only; the package root's `validateImportFile` knows both.
 *
 * @param input - The CSV: its text, bytes, a `Blob`, a stream, or `{ path }` / a `file:` URL (Node).
 * @throws ValidationError for bad options or an unreadable `input`, before reading.
 * @example
 * ```ts
 * import { validateImportFile, formatImportFileReport } from 'aws-migration-kit/discovery';
 * const report = await validateImportFile('ExternalId,IPAddress\nsrv-1,10.0.0.300\n', { template: 'discovery' });
 * console.log(report.ok, report.problems[0]?.code); // false invalid-ip
 * console.log(formatImportFileReport(report));
 * ```
 */
export async function validateImportFile(
  input: CsvSource,
  options: ValidateImportFileOptions<'discovery'>,
): Promise<ImportFileReport<DiscoveryImportProblemCode>> {
  const { maxProblems, signal } = checkValidateOptions(options, ['discovery']);
  // The Discovery rules read leniently, so they never report 'csv-syntax'.
  return (await checkImportFile(input, discoveryTemplateRules, { maxProblems, signal, field: 'input' })) as ImportFileReport<DiscoveryImportProblemCode>;
}
