import { assertNever, type UnknownStatus } from '../core/index.js';

/** The task statuses Migration Hub defines (`Status` in the model). */
export const MIGRATION_TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'FAILED', 'COMPLETED'] as const;

/** One of Migration Hub's task status strings. */
export type RawMigrationTaskStatus = (typeof MIGRATION_TASK_STATUSES)[number];

/**
 * A migration task's status, discriminated on `kind`:
 * `NOT_STARTED` → `pending`, `IN_PROGRESS` → `running`, `FAILED` → `failed`, `COMPLETED` → `succeeded`,
 * and any string added after this library shipped → `unknown`.
 */
export type MigrationTaskStatus =
  | {
      /** Registered, not started (also a task imported but never notified). */
      readonly kind: 'pending';
      /** The service's string. */
      readonly raw: 'NOT_STARTED';
    }
  | {
      /** The tool is working on it. */
      readonly kind: 'running';
      /** The service's string. */
      readonly raw: 'IN_PROGRESS';
    }
  | {
      /** The tool reported a failure. */
      readonly kind: 'failed';
      /** The service's string. */
      readonly raw: 'FAILED';
      /** The status detail the tool sent with the failure (usually the error message), when it sent one. */
      readonly message: string | undefined;
    }
  | {
      /** The tool reported the migration done. */
      readonly kind: 'succeeded';
      /** The service's string. */
      readonly raw: 'COMPLETED';
    }
  | UnknownStatus;

function isRawStatus(value: string): value is RawMigrationTaskStatus {
  return (MIGRATION_TASK_STATUSES as readonly string[]).includes(value);
}

/**
 * Maps Migration Hub's status string to a {@link MigrationTaskStatus}. A task that was imported but never
 * notified has no status yet and counts as `NOT_STARTED`.
 */
export function migrationTaskStatusOf(raw: string | undefined, detail?: string): MigrationTaskStatus {
  const value = raw ?? 'NOT_STARTED';
  if (!isRawStatus(value)) return { kind: 'unknown', raw: value };
  switch (value) {
    case 'NOT_STARTED':
      return { kind: 'pending', raw: value };
    case 'IN_PROGRESS':
      return { kind: 'running', raw: value };
    case 'FAILED':
      return { kind: 'failed', raw: value, message: detail };
    case 'COMPLETED':
      return { kind: 'succeeded', raw: value };
    default:
      return assertNever(value, 'migration task status');
  }
}
