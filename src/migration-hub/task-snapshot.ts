import type { MigrationTask as SdkMigrationTask, MigrationTaskSummary as SdkMigrationTaskSummary } from '@aws-sdk/client-migration-hub';
import { isTerminal } from '../core/index.js';
import type { ResourceAttribute } from './migration-task-options.js';
import { migrationTaskStatusOf, type MigrationTaskStatus } from './migration-task-status.js';

/** The SDK's own object behind a task: DescribeMigrationTask's `MigrationTask` or a ListMigrationTasks summary. */
export type RawMigrationTask = SdkMigrationTask | SdkMigrationTaskSummary;

/** What one observation of a task holds. @internal */
export interface TaskSnapshot {
  readonly status: MigrationTaskStatus;
  readonly percent: number | undefined;
  readonly detail: string | undefined;
  readonly updatedAt: Date | undefined;
  readonly attributes: readonly ResourceAttribute[] | undefined;
  readonly raw: RawMigrationTask | undefined;
  /** Epoch ms of the observation, on the clock in force; undefined before the first one. */
  readonly observedAt: number | undefined;
}

/** A handle's state before anything was sent or fetched. @internal */
export const EMPTY_SNAPSHOT: TaskSnapshot = {
  status: { kind: 'unknown', raw: '' },
  percent: undefined,
  detail: undefined,
  updatedAt: undefined,
  attributes: undefined,
  raw: undefined,
  observedAt: undefined,
};

/** A snapshot from DescribeMigrationTask's `MigrationTask`. @internal */
export function snapshotOfTask(t: SdkMigrationTask, observedAt: number): TaskSnapshot {
  return {
    status: migrationTaskStatusOf(t.Task?.Status, t.Task?.StatusDetail),
    percent: t.Task?.ProgressPercent,
    detail: t.Task?.StatusDetail,
    updatedAt: t.UpdateDateTime,
    attributes: (t.ResourceAttributeList ?? []).map((a) => ({ type: a.Type, value: a.Value ?? '' }) as ResourceAttribute),
    raw: t,
    observedAt,
  };
}

/** A snapshot from a ListMigrationTasks summary (which has no resource attributes). @internal */
export function snapshotOfSummary(s: SdkMigrationTaskSummary, observedAt: number): TaskSnapshot {
  return {
    status: migrationTaskStatusOf(s.Status, s.StatusDetail),
    percent: s.ProgressPercent,
    detail: s.StatusDetail,
    updatedAt: s.UpdateDateTime,
    attributes: undefined,
    raw: s,
    observedAt,
  };
}

/** `updatedAt + nextUpdateSeconds`, when both are known. @internal */
export function nextUpdateDue(snapshot: TaskSnapshot, nextUpdateSeconds: number | undefined): Date | undefined {
  if (snapshot.updatedAt === undefined || nextUpdateSeconds === undefined) return undefined;
  return new Date(snapshot.updatedAt.getTime() + nextUpdateSeconds * 1000);
}

/**
 * Whether the task is overdue at `at` (epoch ms): false once it is finished; otherwise true when its next update was
 * due before then, and undefined when that due time is not known (no promised interval, or no update time). @internal
 */
export function isOverdue(snapshot: TaskSnapshot, nextUpdateSeconds: number | undefined, at: number): boolean | undefined {
  if (isTerminal(snapshot.status)) return false;
  const due = nextUpdateDue(snapshot, nextUpdateSeconds);
  return due === undefined ? undefined : at > due.getTime();
}
