import { isTerminal, pollUntilDone, type WaitOptions } from '../core/index.js';
import { DESCRIBE_IMPORT_TASKS_PAGE, IMPORT_TASK_POLL_DEFAULTS, MAX_FILTER_VALUES } from './defaults.js';
import type { DiscoveryContext } from './discovery-context.js';
import type { ImportTask, RawImportTask } from './import-task.js';

/**
 * Refreshes `tasks` (only those not terminal yet when `onlyPending`) with as few DescribeImportTasks calls as the
 * API allows: one per 100 ids (the IMPORT_TASK_ID filter's limit), following `nextToken` if the service pages.
 * @internal
 */
export async function refreshImportTasks(
  ctx: DiscoveryContext,
  tasks: readonly ImportTask[],
  signal: AbortSignal | undefined,
  onlyPending = false,
): Promise<void> {
  const pending = onlyPending ? tasks.filter((task) => !isTerminal(task.status)) : tasks;
  const ids = [...new Set(pending.map((task) => task.id))];
  const seen = new Map<string, RawImportTask>();
  for (let i = 0; i < ids.length; i += MAX_FILTER_VALUES) {
    const values = ids.slice(i, i + MAX_FILTER_VALUES);
    let nextToken: string | undefined;
    do {
      const out = await ctx.send(
        'DescribeImportTasks',
        { filters: [{ name: 'IMPORT_TASK_ID', values }], maxResults: DESCRIBE_IMPORT_TASKS_PAGE.max, ...(nextToken ? { nextToken } : {}) },
        signal,
      );
      for (const raw of out.tasks ?? []) if (raw.importTaskId) seen.set(raw.importTaskId, raw);
      nextToken = out.nextToken || undefined;
    } while (nextToken !== undefined);
  }
  for (const task of pending) task.observe(seen.get(task.id));
}

/**
 * Waits until every task is terminal, polling them together (one DescribeImportTasks per 100 pending tasks per
 * tick) rather than one request per task. Resolves with the same objects, updated. `onProgress` receives a
 * snapshot of all the tasks whenever any of them changes.
 * @internal
 */
export async function waitAllImportTasks(
  ctx: DiscoveryContext,
  tasks: readonly ImportTask[],
  options: WaitOptions<readonly ImportTask[]> = {},
): Promise<readonly ImportTask[]> {
  let first = true;
  await pollUntilDone<readonly ImportTask[]>(
    {
      observe: async (signal) => {
        // The first look refreshes every task (one may have been deleted since); later ones only the unfinished.
        await refreshImportTasks(ctx, tasks, signal, !first);
        first = false;
        return tasks.map((task) => task.snapshot());
      },
      isDone: (snapshots) => snapshots.every((task) => isTerminal(task.status)),
      changeKey: (snapshots) => snapshots.map((task) => `${task.status.raw}|${task.recordsProcessed}`).join(','),
      defaults: IMPORT_TASK_POLL_DEFAULTS,
    },
    options,
  );
  return tasks;
}
