import { readImportCsv } from '../import-csv.js';
import type { Inventory } from './inventory.js';
import { checkHeader, checkRow, LAUNCH_PREFIX, type MgnProblem, type RowNames } from './import-rules.js';

/** One import error in wire form (ListImportErrors `items[]`, without its timestamp), with its code. @internal */
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
  /** The docs/import-files.md code (not sent on the wire). */
  readonly code?: string;
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
  /** Data records read (the header and blank records excluded). */
  readonly rows: number;
  /** Row-level (and file-level) errors, in row order. */
  readonly errors: ImportErrorRecord[];
  /** Counts per resource type, in ImportTaskSummary's wire shape. */
  readonly summary: { readonly servers: Counts; readonly applications: Counts; readonly waves: Counts };
}

/**
 * Runs an MGN import file against `inventory`, applying every valid row in order (servers are recognised by
 * `mgn:server:user-provided-id` or `mgn:server:id`, applications and waves by name or id) and returning the counts and
 * the errors, each numbered by its spreadsheet row (blank lines count; quoted line breaks do not). Nothing is applied
 * when the file itself is refused (missing, not UTF-8, binary, malformed CSV, empty, a bad header). @internal
 */
export function runImport(body: Uint8Array | undefined, where: string, inventory: Inventory, accountId: string): ImportOutcome {
  const summary = { servers: counts(), applications: counts(), waves: counts() };
  const refuse = (problems: readonly MgnProblem[], rows = 0, rowNumber?: number): ImportOutcome => ({
    failure: `${where}: ${problems.map((p) => p.message).join('; ')}`,
    rows,
    errors: problems.map((p) => ({ errorType: 'PROCESSING_ERROR', errorData: { ...(rowNumber ? { rowNumber } : {}), rawError: p.message }, code: p.code })),
    summary,
  });
  if (body === undefined) return refuse([{ code: 'missing-object', message: `The object ${where} does not exist` }]);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return refuse([{ code: 'not-utf8', message: 'not a CSV file: it is not UTF-8 text' }]);
  }
  if (text.includes('\0')) return refuse([{ code: 'binary-content', message: 'not a CSV file: it contains binary data' }]);
  const { records: all, syntax } = readImportCsv(text, true);
  const [head, ...records] = all.filter((record) => !record.blank);
  const header = head?.fields.map((f) => f.trim()) ?? [];
  const headerProblems = head ? checkHeader(header) : [];
  if (syntax) {
    // A header that is not an MGN header, or names a column twice, refuses the file before its rows are read.
    const fatal = headerProblems.filter((p) => p.code === 'no-mgn-columns' || p.code === 'duplicate-column');
    if (fatal.length > 0) return refuse(fatal);
    const problems = [...headerProblems, { code: 'csv-syntax', message: `not a valid CSV file: ${syntax.problem} in row ${syntax.row}` }];
    return { ...refuse(problems), errors: problems.map((p) => ({ errorType: 'PROCESSING_ERROR' as const, errorData: { ...(p.code === 'csv-syntax' ? { rowNumber: syntax.row } : {}), rawError: p.message }, code: p.code })) };
  }
  if (!head) return refuse([{ code: 'empty-file', message: 'the file is empty' }]);
  if (headerProblems.length > 0) return refuse(headerProblems, records.length);

  const errors: ImportErrorRecord[] = [];
  const given = new Map<string, string>(); // "<resource key>|<property>" → the value an earlier row gave it
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
    const serverById = [...inventory.servers.values()].find((s) => s.id === cell('mgn:server:id'));
    const appById = [...inventory.applications.values()].find((a) => a.id === cell('mgn:app:id'));
    const waveById = [...inventory.waves.values()].find((w) => w.id === cell('mgn:wave:id'));
    const names: RowNames = {
      server: cell('mgn:server:user-provided-id') || (cell('mgn:server:id') ? (serverById?.userProvidedId ?? `#${cell('mgn:server:id')}`) : ''),
      app: cell('mgn:app:name') || (cell('mgn:app:id') ? (appById?.name ?? `#${cell('mgn:app:id')}`) : ''),
      wave: cell('mgn:wave:name') || (cell('mgn:wave:id') ? (waveById?.name ?? `#${cell('mgn:wave:id')}`) : ''),
    };
    const account = cell('mgn:account-id');
    const problems: MgnProblem[] = account && /^\d{12}$/.test(account) && account !== accountId ? [{ code: 'account-mismatch', message: `mgn:account-id ${account} is not this account (${accountId})` }] : [];
    const fileProblems = checkRow(record.fields, header, cell, names);
    const values = fileProblems.length === 0 ? rowValues(header, cell, names) : [];
    for (const [key, value] of values) {
      const earlier = given.get(key);
      if (earlier !== undefined && earlier !== value) fileProblems.push({ code: 'conflicting-value', message: `${key.replace('|', ': ')} is "${value}" here but "${earlier}" in an earlier row` });
    }
    // What a row gives counts for the rows after it when the file itself holds nothing against the row, even if the
    // account then refuses it (a new server without a platform): the conflict is in the file either way.
    if (fileProblems.length === 0) for (const [key, value] of values) given.set(key, value);
    problems.push(...fileProblems);
    if (problems.length === 0) problems.push(...accountProblems(names, cell, inventory, given, seen.servers));
    if (problems.length > 0) {
      const ids = {
        ...optional('sourceServerID', inventory.servers.get(names.server)?.id),
        ...optional('applicationID', inventory.applications.get(names.app)?.id),
        ...optional('waveID', inventory.waves.get(names.wave)?.id),
        ...optional('accountID', /^\d{12}$/.test(cell('mgn:account-id')) ? cell('mgn:account-id') : undefined),
      };
      for (const p of problems) errors.push({ errorType: 'VALIDATION_ERROR', errorData: { rowNumber: record.row, rawError: p.message, ...ids }, code: p.code });
      continue;
    }
    let waveId: string | undefined;
    if (names.wave) {
      const { wave, created } = inventory.upsertWave(names.wave);
      if (cell('mgn:wave:description')) wave.description = cell('mgn:wave:description');
      wave.tags = { ...wave.tags, ...tagsOf(header, cell, 'mgn:wave:tag:') };
      tally('waves', names.wave, created);
      waveId = wave.id;
    }
    let appId: string | undefined;
    if (names.app) {
      const { app, created } = inventory.upsertApplication(names.app);
      if (cell('mgn:app:description')) app.description = cell('mgn:app:description');
      app.tags = { ...app.tags, ...tagsOf(header, cell, 'mgn:app:tag:') };
      if (waveId) app.waveId = waveId;
      tally('applications', names.app, created);
      appId = app.id;
    }
    if (names.server) {
      const { server, created } = inventory.upsertServer(names.server, cell('mgn:server:platform').toUpperCase());
      if (cell('mgn:server:platform')) server.platform = cell('mgn:server:platform').toUpperCase();
      if (cell('mgn:server:fqdn-for-action-framework')) server.fqdn = cell('mgn:server:fqdn-for-action-framework');
      server.tags = { ...server.tags, ...tagsOf(header, cell, 'mgn:server:tag:') };
      const launch = { ...server.launch };
      for (const column of header) if (column.startsWith(LAUNCH_PREFIX) && cell(column)) launch[column] = cell(column);
      server.launch = launch;
      if (appId) server.applicationId = appId;
      tally('servers', names.server, created);
    }
  }
  return { rows: records.length, errors, summary };
}

/** What depends on the account's inventory rather than the file: ids that name nothing, a new server's platform. */
function accountProblems(
  names: RowNames,
  cell: (column: string) => string,
  inventory: Inventory,
  given: ReadonlyMap<string, string>,
  seenServers: ReadonlySet<string>,
): MgnProblem[] {
  const problems: MgnProblem[] = [];
  for (const [name, what] of [[names.server, 'server'], [names.app, 'application'], [names.wave, 'wave']] as const) {
    if (name.startsWith('#')) problems.push({ code: 'unknown-resource', message: `no ${what} has the id ${name.slice(1)}` });
  }
  const isNew = names.server && !inventory.servers.has(names.server) && !seenServers.has(names.server);
  if (isNew && !cell('mgn:server:platform') && !given.has(`server ${names.server}|platform`)) {
    problems.push({ code: 'platform-missing', message: `mgn:server:platform is required for a new server (${names.server})` });
  }
  return problems;
}

/** The values a row gives its resources, as `"<resource>|<property>"` keys, for the conflicting-value rule. */
function rowValues(header: readonly string[], cell: (column: string) => string, names: RowNames): [string, string][] {
  const values: [string, string][] = [];
  const give = (resource: string, property: string, value: string): void => {
    if (resource.endsWith(' ') || value === '') return;
    values.push([`${resource}|${property}`, value]);
  };
  const server = `server ${names.server}`;
  const app = `application ${names.app}`;
  const wave = `wave ${names.wave}`;
  give(server, 'platform', cell('mgn:server:platform').toUpperCase());
  give(server, 'fqdn', cell('mgn:server:fqdn-for-action-framework'));
  if (names.server) give(server, 'application', names.app);
  give(app, 'description', cell('mgn:app:description'));
  if (names.app) give(app, 'wave', names.wave);
  give(wave, 'description', cell('mgn:wave:description'));
  for (const [prefix, resource] of [['mgn:server:tag:', server], ['mgn:app:tag:', app], ['mgn:wave:tag:', wave]] as const) {
    for (const column of header) if (column.startsWith(prefix)) give(resource, `tag ${column.slice(prefix.length)}`, cell(column));
  }
  return values;
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
