/**
 * The Migration Hub import template's rules, as the pre-flight check applies them. Source, unless marked inferred:
 * "Supported import file fields", https://docs.aws.amazon.com/application-discovery/latest/userguide/discovery-import.html
 * and the quotas, https://docs.aws.amazon.com/application-discovery/latest/userguide/ads_service_limits.html.
 * docs/import-files.md lists every code. Written apart from the emulator's reader on purpose (src/local/discovery).
 * @module
 */
import { isIP } from 'node:net';
import type { CommonImportProblemCode, ProblemSink, RowContext, TemplateChecker, TemplateRules } from '../core/index.js';

/** The stable codes of Discovery import-file problems (docs/import-files.md). */
export type DiscoveryImportProblemCode =
  | CommonImportProblemCode
  | 'file-too-large'
  | 'no-template-columns'
  | 'unknown-column'
  | 'too-many-fields'
  | 'missing-identifier'
  | 'moref-without-vcenter'
  | 'vcenter-without-moref'
  | 'invalid-ip'
  | 'invalid-mac'
  | 'not-an-integer'
  | 'not-a-number'
  | 'percent-out-of-range'
  | 'invalid-tag'
  | 'too-many-tags'
  | 'invalid-server-id'
  | 'server-quota'
  | 'application-quota'
  | 'servers-per-application-quota';

/** Discovery's import limits (quotas page). */
export const DISCOVERY_IMPORT_LIMITS = {
  /** "Maximum import file size: 10 MB". */
  maxFileBytes: 10 * 1024 * 1024,
  /** Imported server records an account may hold. */
  maxServers: 25_000,
  /** Applications an account may hold. */
  maxApplications: 1_000,
  /** Servers in one application. */
  maxServersPerApplication: 400,
  /** Tags on one server. */
  maxTagsPerServer: 30,
} as const;

// "Each record of your import file must have at least one or more of those required fields" (the * columns).
const IDENTIFIERS = ['ExternalId', 'IPAddress', 'MACAddress', 'HostName'] as const;
// "If you're using either VMware.MoRefId or VMWare.VCenterId, to identify a record, you must have both fields".
const MOREF = 'VMware.MoRefId';
const VCENTER = 'VMware.VCenterId';
// "The server identifier as seen in the Migration Hub server list", e.g. d-server-01kk9i6ywwaxmp (the form is inferred).
const SERVER_ID = 'ServerId';
const INTEGERS = ['CPU.NumberOfProcessors', 'CPU.NumberOfCores', 'CPU.NumberOfLogicalCores'] as const;
const PERCENTS = ['CPU.UsagePct.Avg', 'CPU.UsagePct.Max'] as const;
const NUMBERS = [
  'RAM.TotalSizeInMB', 'RAM.UsedSizeInMB.Avg', 'RAM.UsedSizeInMB.Max', ...PERCENTS,
  'DiskReadsPerSecondInKB.Avg', 'DiskWritesPerSecondInKB.Avg', 'DiskReadsPerSecondInKB.Max', 'DiskWritesPerSecondInKB.Max',
  'DiskReadsOpsPerSecond.Avg', 'DiskWritesOpsPerSecond.Avg', 'DiskReadsOpsPerSecond.Max', 'DiskWritesOpsPerSecond.Max',
  'NetworkReadsPerSecondInKB.Avg', 'NetworkWritesPerSecondInKB.Avg', 'NetworkReadsPerSecondInKB.Max', 'NetworkWritesPerSecondInKB.Max',
] as const;
const OTHERS = ['SMBiosId', 'OS.Name', 'OS.Version', 'VMware.VMName', 'Applications', 'ApplicationWave', 'Tags', SERVER_ID] as const;
/** Every column of the template. */
export const DISCOVERY_TEMPLATE_COLUMNS: readonly string[] = [...IDENTIFIERS, MOREF, VCENTER, ...INTEGERS, ...NUMBERS, ...OTHERS];
const KNOWN = new Set(DISCOVERY_TEMPLATE_COLUMNS);
const BY_LOWER_CASE = new Map(DISCOVERY_TEMPLATE_COLUMNS.map((name) => [name.toLowerCase(), name] as const));

const MAC = /^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}$/;
const INTEGER = /^\d+$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;
const TAG = /^[^:]*[^:\s][^:]*:/;
const SERVER_ID_FORM = /^d-server-[0-9a-z]+$/;

type Code = DiscoveryImportProblemCode | 'csv-syntax';

/** The Discovery template's rules for `checkImportFile`: physical line numbers, lenient CSV like the service's. @internal */
export const discoveryTemplateRules: TemplateRules<Code> = {
  template: 'discovery',
  numbering: 'line',
  strict: false,
  header(columns, sink) {
    if (!columns.some((name) => KNOWN.has(name))) {
      sink.add({ code: 'no-template-columns', severity: 'error', message: `the header names no column of the Migration Hub import template (such as ${IDENTIFIERS.join(', ')})` });
      return undefined;
    }
    for (const name of columns) {
      if (name === '' || KNOWN.has(name)) continue;
      const near = BY_LOWER_CASE.get(name.toLowerCase());
      sink.add({
        code: 'unknown-column',
        severity: 'warning',
        column: name,
        message: `column ${name} is not in the import template, so the service ignores it${near ? `: did you mean ${near}?` : ''}`,
      });
    }
    return new DiscoveryChecker(columns);
  },
  size(bytes, sink) {
    if (bytes > DISCOVERY_IMPORT_LIMITS.maxFileBytes) {
      sink.add({ code: 'file-too-large', severity: 'error', message: `the file is ${bytes.toLocaleString('en-US')} bytes; Discovery imports at most 10 MB (10,485,760 bytes) per file` });
    }
  },
};

class DiscoveryChecker implements TemplateChecker<Code> {
  readonly #width: number;
  // The template's typed columns this file has, so a row is checked against those only.
  readonly #integers: readonly string[];
  readonly #numbers: readonly string[];
  #servers = 0;
  /** Application → servers (rows without errors) that name it. */
  readonly #applications = new Map<string, number>();

  constructor(columns: readonly string[]) {
    this.#width = columns.length;
    this.#integers = INTEGERS.filter((name) => columns.includes(name));
    this.#numbers = NUMBERS.filter((name) => columns.includes(name));
  }

  row(ctx: RowContext<Code>): void {
    if (ctx.fields.length > this.#width) ctx.problem('too-many-fields', `the row has ${ctx.fields.length} fields but the header has ${this.#width}`);
    const moRef = ctx.cell(MOREF);
    const vCenter = ctx.cell(VCENTER);
    if (moRef && !vCenter) ctx.problem('moref-without-vcenter', `${MOREF} is set but ${VCENTER} is empty: they identify a VM only together`, MOREF, moRef);
    if (vCenter && !moRef) ctx.problem('vcenter-without-moref', `${VCENTER} is set but ${MOREF} is empty: they identify a VM only together`, VCENTER, vCenter);
    if (!IDENTIFIERS.some((name) => ctx.cell(name) !== '') && !(moRef && vCenter) && !ctx.cell(SERVER_ID)) {
      ctx.problem('missing-identifier', `no identifier: set at least one of ${IDENTIFIERS.join(', ')}, or ${MOREF} with ${VCENTER}`);
    }
    const serverId = ctx.cell(SERVER_ID);
    if (serverId && !SERVER_ID_FORM.test(serverId)) ctx.problem('invalid-server-id', `${SERVER_ID} "${serverId}" is not a server id like d-server-01kk9i6ywwaxmp`, SERVER_ID, serverId);
    // IPAddress and MACAddress: "A comma-delimited list of … of the server, in quotes."
    for (const ip of list(ctx.cell('IPAddress'))) if (isIP(ip) === 0) ctx.problem('invalid-ip', `IPAddress "${ip}" is not an IPv4 or IPv6 address`, 'IPAddress', ip);
    for (const mac of list(ctx.cell('MACAddress'))) if (!MAC.test(mac)) ctx.problem('invalid-mac', `MACAddress "${mac}" is not a MAC address like 00:1B:44:11:3A:B7`, 'MACAddress', mac);
    for (const name of this.#integers) {
      const value = ctx.cell(name);
      if (value && !INTEGER.test(value)) ctx.problem('not-an-integer', `${name} "${value}" is not a whole number`, name, value);
    }
    for (const name of this.#numbers) {
      const value = ctx.cell(name);
      if (!value) continue;
      if (!DECIMAL.test(value)) ctx.problem('not-a-number', `${name} "${value}" is not a number ≥ 0`, name, value);
      else if ((PERCENTS as readonly string[]).includes(name) && Number(value) > 100) ctx.problem('percent-out-of-range', `${name} ${value} is above 100 percent`, name, value);
    }
    // Tags: "A comma-delimited list of tags formatted as name:value."
    const tags = list(ctx.cell('Tags'));
    for (const tag of tags) if (!TAG.test(tag)) ctx.problem('invalid-tag', `Tags entry "${tag}" is not name:value`, 'Tags', tag);
    if (tags.length > DISCOVERY_IMPORT_LIMITS.maxTagsPerServer) {
      ctx.problem('too-many-tags', `${tags.length} tags: a server holds at most ${DISCOVERY_IMPORT_LIMITS.maxTagsPerServer}`, 'Tags', ctx.cell('Tags'));
    }
    if (ctx.failed) return;
    this.#servers++;
    // Applications: "A comma-delimited list of applications that include this server, in quotes."
    for (const app of new Set(list(ctx.cell('Applications')))) this.#applications.set(app, (this.#applications.get(app) ?? 0) + 1);
  }

  finish(sink: ProblemSink<Code>): { servers: number; applications: number } {
    const limits = DISCOVERY_IMPORT_LIMITS;
    if (this.#servers > limits.maxServers) {
      sink.add({ code: 'server-quota', severity: 'warning', message: `${this.#servers.toLocaleString('en-US')} servers: an account holds at most 25,000 imported server records (earlier imports count too)` });
    }
    if (this.#applications.size > limits.maxApplications) {
      sink.add({ code: 'application-quota', severity: 'warning', message: `${this.#applications.size.toLocaleString('en-US')} applications: an account holds at most 1,000` });
    }
    for (const [app, servers] of this.#applications) {
      if (servers > limits.maxServersPerApplication) {
        sink.add({ code: 'servers-per-application-quota', severity: 'warning', column: 'Applications', value: app, message: `application "${app}" would group ${servers} servers: at most ${limits.maxServersPerApplication}` });
      }
    }
    return { servers: this.#servers, applications: this.#applications.size };
  }
}

/** The entries of a comma-delimited cell, trimmed, without empty ones. */
function list(value: string): string[] {
  if (value === '') return [];
  return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}
