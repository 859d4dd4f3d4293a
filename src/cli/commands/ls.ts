import type { MigrationKit, Paginated, ResumableHandle } from '../../index.js';
import { integerOption, listOption, type Command, type CommandContext, type OptionValues } from '../command.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { printResourceTable } from '../resource-table.js';
import { resourceJson, type ResourceJson } from '../resource-view.js';
import { statusMatcher } from '../status-filter.js';

const TARGETS = {
  discovery: ['status', 'name', 'id'],
  'mgn-imports': ['status', 'id'],
  'mgn-exports': ['status', 'id'],
  hub: ['status', 'name', 'stream'],
  dms: ['status', 'name', 'id', 'task-arn'],
} as const satisfies Record<string, readonly string[]>;

type Target = keyof typeof TARGETS;
const FILTER_OPTIONS = ['status', 'name', 'id', 'stream', 'task-arn'] as const;

/** `amk ls <service>`: a table (or NDJSON) of a service's resources, filtered, stopping at `--limit`. */
export const lsCommand: Command = {
  name: 'ls',
  summary: 'list imports, exports, migration tasks or assessment runs',
  usage: 'amk ls <discovery|mgn-imports|mgn-exports|hub|dms> [filters] [--limit N]',
  options: {
    status: { type: 'string', multiple: true },
    name: { type: 'string', multiple: true },
    id: { type: 'string', multiple: true },
    stream: { type: 'string', multiple: true },
    'task-arn': { type: 'string', multiple: true },
    limit: { type: 'string' },
  },
  optionHelp: [
    ['--status S', 'status kind (running, failed, ...) or raw status (IMPORT_COMPLETE, ...); repeatable'],
    ['--name N', 'exact name (discovery, dms; hub: task name); repeatable'],
    ['--id ID', 'id or ARN (discovery, mgn-imports, mgn-exports, dms); repeatable'],
    ['--stream S', 'progress update stream (hub); repeatable'],
    ['--task-arn ARN', 'replication task ARN (dms); repeatable'],
    ['--limit N', 'stop after N resources (no further page is requested)'],
  ],
  examples: ['amk ls discovery --status running', 'amk ls dms --task-arn arn:aws:dms:us-west-2:111122223333:task:T1 --limit 5 --json'],
  async run(values, positionals, ctx) {
    const target = positionals[0];
    if (positionals.length !== 1 || target === undefined) throw new UsageError('<service>', `expected one of ${Object.keys(TARGETS).join(', ')}`);
    if (!(target in TARGETS)) throw new UsageError('<service>', `expected one of ${Object.keys(TARGETS).join(', ')}, got ${JSON.stringify(target)}`);
    const allowed: readonly string[] = TARGETS[target as Target];
    for (const option of FILTER_OPTIONS) {
      if (values[option] !== undefined && !allowed.includes(option)) throw new UsageError(`--${option}`, `is not a filter of ${target} (it takes ${allowed.map((o) => `--${o}`).join(', ')})`);
    }
    const limit = integerOption(values, 'limit', 1, Number.MAX_SAFE_INTEGER);
    const rows = await collect(listOf(ctx.kit(), target as Target, values), filterOf(target as Target, values), limit, ctx);
    if (!ctx.terminal.json) printResourceTable(ctx.terminal, rows);
    return EXIT.ok;
  },
};

/** Iterates lazily, printing NDJSON as it goes (or keeping the rows for the table), and stops at `limit`. */
async function collect(list: Paginated<ResumableHandle>, keep: (json: ResourceJson) => boolean, limit: number | undefined, ctx: CommandContext): Promise<ResourceJson[]> {
  const rows: ResourceJson[] = [];
  let count = 0;
  if (limit === 0) return rows;
  for await (const handle of list) {
    ctx.signal.throwIfAborted();
    const json = resourceJson(handle);
    if (!keep(json)) continue;
    if (ctx.terminal.json) ctx.terminal.record(json);
    else rows.push(json);
    if (++count === limit) break;
  }
  return rows;
}

/** The service-side list, with the filters the service can apply. */
function listOf(kit: MigrationKit, target: Target, values: OptionValues): Paginated<ResumableHandle> {
  const ids = listOption(values, 'id');
  switch (target) {
    case 'discovery': {
      // Uppercase values are Discovery's raw statuses, which the service filters on; kinds are matched here.
      const statuses = listOption(values, 'status');
      const raw = statuses?.every((s) => /^[A-Z_]+$/.test(s)) ? { status: statuses as never[] } : {};
      const names = listOption(values, 'name');
      return kit.discovery.importTasks({ ...raw, ...(names ? { name: names } : {}), ...(ids ? { ids } : {}) });
    }
    case 'mgn-imports':
      return kit.mgn.imports(ids ? { importIDs: ids } : {});
    case 'mgn-exports':
      return kit.mgn.exports(ids ? { exportIDs: ids } : {});
    case 'hub':
      return kit.hub.migrationTasks();
    case 'dms': {
      const taskArns = listOption(values, 'task-arn');
      return kit.dms.assessmentRuns({ ...(ids ? { assessmentRunArn: ids } : {}), ...(taskArns ? { replicationTaskArn: taskArns } : {}) });
    }
  }
}

/** What is filtered on this side: the status (kind or raw), and names and streams the service cannot filter on. */
function filterOf(target: Target, values: OptionValues): (json: ResourceJson) => boolean {
  const status = statusMatcher(listOption(values, 'status'));
  const names = target === 'hub' || target === 'dms' ? listOption(values, 'name') : undefined;
  const streams = listOption(values, 'stream');
  return (json) => status(json.status) && (names === undefined || names.includes(json.name ?? '')) && (streams === undefined || streams.includes(json.scope ?? ''));
}
