import { isIP } from 'node:net';
import { readImportCsv } from '../import-csv.js';

// The Migration Hub import template as the emulator reads it: the rules and codes of docs/import-files.md
// ("Discovery"), written here apart from the library's pre-flight check so each can catch the other's bugs.

/** The import template's identifier columns: each row needs one (MoRefId and VCenterId count only together). */
const IDENTIFIERS = ['ExternalId', 'IPAddress', 'MACAddress', 'HostName'] as const;
const MOREF = 'VMware.MoRefId';
const VCENTER = 'VMware.VCenterId';
const SERVER_ID = 'ServerId';

/** Numeric columns of the template; the `*Pct*` ones are percentages. */
const INTEGER_COLUMNS = ['CPU.NumberOfProcessors', 'CPU.NumberOfCores', 'CPU.NumberOfLogicalCores'] as const;
const NUMBER_COLUMNS = [
  'RAM.TotalSizeInMB',
  'RAM.UsedSizeInMB.Avg',
  'RAM.UsedSizeInMB.Max',
  'CPU.UsagePct.Avg',
  'CPU.UsagePct.Max',
  'DiskReadsPerSecondInKB.Avg',
  'DiskWritesPerSecondInKB.Avg',
  'DiskReadsPerSecondInKB.Max',
  'DiskWritesPerSecondInKB.Max',
  'DiskReadsOpsPerSecond.Avg',
  'DiskWritesOpsPerSecond.Avg',
  'DiskReadsOpsPerSecond.Max',
  'DiskWritesOpsPerSecond.Max',
  'NetworkReadsPerSecondInKB.Avg',
  'NetworkWritesPerSecondInKB.Avg',
  'NetworkReadsPerSecondInKB.Max',
  'NetworkWritesPerSecondInKB.Max',
] as const;
const OTHER_COLUMNS = ['SMBiosId', 'VMware.VMName', 'OS.Name', 'OS.Version', 'CPU.Type', 'Applications', 'ApplicationWave', 'Tags'] as const;

const TEMPLATE_COLUMNS: ReadonlySet<string> = new Set([...IDENTIFIERS, MOREF, VCENTER, SERVER_ID, ...INTEGER_COLUMNS, ...NUMBER_COLUMNS, ...OTHER_COLUMNS]);
const MAC = /^(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$/;

/** A problem the emulator finds in a row, with the code docs/import-files.md gives it. @internal */
export interface RowProblem {
  /** The stable code, e.g. `missing-identifier`. */
  readonly code: string;
  /** The text written to the errors archive. */
  readonly message: string;
}

/** One data row of an import file and what is wrong with it. @internal */
export interface ImportRow {
  /** 1-based line the record starts on: the header's line is 1, blank lines and quoted line breaks count. */
  readonly rowNumber: number;
  /** The row's cells, in the file's column order. */
  readonly cells: readonly string[];
  /** Why the row cannot be imported; empty when it can. */
  readonly problems: RowProblem[];
  /**
   * The applications the row assigns its server to: the `Applications` cell split on commas, trimmed, empty entries
   * and repeats dropped (a server belongs to an application once, however often its row names it).
   */
  readonly applications: readonly string[];
}

/** What the emulator makes of an import file. @internal */
export type ImportFile =
  | { readonly kind: 'refused'; readonly code: string; readonly reason: string }
  | { readonly kind: 'template'; readonly header: readonly string[]; readonly rows: readonly ImportRow[] };

/**
 * Reads an import file: text that is not UTF-8, holds a NUL, has no header, no template column or a repeated
 * column is refused whole; otherwise each non-blank record after the header is checked on its own.
 * @internal
 */
export function readImportFile(bytes: Uint8Array, maxTagsPerServer: number): ImportFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { kind: 'refused', code: 'not-utf8', reason: 'the file is not UTF-8 text' };
  }
  if (text.includes('\0')) return { kind: 'refused', code: 'binary-content', reason: 'the file is binary, not CSV' };
  const records = readImportCsv(text, false).records.filter((record) => !record.blank);
  const [head, ...data] = records;
  if (!head) return { kind: 'refused', code: 'empty-file', reason: 'the file has no header' };
  const header = head.fields;
  const columns = header.map((name) => name.trim());
  if (!columns.some((name) => TEMPLATE_COLUMNS.has(name))) {
    return { kind: 'refused', code: 'no-template-columns', reason: 'the header has no column of the Migration Hub import template' };
  }
  const twice = columns.find((name, i) => name !== '' && columns.indexOf(name) !== i);
  if (twice !== undefined) return { kind: 'refused', code: 'duplicate-column', reason: `the column ${twice} appears twice` };
  const index = new Map(columns.map((name, i) => [name, i] as const));
  const rows = data.map((record): ImportRow => {
    const get = (name: string): string => {
      const at = index.get(name);
      return at === undefined ? '' : (record.fields[at] ?? '').trim();
    };
    return {
      rowNumber: record.line,
      cells: record.fields,
      problems: rowProblems(get, record.fields.length, columns.length, maxTagsPerServer),
      applications: [...new Set(list(get('Applications')))],
    };
  });
  return { kind: 'template', header, rows };
}

function rowProblems(get: (name: string) => string, width: number, headerWidth: number, maxTags: number): RowProblem[] {
  const problems: RowProblem[] = [];
  const add = (code: string, message: string): void => void problems.push({ code, message });
  if (width > headerWidth) add('too-many-fields', `the row has ${width} fields but the header has ${headerWidth}`);
  const moRef = get(MOREF);
  const vCenter = get(VCENTER);
  if (moRef && !vCenter) add('moref-without-vcenter', `${MOREF} is set but ${VCENTER} is empty: they identify a VM only together`);
  if (vCenter && !moRef) add('vcenter-without-moref', `${VCENTER} is set but ${MOREF} is empty: they identify a VM only together`);
  if (!IDENTIFIERS.some((name) => get(name) !== '') && !(moRef && vCenter) && !get(SERVER_ID)) {
    add('missing-identifier', `no identifier: set at least one of ${IDENTIFIERS.join(', ')}, ${SERVER_ID}, or ${MOREF} with ${VCENTER}`);
  }
  for (const ip of list(get('IPAddress'))) if (isIP(ip) === 0) add('invalid-ip', `IPAddress "${ip}" is not an IPv4 or IPv6 address`);
  for (const mac of list(get('MACAddress'))) if (!MAC.test(mac)) add('invalid-mac', `MACAddress "${mac}" is not a MAC address`);
  for (const name of INTEGER_COLUMNS) {
    const value = get(name);
    if (value && !/^\d+$/.test(value)) add('not-an-integer', `${name} "${value}" is not a whole number`);
  }
  for (const name of NUMBER_COLUMNS) {
    const value = get(name);
    if (!value) continue;
    if (!/^\d+(\.\d+)?$/.test(value)) add('not-a-number', `${name} "${value}" is not a number ≥ 0`);
    else if (name.includes('Pct') && Number(value) > 100) add('percent-out-of-range', `${name} ${value} is above 100`);
  }
  const tags = list(get('Tags'));
  for (const tag of tags) if (!/^[^:]+:/.test(tag)) add('invalid-tag', `Tags entry "${tag}" is not name:value`);
  if (tags.length > maxTags) add('too-many-tags', `${tags.length} tags exceed the limit of ${maxTags} tags per server`);
  const serverId = get(SERVER_ID);
  if (serverId && !/^d-server-[A-Za-z0-9]+$/.test(serverId)) add('invalid-server-id', `${SERVER_ID} "${serverId}" is not a server id (d-server-...)`);
  return problems;
}

/** A list cell's entries: split on commas (as the template says), trimmed, empty ones dropped. */
function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
