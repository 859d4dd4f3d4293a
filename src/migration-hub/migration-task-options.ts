import type { WaitOptions } from '../core/index.js';
import type { RawMigrationTaskStatus } from './migration-task-status.js';
import type { ResourceAttributeType } from './validate.js';

/** One NotifyMigrationTaskState update, as a migration tool sends it. */
export interface MigrationTaskUpdate {
  /** The task's status. */
  readonly status: RawMigrationTaskStatus;
  /** A one-line status detail of at most 2,500 characters (e.g. `copying disk 2 of 3`). */
  readonly detail?: string;
  /** How far along the task is, an integer 0–100. */
  readonly progressPercent?: number;
  /** When the state was gathered. @default now, on the facade's clock */
  readonly updatedAt?: Date;
  /** Seconds after `updatedAt` within which the tool promises its next update; after that the task is stale. */
  readonly nextUpdateSeconds: number;
  /** Ask the service whether the update would be accepted, without sending it for real. @default false */
  readonly dryRun?: boolean;
}

/** Options of a migration task handle. */
export interface MigrationTaskOptions {
  /**
   * The update interval the reporting tool promised (its `NextUpdateSeconds`), used for `stale`. Migration Hub does
   * not return it, so an orchestrator that watches another tool's task passes it here; notifying through the handle
   * sets it. @default unknown (the task is never reported stale)
   */
  readonly nextUpdateSeconds?: number;
}

/** Options of `MigrationTask.waitUntilComplete()` / `waitUntilSucceeded()`. */
export interface MigrationTaskWaitOptions<T> extends WaitOptions<T> {
  /**
   * Reject with `StaleTaskError` as soon as the task is seen stale (after `onProgress` has reported it),
   * instead of waiting on. @default false
   */
  readonly failWhenStale?: boolean;
}

/** An attribute that identifies the migrated resource, so Migration Hub can match it to a discovered server. */
export interface ResourceAttribute {
  /** What the value is. */
  readonly type: ResourceAttributeType;
  /** The value, 1–256 characters (e.g. `10.0.0.12` for `IPV4_ADDRESS`). */
  readonly value: string;
}

/** An AWS resource the migration created (the migrated instance, an AMI, ...). */
export interface CreatedArtifact {
  /** The artifact's ARN (1–1600 characters). */
  readonly name: string;
  /** A one-line description of at most 500 characters. */
  readonly description?: string;
}

/** A resource from the Application Discovery Service repository that the task migrates. */
export interface DiscoveredResource {
  /** The discovered resource's configuration id (1–1600 characters), e.g. `d-server-0123456789abcdef`. */
  readonly configurationId: string;
  /** A one-line description of at most 500 characters. */
  readonly description?: string;
}
