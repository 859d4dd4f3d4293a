import type { NotifyMigrationTaskStateCommandInput, Task } from '@aws-sdk/client-migration-hub';
import { s } from '../core/index.js';
import { MIGRATION_TASK_UPDATE } from './input-schemas.js';
import type { MigrationTaskUpdate } from './migration-task-options.js';

/** A validated update: the SDK input and the values the handle keeps. @internal */
export interface NotifyInput {
  readonly input: NotifyMigrationTaskStateCommandInput;
  readonly task: Task;
  readonly updatedAt: Date;
  readonly nextUpdateSeconds: number;
  readonly dryRun: boolean;
}

/** Validates `update` (throwing `ValidationError` naming the field) and builds NotifyMigrationTaskState's input. @internal */
export function notifyInput(key: { ProgressUpdateStream: string; MigrationTaskName: string }, update: MigrationTaskUpdate, now: number): NotifyInput {
  const parsed = s.parse(MIGRATION_TASK_UPDATE, update);
  const { status, detail, progressPercent: percent, nextUpdateSeconds } = parsed;
  const updatedAt = parsed.updatedAt ?? new Date(now);
  const dryRun = parsed.dryRun ?? false;
  const task: Task = {
    Status: status,
    ...(detail !== undefined ? { StatusDetail: detail } : {}),
    ...(percent !== undefined ? { ProgressPercent: percent } : {}),
  };
  return {
    input: { ...key, Task: task, UpdateDateTime: updatedAt, NextUpdateSeconds: nextUpdateSeconds },
    task,
    updatedAt,
    nextUpdateSeconds,
    dryRun,
  };
}
