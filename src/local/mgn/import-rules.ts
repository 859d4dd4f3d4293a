import { isIP } from 'node:net';

// The MGN inventory import file as the emulator reads it: the rules and codes of docs/import-files.md ("MGN"),
// written here apart from the library's pre-flight check so each can catch the other's bugs.

const EXACT_COLUMNS = new Set([
  'mgn:account-id',
  'mgn:region',
  'mgn:wave:name',
  'mgn:wave:id',
  'mgn:wave:description',
  'mgn:app:name',
  'mgn:app:id',
  'mgn:app:description',
  'mgn:server:user-provided-id',
  'mgn:server:id',
  'mgn:server:platform',
  'mgn:server:fqdn-for-action-framework',
]);
/** Tag columns start with one of these; the rest of the name is the tag key. @internal */
export const TAG_PREFIXES = ['mgn:wave:tag:', 'mgn:app:tag:', 'mgn:server:tag:'] as const;
/** Launch-setting columns start with this. @internal */
export const LAUNCH_PREFIX = 'mgn:launch:';
const MAX_TAG_KEY = 128;
const FQDN = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;

/** A problem with the code docs/import-files.md gives it. @internal */
export interface MgnProblem {
  /** The stable code, e.g. `missing-resource`. */
  readonly code: string;
  /** The text sent as `rawError`. */
  readonly message: string;
}

/** What is wrong with the header (empty when it is a valid MGN import header). @internal */
export function checkHeader(header: readonly string[]): MgnProblem[] {
  if (!header.some((c) => c.startsWith('mgn:'))) return [{ code: 'no-mgn-columns', message: 'not an MGN import file: the header has no mgn: columns' }];
  const problems: MgnProblem[] = [];
  const seen = new Set<string>();
  for (const column of header) {
    if (column !== '' && seen.has(column)) problems.push({ code: 'duplicate-column', message: `column ${column} appears twice` });
    seen.add(column);
    if (!column.startsWith('mgn:') || EXACT_COLUMNS.has(column)) continue;
    const tagPrefix = TAG_PREFIXES.find((p) => column.startsWith(p));
    if (tagPrefix) {
      const key = column.slice(tagPrefix.length);
      if (key === '' || [...key].length > MAX_TAG_KEY) problems.push({ code: 'invalid-tag-key', message: `column ${column}: a tag key must be 1-${MAX_TAG_KEY} characters` });
      else if (key.toLowerCase().startsWith('aws:')) problems.push({ code: 'invalid-tag-key', message: `column ${column}: tag keys starting with aws: are reserved` });
    } else if (!(column.startsWith(LAUNCH_PREFIX) && column.length > LAUNCH_PREFIX.length)) {
      problems.push({ code: 'unknown-column', message: `unknown column ${column}` });
    }
  }
  return problems;
}

/** The resources a row names, by the columns that identify each. @internal */
export interface RowNames {
  readonly server: string;
  readonly app: string;
  readonly wave: string;
}

/** The problems of one data row on its own (conflicts with earlier rows are checked by the caller). @internal */
export function checkRow(fields: readonly string[], header: readonly string[], cell: (column: string) => string, names: RowNames): MgnProblem[] {
  if (fields.length !== header.length) {
    return [{ code: 'field-count', message: `the row has ${fields.length} fields but the header has ${header.length}` }];
  }
  const problems: MgnProblem[] = [];
  const add = (code: string, message: string): void => void problems.push({ code, message });
  if (!names.server && !names.app && !names.wave) {
    add('missing-resource', 'the row names no server (mgn:server:user-provided-id or mgn:server:id), application (mgn:app:name or mgn:app:id) or wave (mgn:wave:name or mgn:wave:id)');
  }
  const describes = (prefix: string): boolean => header.some((c) => c.startsWith(prefix) && cell(c) !== '');
  if (!names.server && (cell('mgn:server:platform') || cell('mgn:server:fqdn-for-action-framework') || describes('mgn:server:tag:') || describes(LAUNCH_PREFIX))) {
    add('property-without-identifier', 'mgn:server:* and mgn:launch:* values need mgn:server:user-provided-id or mgn:server:id');
  }
  if (!names.app && (cell('mgn:app:description') || describes('mgn:app:tag:'))) add('property-without-identifier', 'mgn:app:* values need mgn:app:name or mgn:app:id');
  if (!names.wave && (cell('mgn:wave:description') || describes('mgn:wave:tag:'))) add('property-without-identifier', 'mgn:wave:* values need mgn:wave:name or mgn:wave:id');
  for (const [column, prefix] of [['mgn:server:id', 's-'], ['mgn:app:id', 'app-'], ['mgn:wave:id', 'wave-']] as const) {
    const id = cell(column);
    if (id && !new RegExp(`^${prefix}[0-9a-zA-Z]{17}$`).test(id)) add('invalid-resource-id', `${column} "${id}" is not ${prefix} followed by 17 letters or digits`);
  }
  const account = cell('mgn:account-id');
  if (account && !/^\d{12}$/.test(account)) add('invalid-account-id', `mgn:account-id "${account}" is not 12 digits`);
  const region = cell('mgn:region');
  if (region && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) add('invalid-region', `mgn:region "${region}" is not a region name such as us-west-2`);
  for (const column of header) {
    if (!column.startsWith('mgn:')) continue;
    const limit = column.endsWith(':description') ? 600 : 256;
    if ([...cell(column)].length > limit) add('value-too-long', `${column}: longer than ${limit} characters`);
  }
  const platform = cell('mgn:server:platform');
  if (platform && !['LINUX', 'WINDOWS'].includes(platform.toUpperCase())) add('invalid-platform', `mgn:server:platform: "${platform}" is not Linux or Windows`);
  const fqdn = cell('mgn:server:fqdn-for-action-framework');
  if (fqdn && !FQDN.test(fqdn)) add('invalid-fqdn', `mgn:server:fqdn-for-action-framework: "${fqdn}" is not a fully qualified domain name`);
  if (names.server && names.wave && !names.app) add('wave-without-application', 'a server joins a wave through its application: name the application along with the wave');
  for (const column of header) {
    if (!column.startsWith(LAUNCH_PREFIX) || !cell(column)) continue;
    const problem = launchValueProblem(column, cell(column));
    if (problem) add('invalid-launch-value', `${column}: "${cell(column)}" ${problem}`);
  }
  return problems;
}

/** Why an `mgn:launch:*` value has the wrong form for its column (EC2's forms), or undefined. */
function launchValueProblem(column: string, value: string): string | undefined {
  const name = column.slice(LAUNCH_PREFIX.length);
  const test = (ok: boolean, what: string): string | undefined => (ok ? undefined : `is not ${what}`);
  if (name === 'instance-type') return test(/^[a-z][a-z0-9-]*\.[a-z0-9-]+$/.test(value), 'an EC2 instance type');
  if (/^nic:\d+:subnet-id$/.test(name)) return test(/^subnet-[0-9a-f]{8,17}$/i.test(value), 'a subnet id');
  if (/^nic:\d+:security-group-id:\d+$/.test(name)) return test(/^sg-[0-9a-f]{8,17}$/i.test(value), 'a security group id');
  if (/^nic:\d+:network-interface-id$/.test(name)) return test(/^eni-[0-9a-f]{8,17}$/i.test(value), 'a network interface id');
  if (/^nic:\d+:private-ip:\d+$/.test(name)) return test(isIP(value) === 4, 'an IPv4 address (the import does not support IPv6)');
  if (name === 'placement:tenancy') return test(['default', 'dedicated', 'host'].includes(value), 'default, dedicated or host');
  if (name === 'placement:host-id') return test(/^h-[0-9a-f]{8,17}$/i.test(value), 'a dedicated host id');
  if (name === 'placement:operating-system-licensing') return test(['LI', 'BYOL'].includes(value), 'LI or BYOL');
  if (/^volume:.+:type$/.test(name)) return test(['standard', 'io1', 'io2', 'gp2', 'gp3', 'st1', 'sc1'].includes(value), 'an EBS volume type');
  if (name === 'transfer-server-tags') return test(['true', 'false'].includes(value.toLowerCase()), 'true or false');
  return undefined;
}
