import { isIP } from 'node:net';
import { csvRecords } from '../../core/csv.js';

/** The import template's identifier columns: each row needs one (MoRefId and VCenterId count only together). */
const IDENTIFIERS = ['ExternalId', 'IPAddress', 'MACAddress', 'HostName'] as const;
const MOREF = 'VMware.MoRefId';
const VCENTER = 'VMware.VCenterId';

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

const TEMPLATE_COLUMNS: ReadonlySet<string> = new Set([...IDENTIFIERS, MOREF, VCENTER, ...INTEGER_COLUMNS, ...NUMBER_COLUMNS, ...OTHER_COLUMNS]);
const MAC = /^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}$/;

/** One data row of an import file and what is wrong with it. @internal */
export interface ImportRow {
  /** 1-based line of the row in the file, the header being row 1 (as a spreadsheet numbers it). */
  readonly rowNumber: number;
  /** The row's cells, in the file's column order. */
  readonly cells: readonly string[];
  /** Why the row cannot be imported; empty when it can. */
  readonly errors: string[];
  /** The application names the row assigns its server to (`Applications`, `;`-separated). */
  readonly applications: readonly string[];
}

/** What the emulator makes of an import file. @internal */
export type ImportFile =
  | { readonly kind: 'unsupported'; readonly reason: string }
  | { readonly kind: 'template'; readonly header: readonly string[]; readonly rows: readonly ImportRow[] };

/**
 * Reads an import file: binary or non-UTF-8 content, and CSV without any import-template column, are unsupported;
 * otherwise each row is checked on its own (identifiers, VMware pairs, numbers, IPs, MACs, tags).
 * @internal
 */
export function readImportFile(bytes: Uint8Array, maxTagsPerServer: number): ImportFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'unsupported', reason: 'the file is not UTF-8 text' };
  }
  if (text.includes('\0')) return { kind: 'unsupported', reason: 'the file is binary, not CSV' };
  const [header = [], ...data] = Array.from(csvRecords(text), (record) => record.fields);
  const columns = header.map((name) => name.trim());
  if (!columns.some((name) => TEMPLATE_COLUMNS.has(name))) {
    return { kind: 'unsupported', reason: 'the header has no column of the Migration Hub import template' };
  }
  const index = new Map(columns.map((name, i) => [name, i] as const));
  const rows = data.map((cells, i): ImportRow => {
    const get = (name: string): string => {
      const at = index.get(name);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    return { rowNumber: i + 2, cells, errors: rowErrors(get, cells.length, columns.length, maxTagsPerServer), applications: list(get('Applications')) };
  });
  return { kind: 'template', header, rows };
}

function rowErrors(get: (name: string) => string, width: number, headerWidth: number, maxTags: number): string[] {
  const errors: string[] = [];
  if (width > headerWidth) errors.push(`the row has ${width} fields but the header has ${headerWidth}`);
  const moRef = get(MOREF);
  const vCenter = get(VCENTER);
  if (moRef && !vCenter) errors.push(`${MOREF} is set but ${VCENTER} is empty: they identify a VM only together`);
  if (vCenter && !moRef) errors.push(`${VCENTER} is set but ${MOREF} is empty: they identify a VM only together`);
  if (!IDENTIFIERS.some((name) => get(name) !== '') && !(moRef && vCenter)) {
    errors.push(`no identifier: set at least one of ${IDENTIFIERS.join(', ')}, or ${MOREF} with ${VCENTER}`);
  }
  for (const ip of list(get('IPAddress'), ',')) if (isIP(ip) === 0) errors.push(`IPAddress "${ip}" is not an IPv4 or IPv6 address`);
  for (const mac of list(get('MACAddress'), ',')) if (!MAC.test(mac)) errors.push(`MACAddress "${mac}" is not a MAC address`);
  for (const name of INTEGER_COLUMNS) {
    const value = get(name);
    if (value && !/^\d+$/.test(value)) errors.push(`${name} "${value}" is not a whole number`);
  }
  for (const name of NUMBER_COLUMNS) {
    const value = get(name);
    if (!value) continue;
    const n = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(n)) errors.push(`${name} "${value}" is not a number ≥ 0`);
    else if (name.includes('Pct') && n > 100) errors.push(`${name} ${value} is above 100`);
  }
  const tags = list(get('Tags'));
  for (const tag of tags) if (!/^[^:]+:.*$/.test(tag)) errors.push(`Tags entry "${tag}" is not key:value`);
  if (tags.length > maxTags) errors.push(`${tags.length} tags exceed the limit of ${maxTags} tags per server`);
  return errors;
}

function list(value: string, separator = ';'): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
