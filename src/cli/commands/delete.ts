import { AssessmentRun, ImportTask, type ResumableHandle } from '../../index.js';
import { flagOption, type Command, type CommandContext } from '../command.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import { handleOf } from '../resource-ref.js';
import { resourceJson } from '../resource-view.js';

/** `amk delete <id>...`: Discovery import tasks (10 per request) and DMS assessment runs. */
export const deleteCommand: Command = {
  name: 'delete',
  summary: 'delete Discovery import tasks\' records (10 per request) or DMS assessment runs',
  usage: 'amk delete <import-task-id|dms-run-arn>... [--history]',
  options: { history: { type: 'boolean' } },
  optionHelp: [['--history', 'Discovery: also delete the tasks\' history, so they leave the listings']],
  examples: ['amk delete import-task-0123456789abcdef0123456789abcdef --history', 'amk delete arn:aws:dms:us-west-2:111122223333:assessment-run:RUN1'],
  async run(values, positionals, ctx) {
    const handles = resolve(positionals, ctx, 'delete', (h) => h instanceof ImportTask || h instanceof AssessmentRun, 'Discovery import task ids and DMS assessment run ARNs');
    const tasks = handles.filter((h): h is ImportTask => h instanceof ImportTask);
    const runs = handles.filter((h): h is AssessmentRun => h instanceof AssessmentRun);
    let code: ExitCode = EXIT.ok;
    if (tasks.length > 0) {
      const outcomes = await ctx.kit().discovery.deleteImportTasks(tasks.map((t) => t.id), { deleteHistory: flagOption(values, 'history'), signal: ctx.signal });
      for (const outcome of outcomes) {
        if (outcome.deleted) emit(ctx, { id: outcome.id, deleted: true }, `deleting ${outcome.id}`);
        else {
          code = EXIT.failed;
          emit(ctx, { id: outcome.id, deleted: false, error: { code: outcome.error.code, message: outcome.error.message } }, `not deleted ${outcome.id}: ${outcome.error.code}`);
        }
      }
    }
    for (const run of runs) {
      await run.delete({ signal: ctx.signal });
      emit(ctx, { id: run.arn, deleted: true, resource: resourceJson(run) }, `deleting ${run.arn}`);
    }
    return code;
  },
};

/** `amk cancel <dms-run-arn>...`. */
export const cancelCommand: Command = {
  name: 'cancel',
  summary: 'cancel DMS assessment runs',
  usage: 'amk cancel <dms-run-arn>...',
  options: {},
  optionHelp: [],
  examples: ['amk cancel arn:aws:dms:us-west-2:111122223333:assessment-run:RUN1'],
  async run(_values, positionals, ctx) {
    const runs = resolve(positionals, ctx, 'cancel', (h) => h instanceof AssessmentRun, 'DMS assessment run ARNs') as AssessmentRun[];
    for (const run of runs) {
      await run.cancel({ signal: ctx.signal });
      const json = resourceJson(run);
      emit(ctx, { id: run.arn, cancelled: true, resource: json }, `cancelling ${run.arn}: ${json.status.kind} (${json.status.raw})`);
    }
    return EXIT.ok;
  },
};

function resolve(refs: readonly string[], ctx: CommandContext, verb: string, accept: (h: ResumableHandle) => boolean, what: string): ResumableHandle[] {
  if (refs.length === 0) throw new UsageError('<id>', `expected at least one of: ${what}`);
  return refs.map((ref) => {
    const handle = handleOf(ctx.kit(), ref);
    if (!accept(handle)) throw new UsageError('<id>', `${ref}: amk ${verb} takes ${what}`);
    return handle;
  });
}

function emit(ctx: CommandContext, json: Record<string, unknown>, text: string): void {
  if (ctx.terminal.json) ctx.terminal.record(json);
  else ctx.terminal.line(text);
}
