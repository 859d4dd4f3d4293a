import { CheckpointError } from './errors.js';
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

/**
 * Checks that `value` (a {@link Checkpoint} or its JSON text) is a checkpoint for `service` / `resource`.
 * @throws CheckpointError when it is not.
 */
export function parseCheckpoint(value: unknown, service: ServiceName, resource: string): Checkpoint {
  let data: unknown = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch (error) {
      throw new CheckpointError('checkpoint is not valid JSON', { cause: error });
    }
  }
  if (typeof data !== 'object' || data === null) throw new CheckpointError('checkpoint must be an object');
  const c = data as Record<string, unknown>;
  if (c['v'] !== 1) throw new CheckpointError(`unsupported checkpoint version ${String(c['v'])}`);
  if (c['service'] !== service || c['resource'] !== resource) {
    throw new CheckpointError(`checkpoint is for ${String(c['service'])}/${String(c['resource'])}, expected ${service}/${resource}`);
  }
  if (typeof c['id'] !== 'string' || c['id'] === '') throw new CheckpointError('checkpoint has no id');
  if (c['scope'] !== undefined && typeof c['scope'] !== 'string') throw new CheckpointError('checkpoint scope must be a string');
  checkPollState(c['poll']);
  const seconds = c['nextUpdateSeconds'];
  if (seconds !== undefined && !(typeof seconds === 'number' && Number.isInteger(seconds) && seconds >= 0)) {
    throw new CheckpointError('checkpoint nextUpdateSeconds must be an integer ≥ 0');
  }
  return data as Checkpoint;
}

function checkPollState(poll: unknown): void {
  if (poll === undefined) return;
  const attempt = typeof poll === 'object' && poll !== null ? (poll as { attempt?: unknown }).attempt : undefined;
  if (!(typeof attempt === 'number' && Number.isSafeInteger(attempt) && attempt >= 1)) {
    throw new CheckpointError('checkpoint poll.attempt must be an integer ≥ 1');
  }
}
