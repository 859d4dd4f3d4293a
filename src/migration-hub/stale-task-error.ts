import { MigrationKitError } from '../core/index.js';

/** What a {@link StaleTaskError} needs of the stale task (a `MigrationTask` is one). */
export interface StaleTaskSnapshot {
  /** The task's progress update stream. */
  readonly stream: string;
  /** The task's name. */
  readonly name: string;
  /** When its next update was due. */
  readonly nextUpdateDueAt: Date | undefined;
}

/**
 * A wait with `failWhenStale: true` saw the task go stale: the tool promised its next update by
 * `UpdateDateTime + NextUpdateSeconds` and that moment passed without one.
 */
export class StaleTaskError<T extends StaleTaskSnapshot = StaleTaskSnapshot> extends MigrationKitError {
  override readonly name = 'StaleTaskError' as const;
  /** The stale snapshot. */
  readonly snapshot: T;
  /** When the overdue update was due. */
  readonly dueAt: Date | undefined;

  /** @param snapshot - The task snapshot that was observed stale. */
  constructor(snapshot: T) {
    const due = snapshot.nextUpdateDueAt;
    super(
      `Migration task ${snapshot.stream}/${snapshot.name} is stale: its next update was due ` +
        `${due ? `at ${due.toISOString()}` : 'already'} and has not arrived`,
    );
    this.snapshot = snapshot;
    this.dueAt = due;
  }
}
