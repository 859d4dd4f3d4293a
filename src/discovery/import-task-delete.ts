import type { CallOptions } from '../core/index.js';
import type { DiscoveryContext } from './discovery-context.js';
import { ImportTaskDeleteError } from './errors.js';
import type { ImportTask } from './import-task.js';

/** Options for {@link ImportTask.delete}. */
export interface DeleteImportTaskOptions extends CallOptions {
  /** Also remove the task from DescribeImportTasks once its records are deleted. @default false */
  readonly deleteHistory?: boolean;
}

/**
 * Deletes the records of the import task `id` (BatchDeleteImportData, with `deleteHistory` when asked) and records
 * the accepted deletion in the facade's deletion log.
 * @throws ImportTaskDeleteError when the service refuses this id (`NOT_FOUND`, `OVER_LIMIT`, ...).
 * @internal
 */
export async function deleteImportTask(ctx: DiscoveryContext, id: string, options: DeleteImportTaskOptions): Promise<void> {
  const deleteHistory = options.deleteHistory ?? false;
  const out = await ctx.send('BatchDeleteImportData', { importTaskIds: [id], deleteHistory }, options.signal);
  const error = out.errors?.find((e) => e.importTaskId === id) ?? out.errors?.[0];
  if (error) throw new ImportTaskDeleteError(id, error.errorCode ?? 'UNKNOWN', error.errorDescription);
  ctx.deletions.add(id);
}
