import { CheckpointError, ValidationError } from './errors.js';
import { objectOf } from './schema/object.js';
import { integer, oneOf, string } from './schema/primitives.js';
import { custom, optional, type Schema } from './schema/schema.js';
import type { LifecycleKind } from './status.js';

/** The services this library covers. */
export type ServiceName = 'discovery' | 'mgn' | 'migration-hub' | 'dms';

/**
 * A small, serialisable reference to a resource: enough to find it again in another process and resume waiting.
 * It holds no credentials, tokens or pre-signed URLs.
 */
export interface Checkpoint {
  /** Format version. */
  readonly v: 1;
  /** The service that owns the resource. */
  readonly service: ServiceName;
  /** The resource type, e.g. `ImportTask`. */
  readonly resource: string;
  /** The resource's id or ARN. */
  readonly id: string;
  /** The parent the id is scoped by, when it has one (the progress update stream of a migration task). */
  readonly scope?: string;
  /** The last status seen when the checkpoint was taken. */
  readonly status?: {
    /** The normalised status kind. */
    readonly kind: LifecycleKind;
    /** The service's exact status string. */
    readonly raw: string;
  };
  /**
   * Where a wait driven one `poll()` at a time stands: how many polls were made, so the next step (in another
   * process) continues the backoff. Absent before the first `poll()`.
   */
  readonly poll?: {
    /** Polls made so far, at least 1. */
    readonly attempt: number;
  };
  /**
   * The update interval, in seconds, promised for the resource (a Migration Hub task's `NextUpdateSeconds`), so a
   * resumed handle can still judge staleness. Absent when unknown.
   */
  readonly nextUpdateSeconds?: number;
}

const KINDS = [
  'pending',
  'running',
  'succeeded',
  'partially-succeeded',
  'warning',
  'failed',
  'error',
  'cancelling',
  'cancelled',
  'deleting',
  'deleted',
  'unknown',
] as const satisfies readonly LifecycleKind[];
// Fails to compile when LifecycleKind gains a member the list lacks.
const _everyKind: readonly (typeof KINDS)[number][] = [] as LifecycleKind[];
void _everyKind;

/** How one service's checkpoints are checked beyond the common shape. @internal */
export interface CheckpointRules {
  /** The resource types this service resumes. */
  readonly resources: readonly string[];
  /** Checks the id; throws {@link ValidationError} naming the field it is given. */
  readonly id: (field: string, value: unknown) => string;
  /** Checks the scope, for resources that have one (required then). */
  readonly scope?: (field: string, value: unknown) => string;
}

function schemaFor(service: ServiceName, rules: CheckpointRules): Schema<Checkpoint> {
  return objectOf<Checkpoint>()(
    {
      v: custom('1', (field, value) => {
        if (value !== 1) throw new ValidationError(field, `unsupported checkpoint version ${JSON.stringify(value) ?? String(value)}; this version reads 1`);
        return 1 as const;
      }),
      service: custom(JSON.stringify(service), (field, value) => {
        if (value !== service) throw new ValidationError(field, `is ${JSON.stringify(value) ?? String(value)}, expected ${JSON.stringify(service)}`);
        return service;
      }),
      resource: oneOf(rules.resources),
      id: custom('an id', rules.id),
      scope: optional(custom('a scope', rules.scope ?? ((field) => {
        throw new ValidationError(field, 'this resource has no scope');
      }))),
      status: optional(objectOf<NonNullable<Checkpoint['status']>>()({ kind: oneOf(KINDS), raw: string({ min: 0, max: 256 }) })),
      poll: optional(objectOf<NonNullable<Checkpoint['poll']>>()({ attempt: integer({ min: 1 }) })),
      nextUpdateSeconds: optional(integer({ min: 0 })),
    },
    { label: 'checkpoint' },
  );
}

/**
 * Checks that `value` (a {@link Checkpoint} or its JSON text) is a checkpoint of `service`, of one of
 * `rules.resources`, with a valid id (and scope), a known status kind, and no other keys.
 * @throws CheckpointError naming the bad field (`checkpoint.id`, `checkpoint.status`...), whatever is wrong.
 */
export function parseCheckpoint(value: unknown, service: ServiceName, rules: CheckpointRules): Checkpoint {
  let data: unknown = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch (error) {
      throw new CheckpointError('checkpoint is not valid JSON', { cause: error, field: 'checkpoint' });
    }
  }
  try {
    const checkpoint = schemaFor(service, rules).parse(data, 'checkpoint');
    if (rules.scope !== undefined && checkpoint.scope === undefined) throw new ValidationError('checkpoint.scope', 'is required for this resource');
    return checkpoint;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new CheckpointError(error.message, { cause: error, field: error.field });
  }
}

/** The `resource` of a checkpoint or its JSON text, without checking anything else; undefined when unreadable. @internal */
export function checkpointResource(value: unknown): unknown {
  try {
    const data: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    return typeof data === 'object' && data !== null ? (data as { resource?: unknown }).resource : undefined;
  } catch {
    return undefined;
  }
}

/** The `service` of a checkpoint or its JSON text, without checking anything else; undefined when unreadable. @internal */
export function checkpointService(value: unknown): unknown {
  try {
    const data: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    return typeof data === 'object' && data !== null ? (data as { service?: unknown }).service : undefined;
  } catch {
    return undefined;
  }
}
