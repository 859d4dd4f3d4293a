import type { NotifyMigrationTaskStateCommandInput, Task } from '@aws-sdk/client-migration-hub';
import { checkDryRun } from './dry-run.js';
import type { MigrationTaskUpdate } from './migration-task-options.js';
import { checkDate, checkDetail, checkKnownKeys, checkNextUpdateSeconds, checkPercent, checkStatus } from './validate.js';

const UPDATE_KEYS = ['status', 'detail', 'progressPercent', 'updatedAt', 'nextUpdateSeconds', 'dryRun'];

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
  checkKnownKeys('', update, UPDATE_KEYS);
  const status = checkStatus('status', update.status);
  const detail = update.detail === undefined ? undefined : checkDetail('detail', update.detail);
  const percent = update.progressPercent === undefined ? undefined : checkPercent('progressPercent', update.progressPercent);
  const updatedAt = update.updatedAt === undefined ? new Date(now) : checkDate('updatedAt', update.updatedAt);
  const nextUpdateSeconds = checkNextUpdateSeconds('nextUpdateSeconds', update.nextUpdateSeconds);
  const dryRun = checkDryRun(update.dryRun);
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
