import type { PageBounds, PollDefaults } from '../core/index.js';

/** Migration Hub's polling defaults: task updates arrive minutes apart, so there is no point polling faster. */
export const MIGRATION_TASK_POLL_DEFAULTS: PollDefaults = { minDelayMs: 5_000, maxDelayMs: 60_000 };

/** ListProgressUpdateStreams and ListMigrationTasks: `MaxResults` is 1–100. */
export const LIST_PAGE_BOUNDS: PageBounds = { min: 1, max: 100 };

/** ListCreatedArtifacts and ListDiscoveredResources: `MaxResults` is 1–10. */
export const ASSOCIATION_PAGE_BOUNDS: PageBounds = { min: 1, max: 10 };

/** The `nextUpdateSeconds` that `track()` promises when none is given: 5 minutes. */
export const DEFAULT_TRACK_NEXT_UPDATE_SECONDS = 300;

/** `track()` sends a heartbeat after this fraction of `nextUpdateSeconds` without an update, leaving room for latency. */
export const HEARTBEAT_FRACTION = 0.5;

/** Model limits (botocore `mgh` service-2.json), checked before any request is sent. */
export const LIMITS = {
  /** `ProgressUpdateStream`: 1–50 characters. */
  streamName: 50,
  /** `MigrationTaskName`: 1–256 characters. */
  taskName: 256,
  /** `StatusDetail`: 0–2500 characters. */
  statusDetail: 2500,
  /** `NextUpdateSeconds`: an integer ≥ 0 (a 32-bit int on the wire). */
  nextUpdateSeconds: 2_147_483_647,
  /** `ResourceAttributeList`: 1–100 attributes. */
  resourceAttributes: 100,
  /** `ResourceAttributeValue`: 1–256 characters. */
  resourceAttributeValue: 256,
  /** `CreatedArtifactName` and `ConfigurationId` / `ResourceName`: 1–1600 characters. */
  resourceName: 1600,
  /** `CreatedArtifactDescription` / `DiscoveredResourceDescription`: 0–500 characters. */
  description: 500,
} as const;
