import type { MigrationHubClient } from '@aws-sdk/client-migration-hub';
import { s, type CallOptions, type CheckpointRules, type ListOptions } from '../core/index.js';
import { LIMITS } from './defaults.js';
import type { MutationOptions } from './dry-run.js';
import type { MigrationHubServiceOptions, MigrationTaskListOptions } from './migration-hub-service.js';
import type { CreatedArtifact, DiscoveredResource, MigrationTaskOptions, MigrationTaskUpdate, MigrationTaskWaitOptions, ResourceAttribute } from './migration-task-options.js';
import { MIGRATION_TASK_STATUSES } from './migration-task-status.js';
import type { TrackOptions } from './track.js';
import {
  RESOURCE_ATTRIBUTE_TYPES,
  checkArtifactName,
  checkAttributeValue,
  checkConfigurationId,
  checkDescription,
  checkDetail,
  checkStreamName,
  checkTaskName,
} from './validate.js';

/*
 * Every public input of the Migration Hub facade and its handles, declared once: each schema is checked against the
 * exported interface it parses (`objectOf<T>()`), so neither can change without the other.
 */

const NEXT_UPDATE_SECONDS = s.integer({ min: 0, max: LIMITS.nextUpdateSeconds });
const DETAIL = s.custom('a one-line status detail', checkDetail);
const DESCRIPTION = s.optional(s.custom('a one-line description', checkDescription));

/** `new MigrationHubService(options)`. @internal */
export const HUB_SERVICE_OPTIONS = s.objectOf<MigrationHubServiceOptions>()(
  { ...s.AWS_CLIENT_FIELDS, client: s.optional(s.sdkClient<MigrationHubClient>()), clock: s.optional(s.clock()) },
  { unknownHint: s.CLIENT_SETTINGS_HINT },
);

/** Every call that changes something and can be dry-run: `create`, `delete`, `import`, `associate`... @internal */
export const MUTATION_OPTIONS = s.objectOf<MutationOptions>()({ signal: s.SIGNAL, dryRun: s.optional(s.boolean()) });

/** `migrationTask(stream, name, options)`, `stream.task(name, options)`, `resume(checkpoint, options)`. @internal */
export const MIGRATION_TASK_OPTIONS = s.objectOf<MigrationTaskOptions>()({ nextUpdateSeconds: s.optional(NEXT_UPDATE_SECONDS) });

/** `migrationTasks(options)`. @internal */
export const MIGRATION_TASK_LIST_OPTIONS = s.objectOf<MigrationTaskListOptions>()({
  ...s.LIST_FIELDS,
  nextUpdateSeconds: s.optional(NEXT_UPDATE_SECONDS),
  resourceName: s.optional(s.custom('a configuration id', checkConfigurationId)),
});

/** `task.notify(update)`. @internal */
export const MIGRATION_TASK_UPDATE = s.objectOf<MigrationTaskUpdate>()(
  {
    status: s.oneOf(MIGRATION_TASK_STATUSES),
    detail: s.optional(DETAIL),
    progressPercent: s.optional(s.integer({ min: 0, max: 100 })),
    updatedAt: s.optional(s.date()),
    nextUpdateSeconds: NEXT_UPDATE_SECONDS,
    dryRun: s.optional(s.boolean()),
  },
  { label: 'update' },
);

/** `task.track(work, options)`; `heartbeatMs` is further bounded by `nextUpdateSeconds` in `track()`. @internal */
export const TRACK_OPTIONS = s.objectOf<TrackOptions>()({
  nextUpdateSeconds: s.optional(s.integer({ min: 1, max: LIMITS.nextUpdateSeconds })),
  heartbeatMs: s.optional(s.refine(s.duration({ min: 1 }), (ms) => (Number.isInteger(ms) ? undefined : 'must be a whole number of milliseconds'))),
  detail: s.optional(DETAIL),
  clock: s.optional(s.clock()),
  signal: s.SIGNAL,
  onNotifyError: s.optional(s.fn<(error: unknown) => void>()),
});

/** `task.waitUntilComplete(options)` / `waitUntilSucceeded(options)`. @internal */
export const MIGRATION_TASK_WAIT_OPTIONS = s.objectOf<MigrationTaskWaitOptions<never>>()({
  ...s.WATCH_FIELDS,
  onProgress: s.optional(s.fn<(snapshot: never) => void>()),
  failWhenStale: s.optional(s.boolean()),
});

/** `task.putResourceAttributes(attributes)`. @internal */
export const RESOURCE_ATTRIBUTES = s.array(
  s.objectOf<ResourceAttribute>()({ type: s.oneOf(RESOURCE_ATTRIBUTE_TYPES), value: s.custom('an attribute value', checkAttributeValue) }),
  { min: 1, max: LIMITS.resourceAttributes },
);

/** `task.createdArtifacts.associate(artifact)`. @internal */
export const CREATED_ARTIFACT = s.objectOf<CreatedArtifact>()({ name: s.custom('an artifact ARN', checkArtifactName), description: DESCRIPTION }, { label: 'artifact' });

/** `task.discoveredResources.associate(resource)`. @internal */
export const DISCOVERED_RESOURCE = s.objectOf<DiscoveredResource>()(
  { configurationId: s.custom('a configuration id', checkConfigurationId), description: DESCRIPTION },
  { label: 'resource' },
);

/** `refresh(options)`, `homeRegion(options)`. @internal */
export const HUB_CALL_OPTIONS: s.Schema<CallOptions> = s.CALL_OPTIONS;

/** `streams(options)`, the association lists. @internal */
export const HUB_LIST_OPTIONS: s.Schema<ListOptions> = s.LIST_OPTIONS;

/** How `resume()` checks a checkpoint: the task name as id, its stream as scope. @internal */
export const MIGRATION_TASK_CHECKPOINT: CheckpointRules = { resources: ['MigrationTask'], id: checkTaskName, scope: checkStreamName };
