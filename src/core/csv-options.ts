/**
 * The options of `validateImportFile`, shared by the root and each service's entry point.
 * @module
 */
import { ValidationError } from './errors.js';
import type { ImportFileTemplate } from './csv-report.js';
import { checkInteger, checkOneOf } from './validate.js';

/** Options of `validateImportFile`. */
export interface ValidateImportFileOptions<T extends ImportFileTemplate = ImportFileTemplate> {
  /** The import template to check against: `discovery` (Migration Hub import template) or `mgn` (MGN inventory). */
  readonly template: T;
  /** Problems kept in `report.problems`; the rest are counted in `problemsOmitted`. @default 1000 */
  readonly maxProblems?: number;
  /** Stops reading the file; the promise rejects with `signal.reason`. */
  readonly signal?: AbortSignal;
}

/** Problems kept in a report by default. */
export const DEFAULT_MAX_PROBLEMS = 1000;

const KEYS = ['template', 'maxProblems', 'signal'];

/**
 * Checks `validateImportFile` options, refusing unknown keys, and returns them with defaults applied.
 * @throws ValidationError naming the field.
 * @internal
 */
export function checkValidateOptions<T extends ImportFileTemplate>(
  options: unknown,
  templates: readonly T[],
): { template: T; maxProblems: number; signal: AbortSignal | undefined } {
  if (typeof options !== 'object' || options === null) throw new ValidationError('options', `must be an object with template (${templates.join(' or ')})`);
  const given = options as Partial<Record<string, unknown>>;
  for (const key of Object.keys(given)) {
    if (!KEYS.includes(key)) throw new ValidationError(`options.${key}`, `is not an option of validateImportFile (known: ${KEYS.join(', ')})`);
  }
  const signal = given['signal'];
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new ValidationError('options.signal', 'must be an AbortSignal');
  return {
    template: checkOneOf('options.template', given['template'], templates),
    maxProblems: given['maxProblems'] === undefined ? DEFAULT_MAX_PROBLEMS : checkInteger('options.maxProblems', given['maxProblems'], 0),
    signal,
  };
}
