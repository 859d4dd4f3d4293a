import { CsvSyntaxError, csvRecords, type CsvRecord } from '../../core/csv.js';
import type { Inventory } from './inventory.js';
import { checkHeader, checkRow, LAUNCH_PREFIX } from './import-rules.js';

/** One import error in wire form (ListImportErrors `items[]`, without its timestamp). @internal */
export interface ImportErrorRecord {
  /** `VALIDATION_ERROR` for a bad row, `PROCESSING_ERROR` when the file cannot be processed. */
  readonly errorType: 'VALIDATION_ERROR' | 'PROCESSING_ERROR';
  /** The ImportErrorData members that apply. */
  readonly errorData: {
    readonly rowNumber?: number;
    readonly rawError: string;
    readonly sourceServerID?: string;
    readonly applicationID?: string;
    readonly waveID?: string;
    readonly accountID?: string;
  };
}

/** Created and modified counts of one resource type. @internal */
export interface Counts {
  /** Resources the import created. */
  createdCount: number;
  /** Resources that existed and the import modified. */
  modifiedCount: number;
}

/** What an import did. @internal */
export interface ImportOutcome {
  /** Set when the whole file was refused (the import ends FAILED). */
  readonly failure?: string;
  /** Data records read (the header excluded). */
  readonly rows: number;
  /** Row-level (and file-level) errors, in row order. */
  readonly errors: ImportErrorRecord[];
  /** Counts per resource type, in ImportTaskSummary's wire shape. */
  readonly summary: { readonly servers: Counts; readonly applications: Counts; readonly waves: Counts };
}

/**
 * Runs an MGN import file against `inventory`, applying every valid row in order (servers are recognised by
 * `mgn:server:user-provided-id`, applications and waves by name) and returning the counts and the errors.
 * Nothing is applied when the file itself is refused (missing, binary, not CSV, no `mgn:` columns). @internal
 */
export function runImport(body: Uint8Array | undefined, where: string, inventory: Inventory, accountId: string): ImportOutcome {
  const summary = { servers: counts(), applications: counts(), waves: counts() };
  const refuse = (message: string, rows = 0): ImportOutcome => ({
    failure: message,
    rows,
    errors: [{ errorType: 'PROCESSING_ERROR', errorData: { rawError: message } }],
    summary,
  });
  if (body === undefined) return refuse(`The object ${where} does not exist`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return refuse(`${where} is not a CSV file: it is not UTF-8 text`);
  }
  if (text.includes('\0')) return refuse(`${where} is not a CSV file: it contains binary data`);
  let parsed: CsvRecord[];
  try {
    parsed = [...csvRecords(text, { strict: true })];
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return refuse(`${where} is not a valid CSV file: ${error.message}`);
  }
  const [head, ...records] = parsed;
  if (!head) return refuse(`${where} is empty`);
  const header = head.fields.map((f) => f.trim());
  const headerProblem = checkHeader(header);
  if (headerProblem) return refuse(`${where}: ${headerProblem}`, records.length);

  const errors: ImportErrorRecord[] = [];
  const seen = { servers: new Set<string>(), applications: new Set<string>(), waves: new Set<string>() };
  const tally = (kind: keyof typeof seen, key: string, created: boolean): void => {
    if (seen[kind].has(key)) return;
    seen[kind].add(key);
    summary[kind][created ? 'createdCount' : 'modifiedCount'] += 1;
  };
  for (const record of records) {
    const cell = (column: string): string => {
      const index = header.indexOf(column);
      return index < 0 ? '' : (record.fields[index] ?? '').trim();
    };
    const problems = checkRow(record, header, cell, inventory, accountId);
    const serverId = cell('mgn:server:user-provided-id');
    const appName = cell('mgn:app:name');
    const waveName = cell('mgn:wave:name');
    if (problems.length > 0) {
      const ids = {
        ...optional('sourceServerID', inventory.servers.get(serverId)?.id),
        ...optional('applicationID', inventory.applications.get(appName)?.id),
        ...optional('waveID', inventory.waves.get(waveName)?.id),
        ...optional('accountID', /^\d{12}$/.test(cell('mgn:account-id')) ? cell('mgn:account-id') : undefined),
      };
      for (const rawError of problems) errors.push({ errorType: 'VALIDATION_ERROR', errorData: { rowNumber: record.row, rawError, ...ids } });
      continue;
    }
    let waveId: string | undefined;
    if (waveName) {
      const { wave, created } = inventory.upsertWave(waveName);
      if (cell('mgn:wave:description')) wave.description = cell('mgn:wave:description');
      wave.tags = { ...wave.tags, ...tagsOf(header, cell, 'mgn:wave:tag:') };
      tally('waves', waveName, created);
      waveId = wave.id;
    }
    let appId: string | undefined;
    if (appName) {
      const { app, created } = inventory.upsertApplication(appName);
      if (cell('mgn:app:description')) app.description = cell('mgn:app:description');
      app.tags = { ...app.tags, ...tagsOf(header, cell, 'mgn:app:tag:') };
      if (waveId) app.waveId = waveId;
      tally('applications', appName, created);
      appId = app.id;
    }
    if (serverId) {
      const { server, created } = inventory.upsertServer(serverId, cell('mgn:server:platform').toUpperCase());
      if (cell('mgn:server:platform')) server.platform = cell('mgn:server:platform').toUpperCase();
      if (cell('mgn:server:fqdn-for-action-framework')) server.fqdn = cell('mgn:server:fqdn-for-action-framework');
      server.tags = { ...server.tags, ...tagsOf(header, cell, 'mgn:server:tag:') };
      const launch = { ...server.launch };
      for (const column of header) if (column.startsWith(LAUNCH_PREFIX) && cell(column)) launch[column] = cell(column);
      server.launch = launch;
      if (appId) server.applicationId = appId;
      tally('servers', serverId, created);
    }
  }
  return { rows: records.length, errors, summary };
}

function counts(): Counts {
  return { createdCount: 0, modifiedCount: 0 };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function tagsOf(header: readonly string[], cell: (column: string) => string, prefix: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const column of header) if (column.startsWith(prefix) && cell(column)) tags[column.slice(prefix.length)] = cell(column);
  return tags;
}
