/**
 * A seeded generator of import files, good and broken, for the property test that the library's pre-flight check
 * and the emulators agree row for row. No dependency: a small PRNG (mulberry32), so a failing seed replays exactly.
 * @module
 */

/** The import templates. */
export type Template = 'discovery' | 'mgn';

/** A seeded source of choices. */
export class Choices {
  #state: number;

  /** @param seed - any 32-bit integer; the same seed gives the same sequence. */
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1) (mulberry32). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of `items`. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** `count` distinct elements of `items`, in random order. */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(...pool.splice(Math.floor(this.next() * pool.length), 1));
    return out;
  }
}

/** Values per column: a few good ones, a few bad ones and empties, so rows come out both valid and broken. */
type Values = Readonly<Record<string, readonly string[]>>;

const DISCOVERY_VALUES: Values = {
  ExternalId: ['srv-1', 'srv-2', '', ''],
  HostName: ['web-01', 'db-01.corp.example.com', '', '', ' padded '],
  IPAddress: ['10.0.0.1', '10.0.0.1, 10.0.0.2', 'fe80::1', '10.0.0.400', 'not-an-ip', '1.2.3', '', ''],
  MACAddress: ['00:1A:2B:3C:4D:5E', '00-1a-2b-3c-4d-5e', '00:1A:2B:3C:4D', 'zz:zz:zz:zz:zz:zz', '', ''],
  'VMware.MoRefId': ['vm-17', '', ''],
  'VMware.VCenterId': ['vc-1', '', ''],
  ServerId: ['d-server-01kk9i6ywwaxmp', 'server-1', '', '', ''],
  'CPU.NumberOfProcessors': ['2', '0', '2.5', 'eight', '-1', ''],
  'RAM.TotalSizeInMB': ['4096', '23.9', '-1', 'lots', ''],
  'CPU.UsagePct.Max': ['55.34', '100', '101', 'high', ''],
  'OS.Name': ['Linux', 'Windows Server 2019', 'Red Hat\nEnterprise', ''],
  // One application, several (the template's "comma-delimited list ... in quotes"), the same one twice, stray
  // spaces and empty entries, names that differ only in case.
  Applications: ['shop', 'shop, billing', 'billing,shop,crm', 'shop, shop', ' crm ,, billing ', 'Shop, shop', ',', '', ''],
  Tags: ['env:prod', 'env:prod, owner:ops', 'novalue', ':nokey', ''],
  Owner: ['team-a', ''],
  hostname: ['lowercase-column', ''],
};

const MGN_VALUES: Values = {
  'mgn:server:user-provided-id': ['web-1', 'web-2', 'db-1', '', ''],
  'mgn:server:platform': ['LINUX', 'windows', 'Linux', 'SOLARIS', '', ''],
  'mgn:server:fqdn-for-action-framework': ['web-1.corp.example.com', 'not a host', '', ''],
  'mgn:app:name': ['shop', 'billing', '', ''],
  'mgn:app:description': ['the shop', 'another shop', '', ''],
  'mgn:wave:name': ['wave-1', 'wave-2', '', ''],
  'mgn:wave:description': ['first', '', ''],
  'mgn:server:tag:env': ['prod', 'test', '', ''],
  'mgn:app:tag:team': ['a', '', ''],
  'mgn:wave:tag:phase': ['1', '', ''],
  'mgn:launch:instance-type': ['m5.large', 'huge', '', ''],
  'mgn:launch:nic:0:subnet-id': ['subnet-0123abcd', 'subnet-xyz', '', ''],
  'mgn:launch:nic:0:private-ip:0': ['10.0.0.5', 'fe80::1', '', ''],
  'mgn:launch:placement:tenancy': ['default', 'shared', '', ''],
  'mgn:account-id': ['111122223333', '12', '', ''],
  'mgn:region': ['us-west-2', 'mars', '', ''],
  'mgn:server:id': ['s-1', '', '', ''],
  'mgn:colour': ['blue', ''],
  'mgn:server:tag:aws:x': ['y', ''],
  Notes: ['anything', ''],
};

/** Columns the header usually draws from (the rare ones come in at lower odds). */
const COMMON: Readonly<Record<Template, readonly string[]>> = {
  discovery: ['ExternalId', 'HostName', 'IPAddress', 'MACAddress', 'VMware.MoRefId', 'VMware.VCenterId', 'CPU.NumberOfProcessors', 'RAM.TotalSizeInMB', 'CPU.UsagePct.Max', 'OS.Name', 'Applications', 'Tags'],
  mgn: ['mgn:server:user-provided-id', 'mgn:server:platform', 'mgn:app:name', 'mgn:wave:name', 'mgn:app:description', 'mgn:server:fqdn-for-action-framework', 'mgn:server:tag:env', 'mgn:launch:instance-type'],
};
const RARE: Readonly<Record<Template, readonly string[]>> = {
  discovery: ['ServerId', 'Owner', 'hostname'],
  mgn: ['mgn:wave:description', 'mgn:app:tag:team', 'mgn:wave:tag:phase', 'mgn:launch:nic:0:subnet-id', 'mgn:launch:nic:0:private-ip:0', 'mgn:launch:placement:tenancy', 'mgn:account-id', 'mgn:region', 'mgn:server:id', 'mgn:colour', 'mgn:server:tag:aws:x', 'Notes'],
};

function quote(field: string, c: Choices): string {
  const needs = /[",\r\n]/.test(field) || field !== field.trim();
  return needs || c.chance(0.15) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** A generated file and, as an oracle independent of both CSV readers, where each data record was written. */
export interface GeneratedFile {
  /** The file's text. */
  readonly text: string;
  /**
   * Each non-blank record after the header: the line it starts on (Discovery's number), its row (MGN's), and
   * (Discovery) the applications its `Applications` cell names, split on commas, trimmed, empty entries and repeats
   * dropped, as the template documents the column.
   */
  readonly records: readonly { readonly line: number; readonly row: number; readonly applications: readonly string[] }[];
  /** True when the file has a malformed quote (MGN only): the whole file is refused. */
  readonly malformed: boolean;
}

/**
 * One import file for `template`: a header of common and rare columns (now and then a repeated column), then up to
 * eight records of good, bad and empty values, written with a random mix of LF, CRLF and lone CR line ends, blank
 * lines and comma-only lines between records, optional quoting (and quoted line breaks), a BOM, extra or missing
 * fields, and (MGN only, where the doc defines it) a malformed quote.
 */
export function generateImportFile(template: Template, seed: number): GeneratedFile {
  const c = new Choices(seed);
  const values = template === 'discovery' ? DISCOVERY_VALUES : MGN_VALUES;
  const columns = [...c.some(COMMON[template], c.int(1, 6)), ...(c.chance(0.4) ? c.some(RARE[template], c.int(1, 2)) : [])];
  if (c.chance(0.04)) columns.push(c.pick(columns));
  const header = c.chance(0.03) ? ['name', 'size'] : columns;
  let text = c.chance(0.1) ? '\uFEFF' : '';
  let row = 1;
  const records: { line: number; row: number; applications: readonly string[] }[] = [];
  const lines = (): number => (text.match(/\r\n|\r|\n/g) ?? []).length + 1;
  const endLine = (): void => {
    let end = c.chance(0.7) ? '\n' : c.chance(0.7) ? '\r\n' : '\r';
    if (text.endsWith('\r') && end.startsWith('\n')) end = '\r'; // "\r" then "\n" would read as one CRLF
    text += end;
    row += 1;
  };
  if (c.chance(0.05)) endLine();
  text += header.map((h) => quote(h, c)).join(',');
  let malformed = false;
  const rows = c.int(0, 8);
  for (let r = 0; r < rows; r++) {
    endLine();
    if (c.chance(0.1)) endLine();
    if (c.chance(0.05)) {
      text += ','.repeat(header.length - 1);
      endLine();
    }
    let fields = header.map((column) => c.pick(values[column] ?? ['x', '']));
    if (c.chance(0.05)) fields.push('extra');
    if (c.chance(0.05) && fields.length > 1) fields = fields.slice(0, -1);
    let line = fields.map((f) => quote(f, c)).join(',');
    if (template === 'mgn' && c.chance(0.02)) {
      line = c.chance(0.5) ? `${line}"broken` : `x"y,${line}`;
      malformed = true;
    }
    const at = header.indexOf('Applications');
    const applications = template === 'discovery' && at >= 0 ? [...new Set((fields[at] ?? '').split(',').map((a) => a.trim()).filter((a) => a !== ''))] : [];
    if (fields.some((f) => f.trim() !== '') || malformed) records.push({ line: lines(), row, applications });
    text += line;
  }
  if (c.chance(0.8)) endLine();
  return { text, records, malformed };
}
