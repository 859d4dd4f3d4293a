import type { DryRunResult, MigrationTask } from '../../index.js';
import { flagOption, integerOption, requiredOption, stringOption, type Command, type CommandContext } from '../command.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { resourceJson } from '../resource-view.js';

const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'FAILED', 'COMPLETED'] as const;
/** Migration Hub's largest NextUpdateSeconds (the model's `NextUpdateSeconds` range). */
const MAX_NEXT_UPDATE_SECONDS = 2_147_483_647;

/** `amk hub notify <stream>/<task>`: report a migration task's progress from a shell script. */
export const hubCommand: Command = {
  name: 'hub',
  summary: 'report a migration task\'s progress to Migration Hub (hub notify)',
  usage: 'amk hub notify <stream>/<task> --status S [--percent N] [--detail TEXT] --next-update SECONDS [--dry-run]',
  options: {
    status: { type: 'string' },
    percent: { type: 'string' },
    detail: { type: 'string' },
    'next-update': { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  optionHelp: [
    ['--status S', `${STATUSES.join(', ')}`],
    ['--percent N', 'progress, a whole number 0–100'],
    ['--detail TEXT', 'one line of status detail (at most 2,500 characters)'],
    ['--next-update SECONDS', 'when the next update is due; after that the task counts as stale'],
    ['--dry-run', 'ask Migration Hub whether the update would be accepted, without sending it'],
  ],
  examples: ['amk hub notify my-tool/app-server-01 --status IN_PROGRESS --percent 40 --detail "copying disks" --next-update 300'],
  async run(values, positionals, ctx) {
    const [sub, ref] = positionals;
    if (sub !== 'notify') throw new UsageError('<subcommand>', `expected notify${sub === undefined ? '' : `, got ${JSON.stringify(sub)}`}`);
    if (ref === undefined || positionals.length !== 2) throw new UsageError('<stream>/<task>', 'expected one migration task as <stream>/<task>');
    const slash = ref.indexOf('/');
    if (slash <= 0) throw new UsageError('<stream>/<task>', `expected <stream>/<task>, got ${JSON.stringify(ref)}`);
    const status = requiredOption(values, 'status');
    if (!(STATUSES as readonly string[]).includes(status)) throw new UsageError('--status', `expected one of ${STATUSES.join(', ')}, got ${JSON.stringify(status)}`);
    const percent = integerOption(values, 'percent', 0, 100);
    const nextUpdateSeconds = integerOption(values, 'next-update', 0, MAX_NEXT_UPDATE_SECONDS);
    if (nextUpdateSeconds === undefined) throw new UsageError('--next-update', 'is required: the seconds within which the next update will come');
    const detail = stringOption(values, 'detail');
    const dryRun = flagOption(values, 'dry-run');
    const update = {
      status: status as (typeof STATUSES)[number],
      nextUpdateSeconds,
      ...(percent !== undefined ? { progressPercent: percent } : {}),
      ...(detail !== undefined ? { detail } : {}),
    };
    const task = ctx.kit().hub.migrationTask(ref.slice(0, slash), ref.slice(slash + 1));
    if (dryRun) return printDryRun(ctx, await task.notify({ ...update, dryRun: true }, { signal: ctx.signal }));
    await notifyCreating(task, update, ctx);
    if (ctx.terminal.json) ctx.terminal.record(resourceJson(task));
    else ctx.terminal.line(`notified ${ref}: ${status}${percent !== undefined ? ` ${percent}%` : ''}${detail ? ` ${detail}` : ''}`);
    return EXIT.ok;
  },
};

/** Notifies; when the stream or the task does not exist yet, creates the stream, registers the task and notifies again. */
async function notifyCreating(task: MigrationTask, update: Parameters<MigrationTask['notify']>[0] & { dryRun?: false }, ctx: CommandContext): Promise<void> {
  const signal = ctx.signal;
  try {
    await task.notify(update, { signal });
  } catch (error) {
    if ((error as { name?: unknown }).name !== 'ResourceNotFoundException') throw error;
    await ctx.kit().hub.stream(task.stream).create({ signal });
    await task.import({ signal });
    await task.notify(update, { signal });
  }
}

function printDryRun(ctx: CommandContext, result: DryRunResult): typeof EXIT.ok | typeof EXIT.failed {
  if (ctx.terminal.json) ctx.terminal.record(result);
  else ctx.terminal.line(`dry run: ${result.wouldSucceed ? 'would succeed' : 'would be refused (not authorised)'}${result.message ? `: ${result.message}` : ''}`);
  return result.wouldSucceed ? EXIT.ok : EXIT.failed;
}
