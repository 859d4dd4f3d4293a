import type { CsvRecord } from '../../core/csv.js';
import type { Inventory } from './inventory.js';

const EXACT_COLUMNS = new Set([
  'mgn:account-id',
  'mgn:wave:name',
  'mgn:wave:description',
  'mgn:app:name',
  'mgn:app:description',
  'mgn:server:user-provided-id',
  'mgn:server:platform',
  'mgn:server:fqdn-for-action-framework',
]);
const TAG_PREFIXES = ['mgn:wave:tag:', 'mgn:app:tag:', 'mgn:server:tag:'] as const;
/** Launch-setting columns start with this. @internal */
export const LAUNCH_PREFIX = 'mgn:launch:';
const PLATFORMS = ['WINDOWS', 'LINUX'];
const FQDN = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;
const MAX_VALUE = 256;

/** Why the header row is refused, or undefined when it is a valid MGN import template header. @internal */
export function checkHeader(header: readonly string[]): string | undefined {
  if (!header.some((c) => c.startsWith('mgn:'))) return 'not an MGN import file: the header has no mgn: columns';
  const duplicate = header.find((c, i) => c !== '' && header.indexOf(c) !== i);
  if (duplicate) return `column ${duplicate} appears twice`;
  for (const column of header) {
    if (!column.startsWith('mgn:') || EXACT_COLUMNS.has(column)) continue;
    const tagPrefix = TAG_PREFIXES.find((p) => column.startsWith(p));
    if (tagPrefix) {
      const key = column.slice(tagPrefix.length);
      if (key === '' || key.length > MAX_VALUE) return `column ${column}: a tag key must be 1-${MAX_VALUE} characters`;
      if (key.toLowerCase().startsWith('aws:')) return `column ${column}: tag keys starting with aws: are reserved`;
      continue;
    }
    if (column.startsWith(LAUNCH_PREFIX) && column.length > LAUNCH_PREFIX.length) continue;
    return `unknown column ${column}`;
  }
  return undefined;
}

/** The problems of one data row, checked against the inventory as it stands after the rows before it. @internal */
export function checkRow(
  record: CsvRecord,
  header: readonly string[],
  cell: (column: string) => string,
  inventory: Inventory,
  accountId: string,
): string[] {
  const problems: string[] = [];
  if (record.fields.length !== header.length) {
    return [`the row has ${record.fields.length} fields but the header has ${header.length}`];
  }
  const serverId = cell('mgn:server:user-provided-id');
  const appName = cell('mgn:app:name');
  const waveName = cell('mgn:wave:name');
  const account = cell('mgn:account-id');
  if (account && account !== accountId) problems.push(`mgn:account-id ${account} is not this account (${accountId})`);
  if (!serverId && !appName && !waveName) {
    problems.push('the row names no server (mgn:server:user-provided-id), application (mgn:app:name) or wave (mgn:wave:name)');
  }
  for (const column of header) {
    if (column.startsWith('mgn:') && cell(column).length > MAX_VALUE) problems.push(`${column}: longer than ${MAX_VALUE} characters`);
  }
  const platform = cell('mgn:server:platform');
  if (platform && !PLATFORMS.includes(platform.toUpperCase())) problems.push(`mgn:server:platform: "${platform}" is not WINDOWS or LINUX`);
  if (serverId && !platform && !inventory.servers.has(serverId)) {
    problems.push(`mgn:server:platform is required for a new server (${serverId})`);
  }
  const fqdn = cell('mgn:server:fqdn-for-action-framework');
  if (fqdn && !FQDN.test(fqdn)) problems.push(`mgn:server:fqdn-for-action-framework: "${fqdn}" is not a fully qualified domain name`);
  if (serverId && waveName && !appName) {
    problems.push('a server joins a wave through its application: set mgn:app:name along with mgn:wave:name');
  }
  const describes = (prefix: string): boolean => header.some((c) => c.startsWith(prefix) && cell(c) !== '');
  if (!serverId && (platform || fqdn || describes('mgn:server:tag:') || describes(LAUNCH_PREFIX))) {
    problems.push('mgn:server:* and mgn:launch:* values need mgn:server:user-provided-id');
  }
  if (!appName && (cell('mgn:app:description') || describes('mgn:app:tag:'))) problems.push('mgn:app:* values need mgn:app:name');
  if (!waveName && (cell('mgn:wave:description') || describes('mgn:wave:tag:'))) problems.push('mgn:wave:* values need mgn:wave:name');
  for (const column of header) {
    if (!column.startsWith(LAUNCH_PREFIX) || !cell(column)) continue;
    const problem = checkLaunchValue(column, cell(column));
    if (problem) problems.push(problem);
  }
  return problems;
}

function checkLaunchValue(column: string, value: string): string | undefined {
  if (column.endsWith('subnet-id') && !/^subnet-[0-9a-f]{8}(?:[0-9a-f]{9})?$/.test(value)) return `${column}: "${value}" is not a subnet id`;
  if (column.includes('security-group-id') && !/^sg-[0-9a-f]{8}(?:[0-9a-f]{9})?$/.test(value)) return `${column}: "${value}" is not a security group id`;
  if (column === 'mgn:launch:instance-type' && !/^[a-z][a-z0-9-]*\.[a-z0-9]+$/.test(value)) return `${column}: "${value}" is not an EC2 instance type`;
  return undefined;
}
