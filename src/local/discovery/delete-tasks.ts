import { isHidden, type TaskRecord } from './task-record.js';
import { deleteInput } from './wire-input.js';

const DAY_MS = 24 * 60 * 60_000;

/** The deletion state BatchDeleteImportData works on. @internal */
export interface DeletionState {
  /** Every task, in creation order. */
  readonly tasks: readonly TaskRecord[];
  /** Deletions done, for the per-day record quota. */
  readonly deletions: { at: number; records: number }[];
  /** Record deletions allowed per 24 hours. */
  readonly maxDeletedPerDay: number;
  /** Emulated time to DELETE_COMPLETE. */
  readonly deleteMs: number;
  /** Returns true (and counts one down) when a scripted DELETE_FAILED is pending. */
  takeScriptedFailure(): boolean;
}

/**
 * Answers BatchDeleteImportData: unknown ids get NOT_FOUND; a deletion over the daily record quota gets OVER_LIMIT
 * and leaves the task DELETE_FAILED_LIMIT_EXCEEDED; the others start deleting (DELETE_IN_PROGRESS, then
 * DELETE_COMPLETE, or DELETE_FAILED when scripted). Deleting a deleted task again only adds `deleteHistory`.
 * @internal
 */
export function deleteTasks(state: DeletionState, input: Record<string, unknown>, now: number): { errors?: Record<string, string>[] } {
  const { ids, deleteHistory } = deleteInput(input);
  const errors: Record<string, string>[] = [];
  for (const id of new Set(ids)) {
    const task = state.tasks.find((t) => t.id === id && !isHidden(t, now));
    if (!task) {
      errors.push({ importTaskId: id, errorCode: 'NOT_FOUND', errorDescription: `Import task ${id} was not found` });
      continue;
    }
    const current = task.deletion;
    if (current && current.result === 'DELETE_COMPLETE') {
      if (deleteHistory && !current.history) task.deletion = { ...current, history: true };
      continue;
    }
    const records = task.outcome.serverImportSuccess;
    const deletedToday = state.deletions.filter((d) => d.at > now - DAY_MS).reduce((sum, d) => sum + d.records, 0);
    if (deletedToday + records > state.maxDeletedPerDay) {
      task.deletion = { requestedAt: now, completesAt: now, result: 'DELETE_FAILED_LIMIT_EXCEEDED', history: false };
      errors.push({
        importTaskId: id,
        errorCode: 'OVER_LIMIT',
        errorDescription: `Deleting ${records} records would exceed the limit of ${state.maxDeletedPerDay} record deletions per day`,
      });
      continue;
    }
    const fail = state.takeScriptedFailure();
    if (!fail) state.deletions.push({ at: now, records });
    task.deletion = { requestedAt: now, completesAt: now + state.deleteMs, result: fail ? 'DELETE_FAILED' : 'DELETE_COMPLETE', history: deleteHistory };
  }
  return errors.length > 0 ? { errors } : {};
}
