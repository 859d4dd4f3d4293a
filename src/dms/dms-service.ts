import type { DatabaseMigrationServiceClient } from '@aws-sdk/client-database-migration-service';
import type { S3Client } from '@aws-sdk/client-s3';
import { objectStore } from '../storage/index.js';
import { clientConfigOf, engineFor, lazy, parseCheckpoint, resumePolling, s, type AwsClientOptions, type EngineStats, type Paginated } from '../core/index.js';
import { assessmentRunFilters, listAssessmentRuns, type AssessmentRunListOptions } from './assessment-run-list.js';
import { AssessmentRun } from './assessment-run.js';
import { dmsContext, type DmsContext } from './dms-context.js';
import { ReplicationTask } from './replication-task.js';
import { loadDmsSdk } from './sdk.js';
import { checkAssessmentRunArn, checkReplicationTaskArn } from './validate.js';
import { ASSESSMENT_RUN_CHECKPOINT, ASSESSMENT_RUN_LIST_OPTIONS, DMS_SERVICE_OPTIONS } from './input-schemas.js';

/** Options for {@link DmsService}. */
export interface DmsServiceOptions extends AwsClientOptions {
  /** Your own DMS client; the other options are then ignored. @default a client built from the options on first use */
  readonly client?: DatabaseMigrationServiceClient;
  /**
   * Your own `S3Client`, for `run.resultObjects()`. @default one built from the options above on the first S3
   * request (path-style when `endpoint` is set); `@aws-sdk/client-s3` is not loaded before
   */
  readonly s3?: S3Client;
}

/**
 * DMS premigration assessment runs, as domain objects. The AWS SDK for DMS is loaded on first use.
 *
 * @example
 * ```ts
 * import { DmsService } from 'aws-migration-kit/dms';
 * const dms = new DmsService({ region: 'us-west-2' });
 * const run = await dms.replicationTask(taskArn).startAssessmentRun({
 *   name: 'pre-cutover', serviceAccessRoleArn, resultLocation: { bucket: 'my-assessments' } });
 * const done = await run.waitUntilComplete({ onProgress: (r) => console.log(r.progress) });
 * ```
 */
export class DmsService {
  readonly #ctx: DmsContext;

  /** @param options - Client settings, or your own `client`. */
  constructor(options: DmsServiceOptions = {}) {
    s.parse(DMS_SERVICE_OPTIONS, options);
    const { client } = options;
    const config = clientConfigOf(options);
    const engine = engineFor(options);
    this.#ctx = dmsContext(
      client
        ? () => Promise.resolve(client)
        : lazy(async () => new (await loadDmsSdk()).DatabaseMigrationServiceClient(config)),
      engine,
      objectStore(options, options.s3, engine),
    );
  }

  /** This facade's request counters (shared with the other facades of a `MigrationKit`). */
  stats(): EngineStats {
    return this.#ctx.engine.stats();
  }

  /**
   * A handle on a replication task; sends nothing.
   * @throws ValidationError unless `arn` is `arn:<partition>:dms:<region>:<account>:task:<id>`.
   */
  replicationTask(arn: string): ReplicationTask {
    return new ReplicationTask(this.#ctx, checkReplicationTaskArn('replicationTaskArn', arn));
  }

  /**
   * A handle on an existing assessment run; sends nothing. Its status is `unknown` until `refresh()` (or a wait).
   * @throws ValidationError unless `arn` is an assessment run ARN.
   */
  assessmentRun(arn: string): AssessmentRun {
    return new AssessmentRun(this.#ctx, { ReplicationTaskAssessmentRunArn: checkAssessmentRunArn('assessmentRunArn', arn) });
  }

  /**
   * Assessment runs across tasks, filtered as DMS allows (run ARN, task ARN, replication instance ARN, status).
   * Lazy: nothing is sent until iteration starts.
   * @throws ValidationError for a malformed filter, before any request.
   */
  assessmentRuns(options: AssessmentRunListOptions = {}): Paginated<AssessmentRun> {
    const parsed = s.parse(ASSESSMENT_RUN_LIST_OPTIONS, options);
    return listAssessmentRuns(this.#ctx, assessmentRunFilters(parsed), parsed);
  }

  /**
   * Rebuilds an assessment run handle from `run.toJSON()` (or its JSON text), e.g. in another process, with the
   * checkpoint's status until the next refresh.
   * @throws CheckpointError when `checkpoint` is not a DMS assessment run checkpoint.
   */
  resume(checkpoint: unknown): AssessmentRun {
    const c = parseCheckpoint(checkpoint, 'dms', ASSESSMENT_RUN_CHECKPOINT);
    const arn = c.id;
    const status = c.status;
    if (status?.kind === 'deleted') return resumePolling(new AssessmentRun(this.#ctx, { ReplicationTaskAssessmentRunArn: arn }, true), c);
    return resumePolling(new AssessmentRun(this.#ctx, { ReplicationTaskAssessmentRunArn: arn, ...(status && status.raw !== '' ? { Status: status.raw } : {}) }), c);
  }
}
