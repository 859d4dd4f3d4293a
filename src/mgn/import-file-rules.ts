/**
 * MGN's inventory import file rules, as the pre-flight check applies them. Source, unless marked inferred:
 * "Import parameters" and "Additional considerations", https://docs.aws.amazon.com/mgn/latest/ug/import-main.html;
 * application limits, https://docs.aws.amazon.com/mgn/latest/ug/applications-commands-menu.html; name, description,
 * id and tag bounds from the MGN API model. docs/import-files.md lists every code. Written apart from the
 * emulator's rules on purpose (src/local/mgn).
 * @module
 */
import type { CommonImportProblemCode, ProblemSink, RowContext, TemplateChecker, TemplateRules } from '../core/index.js';
import { checkLaunchColumn, type LaunchCheck } from './import-file-launch.js';

/** The stable codes of MGN import-file problems (docs/import-files.md). */
export type MgnImportProblemCode =
  | CommonImportProblemCode
  | 'csv-syntax'
  | 'no-mgn-columns'
  | 'unknown-column'
  | 'unknown-launch-column'
  | 'ignored-column'
  | 'invalid-tag-key'
  | 'field-count'
  | 'missing-resource'
  | 'property-without-identifier'
  | 'invalid-resource-id'
  | 'invalid-account-id'
  | 'invalid-region'
  | 'value-too-long'
  | 'invalid-name'
  | 'invalid-platform'
  | 'platform-missing'
  | 'invalid-fqdn'
  | 'server-address-missing'
  | 'wave-without-application'
  | 'invalid-launch-value'
  | 'too-many-tags'
  | 'conflicting-value'
  | 'servers-per-application-quota';

/** MGN's documented limits that an import file can break. */
export const MGN_IMPORT_LIMITS = {
  /** Application and wave names (model: ApplicationName, WaveName 1–256). */
  maxNameLength: 256,
  /** Descriptions (model: ApplicationDescription, WaveDescription 0–600). */
  maxDescriptionLength: 600,
  /** Any other value, tag keys and values included (model: TagKey, TagValue, BoundedString 256). */
  maxValueLength: 256,
  /** Tags on one resource (model: TagsMap max 50). */
  maxTags: 50,
  /** "You can add up to 200 servers to an application." */
  maxServersPerApplication: 200,
} as const;

type Resource = 'server' | 'app' | 'wave';
type Code = MgnImportProblemCode;

const EXACT: ReadonlyMap<string, Resource | 'account'> = new Map([
  ['mgn:account-id', 'account'],
  ['mgn:region', 'account'],
  ['mgn:wave:id', 'wave'],
  ['mgn:wave:name', 'wave'],
  ['mgn:wave:description', 'wave'],
  ['mgn:app:id', 'app'],
  ['mgn:app:name', 'app'],
  ['mgn:app:description', 'app'],
  ['mgn:server:id', 'server'],
  ['mgn:server:user-provided-id', 'server'],
  ['mgn:server:platform', 'server'],
  ['mgn:server:fqdn-for-action-framework', 'server'],
]);
const TAG_PREFIXES: readonly (readonly [string, Resource])[] = [['mgn:wave:tag:', 'wave'], ['mgn:app:tag:', 'app'], ['mgn:server:tag:', 'server']];
// The API model's id patterns (SourceServerID, ApplicationID, WaveID).
const IDS: Readonly<Record<Resource, readonly [string, RegExp, string]>> = {
  server: ['mgn:server:id', /^s-[0-9a-zA-Z]{17}$/, 's- and 17 letters or digits'],
  app: ['mgn:app:id', /^app-[0-9a-zA-Z]{17}$/, 'app- and 17 letters or digits'],
  wave: ['mgn:wave:id', /^wave-[0-9a-zA-Z]{17}$/, 'wave- and 17 letters or digits'],
};
// "mgn:server:platform – The server's platform (Linux or Windows)."
const PLATFORMS = ['LINUX', 'WINDOWS'];
const FQDN = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;
// Model: ApplicationName and WaveName are words separated by spaces ([^\s\x00]( *[^\s\x00])*).
const NAME = /^[^\s\0](?: *[^\s\0])*$/;

interface Column {
  readonly name: string;
  readonly resource?: Resource;
  readonly tagKey?: string;
  readonly launch?: LaunchCheck;
}

/** The MGN template's rules for `checkImportFile`: spreadsheet row numbers, strict RFC 4180 CSV. @internal */
export const mgnTemplateRules: TemplateRules<Code> = {
  template: 'mgn',
  numbering: 'row',
  strict: true,
  header(names, sink) {
    if (!names.some((name) => name.startsWith('mgn:'))) {
      sink.add({ code: 'no-mgn-columns', severity: 'error', message: 'not an MGN import file: the header has no mgn: column' });
      return undefined;
    }
    const columns: Column[] = [];
    const fileProblem = (code: Code, severity: 'error' | 'warning', column: string, message: string): void => void sink.add({ code, severity, column, message });
    for (const name of names) {
      const exact = EXACT.get(name);
      const tag = TAG_PREFIXES.find(([prefix]) => name.startsWith(prefix));
      if (exact !== undefined) columns.push(exact === 'account' ? { name } : { name, resource: exact });
      else if (tag) {
        const key = name.slice(tag[0].length);
        if (key === '' || key.length > MGN_IMPORT_LIMITS.maxValueLength || key.toLowerCase().startsWith('aws:')) {
          fileProblem('invalid-tag-key', 'error', name, `column ${name}: a tag key must be 1–256 characters and must not start with aws:`);
        }
        columns.push({ name, resource: tag[1], tagKey: key });
      } else if (name.startsWith('mgn:launch:')) {
        const launch = checkLaunchColumn(name);
        if (launch === undefined) fileProblem('unknown-launch-column', 'warning', name, `column ${name} is not a documented launch parameter; MGN may ignore or refuse it`);
        columns.push({ name, resource: 'server', ...(launch ? { launch } : {}) });
      } else if (name.startsWith('mgn:')) {
        fileProblem('unknown-column', 'error', name, `column ${name} is not an MGN import parameter`);
        columns.push({ name });
      } else {
        if (name !== '') fileProblem('ignored-column', 'warning', name, `column ${name} has no mgn: prefix, so MGN ignores it`);
        columns.push({ name });
      }
    }
    return new MgnChecker(columns);
  },
};

interface Known {
  /** Property column → the value an earlier accepted row gave (compared) and as it was written (shown). */
  readonly values: Map<string, { readonly compared: string; readonly shown: string }>;
}

/** A value a row gives a resource: which, in what column, compared how and shown how. */
type Property = readonly [resource: Resource, column: string, compared: string, shown: string];

class MgnChecker implements TemplateChecker<Code> {
  readonly #columns: readonly Column[];
  readonly #known: Record<Resource, Map<string, Known>> = { server: new Map(), app: new Map(), wave: new Map() };
  /** Application → its name as written and the servers it gains. */
  readonly #serversPerApp = new Map<string, { readonly name: string; servers: number }>();

  constructor(columns: readonly Column[]) {
    this.#columns = columns;
  }

  row(ctx: RowContext<Code>): void {
    if (ctx.fields.length !== this.#columns.length) {
      ctx.problem('field-count', `the row has ${ctx.fields.length} fields but the header has ${this.#columns.length}`);
      return;
    }
    const account = ctx.cell('mgn:account-id');
    if (account && !/^\d{12}$/.test(account)) ctx.problem('invalid-account-id', `mgn:account-id "${account}" is not a 12-digit account id`, 'mgn:account-id', account);
    const region = ctx.cell('mgn:region');
    if (region && !REGION.test(region)) ctx.problem('invalid-region', `mgn:region "${region}" is not a region name like us-west-2`, 'mgn:region', region);
    const keys = { server: this.#key(ctx, 'server'), app: this.#key(ctx, 'app'), wave: this.#key(ctx, 'wave') };
    if (!keys.server && !keys.app && !keys.wave) {
      ctx.problem('missing-resource', 'the row names no server (mgn:server:user-provided-id), application (mgn:app:name) or wave (mgn:wave:name)');
    }
    this.#checkValues(ctx, keys);
    if (keys.server && keys.wave && !keys.app) {
      ctx.problem('wave-without-application', 'a server joins a wave through its application: set mgn:app:name along with mgn:wave:name', 'mgn:wave:name', ctx.cell('mgn:wave:name'));
    }
    if (!ctx.failed) this.#checkConflicts(ctx, keys);
    if (ctx.failed) return;
    this.#accept(ctx, keys);
  }

  finish(sink: ProblemSink<Code>): { servers: number; applications: number; waves: number } {
    for (const { name, servers } of this.#serversPerApp.values()) {
      if (servers > MGN_IMPORT_LIMITS.maxServersPerApplication) {
        sink.add({ code: 'servers-per-application-quota', severity: 'warning', column: 'mgn:app:name', value: name, message: `application ${name} would hold ${servers} servers: at most 200` });
      }
    }
    return { servers: this.#known.server.size, applications: this.#known.app.size, waves: this.#known.wave.size };
  }

  /** The resource's identity in this file: its id, or its name (application and wave names compare without case). */
  #key(ctx: RowContext<Code>, resource: Resource): string {
    const id = ctx.cell(IDS[resource][0]);
    if (id) return `id:${id}`;
    const name = ctx.cell(resource === 'server' ? 'mgn:server:user-provided-id' : `mgn:${resource}:name`);
    // "Uniqueness verification for application name … is case-insensitive" (inferred for waves).
    return name === '' ? '' : resource === 'server' ? `name:${name}` : `name:${name.toLowerCase()}`;
  }

  #checkValues(ctx: RowContext<Code>, keys: Record<Resource, string>): void {
    const tags: Record<Resource, number> = { server: 0, app: 0, wave: 0 };
    for (const column of this.#columns) {
      const value = ctx.cell(column.name);
      if (value === '' || !column.name.startsWith('mgn:')) continue;
      const max = column.name.endsWith(':description') ? MGN_IMPORT_LIMITS.maxDescriptionLength : column.name.endsWith(':name') && !column.name.startsWith('mgn:launch:') ? MGN_IMPORT_LIMITS.maxNameLength : MGN_IMPORT_LIMITS.maxValueLength;
      if ([...value].length > max) ctx.problem('value-too-long', `${column.name} is ${[...value].length} characters long: at most ${max}`, column.name, value);
      if (column.tagKey !== undefined && column.resource) tags[column.resource]++;
      if (column.launch) {
        const problem = column.launch(value);
        if (problem) ctx.problem('invalid-launch-value', `${column.name}: "${value}" ${problem}`, column.name, value);
      }
      // "If a row provides a property of a resource … then that row should also provide a parameter that identifies that resource."
      if (column.resource && !keys[column.resource]) {
        const identifier = column.resource === 'server' ? 'mgn:server:user-provided-id' : `mgn:${column.resource}:name`;
        ctx.problem('property-without-identifier', `${column.name} is set but the row does not name its ${column.resource === 'app' ? 'application' : column.resource} (${identifier})`, column.name, value);
      }
    }
    for (const resource of ['server', 'app', 'wave'] as const) {
      const [column, pattern, form] = IDS[resource];
      const id = ctx.cell(column);
      if (id && !pattern.test(id)) ctx.problem('invalid-resource-id', `${column} "${id}" is not ${form}`, column, id);
      if (tags[resource] > MGN_IMPORT_LIMITS.maxTags) ctx.problem('too-many-tags', `${tags[resource]} mgn:${resource}:tag: values: a resource holds at most ${MGN_IMPORT_LIMITS.maxTags} tags`);
    }
    for (const column of ['mgn:app:name', 'mgn:wave:name']) {
      const name = ctx.cell(column);
      if (name && !NAME.test(name)) ctx.problem('invalid-name', `${column} "${name}" may hold spaces between words but no tabs or line breaks`, column, name);
    }
    const platform = ctx.cell('mgn:server:platform');
    if (platform && !PLATFORMS.includes(platform.toUpperCase())) ctx.problem('invalid-platform', `mgn:server:platform "${platform}" is not Linux or Windows`, 'mgn:server:platform', platform);
    const fqdn = ctx.cell('mgn:server:fqdn-for-action-framework');
    if (fqdn && !FQDN.test(fqdn)) ctx.problem('invalid-fqdn', `mgn:server:fqdn-for-action-framework "${fqdn}" is not a fully qualified domain name`, 'mgn:server:fqdn-for-action-framework', fqdn);
  }

  /** "2 rows that refer to the same resource … must not provide conflicting values." */
  #checkConflicts(ctx: RowContext<Code>, keys: Record<Resource, string>): void {
    for (const [resource, column, compared, shown] of this.#properties(ctx, keys)) {
      const earlier = this.#known[resource].get(keys[resource])?.values.get(column);
      if (earlier !== undefined && earlier.compared !== compared) {
        ctx.problem('conflicting-value', `${column} "${shown}" conflicts with "${earlier.shown}" given to the same ${resource === 'app' ? 'application' : resource} by an earlier row`, column, shown);
      }
    }
  }

  #accept(ctx: RowContext<Code>, keys: Record<Resource, string>): void {
    const server = keys.server ? this.#known.server.get(keys.server) : undefined;
    if (keys.server && !ctx.cell('mgn:server:platform') && server?.values.get('mgn:server:platform') === undefined) {
      ctx.problem('platform-missing', 'mgn:server:platform is empty: MGN needs it to create a server it does not hold yet (fine for an update)', 'mgn:server:platform', '', 'warning');
    }
    if (keys.server && server === undefined && !ctx.cell('mgn:server:fqdn-for-action-framework') && !this.#columns.some((c) => /^mgn:launch:nic:\d+:private-ip:\d+$/.test(c.name) && ctx.cell(c.name))) {
      ctx.problem('server-address-missing', 'the server has neither mgn:server:fqdn-for-action-framework nor a private IP: "Server entries must include either the server IP address, or the FQDN"', undefined, undefined, 'warning');
    }
    for (const resource of ['server', 'app', 'wave'] as const) {
      if (keys[resource] && !this.#known[resource].has(keys[resource])) this.#known[resource].set(keys[resource], { values: new Map() });
    }
    if (keys.server && keys.app && server?.values.get('mgn:app:name') === undefined) {
      const entry = this.#serversPerApp.get(keys.app) ?? { name: ctx.cell('mgn:app:name') || ctx.cell('mgn:app:id'), servers: 0 };
      entry.servers++;
      this.#serversPerApp.set(keys.app, entry);
    }
    for (const [resource, column, compared, shown] of this.#properties(ctx, keys)) this.#known[resource].get(keys[resource])?.values.set(column, { compared, shown });
  }

  /** The values this row gives its resources that two rows must not disagree on. */
  *#properties(ctx: RowContext<Code>, keys: Record<Resource, string>): Generator<Property> {
    for (const column of ['mgn:wave:description', 'mgn:app:description', 'mgn:server:platform', 'mgn:server:fqdn-for-action-framework']) {
      const resource = EXACT.get(column) as Resource;
      const value = ctx.cell(column);
      if (value && keys[resource]) yield [resource, column, column === 'mgn:server:platform' ? value.toUpperCase() : value, value];
    }
    for (const column of this.#columns) {
      const value = ctx.cell(column.name);
      if (column.tagKey !== undefined && column.resource && value && keys[column.resource]) yield [column.resource, column.name, value, value];
    }
    // A server belongs to one application, an application to one wave.
    const shown = (resource: 'app' | 'wave'): string => ctx.cell(`mgn:${resource}:name`) || ctx.cell(`mgn:${resource}:id`);
    if (keys.server && keys.app) yield ['server', 'mgn:app:name', keys.app, shown('app')];
    if (keys.app && keys.wave) yield ['app', 'mgn:wave:name', keys.wave, shown('wave')];
  }
}
