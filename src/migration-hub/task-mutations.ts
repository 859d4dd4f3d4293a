import { isDryRun, isDryRunResult, type DryRunResult, type MutationOptions } from './dry-run.js';
import type { HubContext } from './hub-context.js';
import type { MigrationTaskUpdate } from './migration-task-options.js';
import { notifyInput, type NotifyInput } from './notify-input.js';
import { snapshotOfTask, type TaskSnapshot } from './task-snapshot.js';

/** What names a task in every request: its stream and name, as the SDK spells them. @internal */
export interface TaskKey {
  readonly ProgressUpdateStream: string;
  readonly MigrationTaskName: string;
}

/**
 * Validates `update` (throwing `ValidationError` naming the field) and sends NotifyMigrationTaskState; `update.dryRun`
 * asks instead. Resolves with the dry run's verdict, or with what was sent. @internal
 */
export async function notifyTask(ctx: HubContext, key: TaskKey, update: MigrationTaskUpdate, signal?: AbortSignal): Promise<DryRunResult | NotifyInput> {
  const u = notifyInput(key, update, ctx.clock.now());
  const result = await ctx.mutate('NotifyMigrationTaskState', u.input, u.dryRun, signal);
  return isDryRunResult(result) ? result : u;
}

/**
 * The snapshot a handle shows after notifying: what was sent, observed at `observedAt`. A notification carries no
 * resource attributes and no SDK object, so those stay from `previous`. @internal
 */
export function notifiedSnapshot(previous: TaskSnapshot, sent: NotifyInput, observedAt: number): TaskSnapshot {
  return {
    ...snapshotOfTask({ Task: sent.task, UpdateDateTime: sent.updatedAt }, observedAt),
    attributes: previous.attributes,
    raw: previous.raw,
  };
}

/** Sends ImportMigrationTask, or dry-runs it: resolves with the dry run's verdict, or undefined once registered. @internal */
export async function importTask(ctx: HubContext, key: TaskKey, options: MutationOptions): Promise<DryRunResult | undefined> {
  const result = await ctx.mutate('ImportMigrationTask', { ...key }, isDryRun(options), options.signal);
  return isDryRunResult(result) ? result : undefined;
}
