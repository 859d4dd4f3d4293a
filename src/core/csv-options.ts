/**
 * The options of `validateImportFile`, shared by the root and each service's entry point, declared on the schema
 * mechanism.
 * @module
 */
import type { ImportFileTemplate } from './csv-report.js';
import { integer, objectOf, oneOf, optional, parse, SIGNAL } from './schema/index.js';

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

/** The schema of {@link ValidateImportFileOptions} for an entry point that knows `templates`. @internal */
export function validateOptionsSchema<T extends ImportFileTemplate>(templates: readonly T[]) {
  return objectOf<ValidateImportFileOptions<T>>()({
    template: oneOf<T>(templates),
    maxProblems: optional(integer({ min: 0 })),
    signal: SIGNAL,
  });
}

/**
 * Checks `validateImportFile` options, refusing unknown keys, and returns them with defaults applied.
 * @throws ValidationError naming the field.
 * @internal
 */
export function checkValidateOptions<T extends ImportFileTemplate>(
  options: unknown,
  templates: readonly T[],
): { template: T; maxProblems: number; signal: AbortSignal | undefined } {
  const parsed = parse(validateOptionsSchema(templates), options);
  return { template: parsed.template, maxProblems: parsed.maxProblems ?? DEFAULT_MAX_PROBLEMS, signal: parsed.signal };
}
