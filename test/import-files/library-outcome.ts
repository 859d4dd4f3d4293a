/**
 * The library's pre-flight report of a file, reduced like the emulators' outcome (see emulator-outcome.ts): errors
 * that refuse the whole file, and `row:code` pairs for the rows that fail. Warnings are kept apart: the emulators
 * turn some of them into errors where the account decides (a new MGN server without a platform).
 * @module
 */
import { validateImportFile } from '../../src/index.js';
import type { Template } from './csv-generator.js';
import type { Outcome } from './emulator-outcome.js';

/** File-level codes that stop the emulators reading any row (the file is refused whole). */
const REFUSING: Readonly<Record<Template, ReadonlySet<string>>> = {
  discovery: new Set(['not-utf8', 'binary-content', 'empty-file', 'no-template-columns', 'duplicate-column', 'file-too-large']),
  mgn: new Set(['not-utf8', 'binary-content', 'empty-file', 'csv-syntax', 'no-mgn-columns', 'duplicate-column', 'unknown-column', 'invalid-tag-key']),
};

const distinct = (items: Iterable<string>): string[] => [...new Set(items)].sort();

/** The library's report of `text`, as an {@link Outcome}, plus the rows it warns `platform-missing` on. */
export async function libraryOutcome(template: Template, text: string): Promise<Outcome & { readonly platformMissing: readonly string[] }> {
  const report = await validateImportFile(text, { template, maxProblems: 100_000 });
  const errors = report.problems.filter((p) => p.severity === 'error');
  const refusing = errors.filter((p) => REFUSING[template].has(p.code));
  const platformMissing = distinct(report.problems.filter((p) => p.code === 'platform-missing').map((p) => String(p.row)));
  if (refusing.length > 0) {
    const syntax = refusing.filter((p) => p.code === 'csv-syntax').map((p) => `${p.row}:${p.code}`);
    return { fileCodes: distinct(refusing.map((p) => p.code)), rowCodes: distinct(syntax), platformMissing: [] };
  }
  return {
    fileCodes: [],
    rowCodes: distinct(errors.map((p) => `${p.row ?? '-'}:${p.code}`)),
    rows: report.rows,
    ...(template === 'discovery' ? { applicationCount: report.counts.applications } : {}),
    platformMissing,
  };
}
