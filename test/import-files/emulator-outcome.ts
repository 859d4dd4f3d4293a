/**
 * The emulators' import outcome of a file, in-process (no HTTP), reduced to what the property test compares:
 * file-level codes, and `row:code` pairs for the rows that fail.
 * @module
 */
import { readImportFile } from '../../src/local/discovery/import-file.js';
import { evaluateImport } from '../../src/local/discovery/import-outcome.js';
import { IdFactory } from '../../src/local/mgn/ids.js';
import { runImport } from '../../src/local/mgn/import-file.js';
import { Inventory } from '../../src/local/mgn/inventory.js';
import type { Template } from './csv-generator.js';

/** The emulated account the MGN files are imported into. */
export const ACCOUNT_ID = '111122223333';

/** What an import made of a file. */
export interface Outcome {
  /** Codes of the problems that refuse the whole file (sorted, distinct). */
  readonly fileCodes: readonly string[];
  /** `"<row>:<code>"` for each failing row's problems (sorted, distinct). */
  readonly rowCodes: readonly string[];
  /** Data records read, when the file was not refused. */
  readonly rows?: number;
  /** Discovery: the number of each data record read, in order. */
  readonly rowNumbers?: readonly number[];
  /** Discovery: the applications the rows without errors create, each with the number of servers it groups. */
  readonly applications?: Readonly<Record<string, number>>;
  /** Distinct applications the import creates (Discovery's `applicationImportSuccess`; the library's `counts.applications`). */
  readonly applicationCount?: number;
}

/** No quota in the way: the generated files are small, and quotas are not what the property test compares. */
const NO_QUOTAS = { maxFileBytes: 10_000_000, maxImportedRecords: 1e9, maxServersPerApplication: 1e9, maxApplications: 1e9, maxTagsPerServer: 30 };
const EMPTY_ACCOUNT = { records: 0, applications: new Map<string, number>() };

const distinct = (items: Iterable<string>): string[] => [...new Set(items)].sort();

/** Discovery's emulator on `text` (file-size and account quotas aside: the generated files are small). */
export function discoveryOutcome(text: string): Outcome {
  const bytes = new TextEncoder().encode(text);
  const file = readImportFile(bytes, 30);
  if (file.kind === 'refused') return { fileCodes: [file.code], rowCodes: [] };
  const { outcome } = evaluateImport(bytes, EMPTY_ACCOUNT, NO_QUOTAS);
  return {
    fileCodes: [],
    rowCodes: distinct(file.rows.flatMap((row) => row.problems.map((p) => `${row.rowNumber}:${p.code}`))),
    rows: file.rows.length,
    rowNumbers: file.rows.map((row) => row.rowNumber),
    applications: Object.fromEntries([...outcome.applications].sort(([a], [b]) => (a < b ? -1 : 1))),
    applicationCount: outcome.applicationImportSuccess,
  };
}

/**
 * MGN's emulator on `text`, into an empty inventory. `platform-missing` (a new server without a platform) is an
 * error here, where the account is known; the pre-flight check can only warn, so it is returned apart.
 */
export function mgnOutcome(text: string): Outcome & { readonly platformMissing: readonly string[] } {
  const outcome = runImport(new TextEncoder().encode(text), 's3://bucket/file.csv', new Inventory(new IdFactory(1)), ACCOUNT_ID);
  const pairs = outcome.errors.map((e) => ({ row: e.errorData.rowNumber, code: e.code ?? 'uncoded' }));
  if (outcome.failure !== undefined) {
    const syntax = pairs.filter((p) => p.code === 'csv-syntax').map((p) => `${p.row}:${p.code}`);
    return { fileCodes: distinct(pairs.map((p) => p.code)), rowCodes: distinct(syntax), platformMissing: [] };
  }
  return {
    fileCodes: [],
    rowCodes: distinct(pairs.filter((p) => p.code !== 'platform-missing').map((p) => `${p.row}:${p.code}`)),
    platformMissing: distinct(pairs.filter((p) => p.code === 'platform-missing').map((p) => String(p.row))),
    rows: outcome.rows,
  };
}

/** The emulator outcome for `template`. */
export function emulatorOutcome(template: Template, text: string): Outcome {
  return template === 'discovery' ? discoveryOutcome(text) : mgnOutcome(text);
}
