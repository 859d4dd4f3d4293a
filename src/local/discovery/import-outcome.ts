import type { FailedRow } from './errors-archive.js';
import { readImportFile } from './import-file.js';
import type { ImportOutcome, ImportOutcomeStatus } from './task-record.js';

/** The account-wide quotas an import is checked against. @internal */
export interface ImportLimits {
  /** Largest import file, in bytes. */
  readonly maxFileBytes: number;
  /** Server records the account may hold over all its imports. */
  readonly maxImportedRecords: number;
  /** Servers one application may group. */
  readonly maxServersPerApplication: number;
  /** Applications the account may hold. */
  readonly maxApplications: number;
  /** Tags per server record. */
  readonly maxTagsPerServer: number;
}

/** What the account holds before this import. @internal */
export interface AccountUsage {
  /** Server records held by earlier imports. */
  readonly records: number;
  /** Application → servers grouped, over earlier imports. */
  readonly applications: ReadonlyMap<string, number>;
}

/** An outcome without its archive location, plus what the archive must hold. @internal */
export interface EvaluatedImport {
  /** The outcome. */
  readonly outcome: Omit<ImportOutcome, 'archive'>;
  /** The header and failed rows, when rows failed. */
  readonly failures?: { readonly header: readonly string[]; readonly rows: readonly FailedRow[] };
}

const EMPTY: Omit<ImportOutcome, 'status'> = {
  serverImportSuccess: 0,
  serverImportFailure: 0,
  applicationImportSuccess: 0,
  applicationImportFailure: 0,
  applications: new Map(),
};

function failed(status: ImportOutcomeStatus, classified: boolean): EvaluatedImport {
  return { outcome: { ...EMPTY, status, ...(classified ? { fileClassification: 'IMPORT_TEMPLATE' as const } : {}) } };
}

/**
 * Decides an import's outcome from the file's bytes (undefined when the object does not exist) and the account's
 * usage: a missing or oversized file fails (IMPORT_FAILED); a file refused whole is unsupported; going over the record
 * or servers-per-application quota fails the whole import; otherwise rows fail one by one.
 * @internal
 */
export function evaluateImport(bytes: Uint8Array | undefined, usage: AccountUsage, limits: ImportLimits): EvaluatedImport {
  if (bytes === undefined || bytes.byteLength > limits.maxFileBytes) return failed('IMPORT_FAILED', false);
  const file = readImportFile(bytes, limits.maxTagsPerServer);
  if (file.kind === 'refused') return failed('IMPORT_FAILED_UNSUPPORTED_FILE_TYPE', false);

  const knownApps = new Set(usage.applications.keys());
  const servers = new Map<string, number>();
  for (const row of file.rows) {
    if (row.problems.length > 0) continue;
    const added = [...new Set(row.applications)].filter((app) => !knownApps.has(app));
    if (knownApps.size + added.length > limits.maxApplications) {
      row.problems.push({
        code: 'application-quota',
        message: `applications ${added.map((app) => `"${app}"`).join(', ')} would exceed the limit of ${limits.maxApplications} applications`,
      });
      continue;
    }
    for (const app of added) knownApps.add(app);
    for (const app of row.applications) servers.set(app, (servers.get(app) ?? 0) + 1);
  }
  const ok = file.rows.filter((row) => row.problems.length === 0);
  const bad = file.rows.filter((row) => row.problems.length > 0);
  if (usage.records + ok.length > limits.maxImportedRecords) return failed('IMPORT_FAILED_RECORD_LIMIT_EXCEEDED', true);
  for (const [app, count] of servers) {
    if ((usage.applications.get(app) ?? 0) + count > limits.maxServersPerApplication) return failed('IMPORT_FAILED_SERVER_LIMIT_EXCEEDED', true);
  }

  const okApps = new Set(ok.flatMap((row) => row.applications));
  const badApps = new Set(bad.flatMap((row) => row.applications).filter((app) => !okApps.has(app)));
  const status: ImportOutcomeStatus = bad.length === 0 ? 'IMPORT_COMPLETE' : ok.length > 0 ? 'IMPORT_COMPLETE_WITH_ERRORS' : 'IMPORT_FAILED';
  return {
    outcome: {
      status,
      fileClassification: 'IMPORT_TEMPLATE',
      serverImportSuccess: ok.length,
      serverImportFailure: bad.length,
      applicationImportSuccess: okApps.size,
      applicationImportFailure: badApps.size,
      applications: servers,
    },
    ...(bad.length > 0 ? { failures: { header: file.header, rows: bad.map((row) => ({ ...row, errors: row.problems.map((p) => p.message) })) } } : {}),
  };
}
