import type { ReplicationTaskAssessmentRun } from '@aws-sdk/client-database-migration-service';
import { ResourceNotFoundError, Waitable, progressOf, type CallOptions, type Checkpoint, type ListOptions, type Paginated, type PollDefaults, type Progress, type RequestEngine } from '../core/index.js';
import { assessmentRunStatusOf, type AssessmentRunStatus } from './assessment-run-status.js';
import { statisticsOf, type AssessmentStatistics } from './assessment-statistics.js';
import { ASSESSMENT_RUN_POLL_DEFAULTS } from './defaults.js';
import type { DmsContext } from './dms-context.js';
import { listIndividualAssessments, type IndividualAssessment } from './individual-assessment.js';
import { isNotFound } from './not-found.js';
import type { ResultEncryption, ResultLocation } from './start-assessment-run-options.js';
import { DMS_CALL_OPTIONS, DMS_LIST_OPTIONS, RESULT_OBJECTS_OPTIONS } from './input-schemas.js';
import { NoResultLocationError } from './no-result-location-error.js';
import type { ListLocation, S3Object } from '../storage/index.js';

/**
 * A DMS premigration assessment run. Getters read the last snapshot; `refresh()`, the waits, `cancel()` and
 * `delete()` call DMS.
 *
 * @example
 * ```ts
 * const run = await dms.replicationTask(taskArn).startAssessmentRun({ name: 'pre-cutover', ... });
 * const done = await run.waitUntilComplete({ onProgress: (r) => console.log(r.status.kind, r.progress?.percent) });
 * if (done.status.kind === 'failed') console.error(done.status.message);
 * ```
 */
export class AssessmentRun extends Waitable<AssessmentRunStatus> {
  readonly #ctx: DmsContext;
  readonly #arn: string;
  #raw: Readonly<ReplicationTaskAssessmentRun>;
  /** Set once DMS no longer returns a run that was being deleted. */
  #deleted: boolean;

  /** @internal Users get runs from `DmsService` and `ReplicationTask`. */
  constructor(ctx: DmsContext, raw: Readonly<ReplicationTaskAssessmentRun>, deleted = false) {
    super();
    this.#ctx = ctx;
    this.#arn = raw.ReplicationTaskAssessmentRunArn ?? '';
    this.#raw = raw;
    this.#deleted = deleted;
  }

  /** The run's ARN. */
  get arn(): string {
    return this.#arn;
  }

  /** The ARN of the replication task it assesses (unknown until the first refresh of a handle made from an ARN). */
  get replicationTaskArn(): string | undefined {
    return this.#raw.ReplicationTaskArn;
  }

  /** The run's name, unique on its task. */
  get name(): string | undefined {
    return this.#raw.AssessmentRunName;
  }

  /** When the run was started. */
  get creationDate(): Date | undefined {
    return this.#raw.ReplicationTaskAssessmentRunCreationDate;
  }

  /** Where DMS writes the results. */
  get resultLocation(): ResultLocation | undefined {
    const bucket = this.#raw.ResultLocationBucket;
    if (bucket === undefined) return undefined;
    const folder = this.#raw.ResultLocationFolder;
    return folder === undefined ? { bucket } : { bucket, folder };
  }

  /** How the results are encrypted; undefined when they are not (or DMS reports a mode this library does not know). */
  get encryption(): ResultEncryption | undefined {
    const key = this.#raw.ResultKmsKeyArn;
    switch (this.#raw.ResultEncryptionMode) {
      case 'SSE_S3':
        return { mode: 'SSE_S3' };
      case 'SSE_KMS':
        return key === undefined ? { mode: 'SSE_KMS' } : { mode: 'SSE_KMS', kmsKeyArn: key };
      default:
        return undefined;
    }
  }

  /** The IAM role DMS runs the assessments with. */
  get serviceAccessRoleArn(): string | undefined {
    return this.#raw.ServiceAccessRoleArn;
  }

  /** Individual assessments completed (successfully or not) out of those the run includes. */
  override get progress(): Progress | undefined {
    const p = this.#raw.AssessmentProgress;
    if (p?.IndividualAssessmentCount === undefined) return undefined;
    return progressOf(p.IndividualAssessmentCompletedCount ?? 0, p.IndividualAssessmentCount);
  }

  /** The last message an individual assessment failure produced. */
  get lastFailureMessage(): string | undefined {
    return this.#raw.LastFailureMessage;
  }

  /** Per-outcome counts of the individual assessments, once DMS reports them. */
  get statistics(): AssessmentStatistics | undefined {
    return statisticsOf(this.#raw.ResultStatistic);
  }

  /** True when this is the task's latest assessment run. */
  get isLatest(): boolean | undefined {
    return this.#raw.IsLatestTaskAssessmentRun;
  }

  /** The status of the last snapshot (`unknown` with raw `''` before a handle made from an ARN is refreshed). */
  get status(): AssessmentRunStatus {
    if (this.#deleted) return { kind: 'deleted', raw: 'deleted' };
    return assessmentRunStatusOf(this.#raw.Status, this.#raw.LastFailureMessage);
  }

  /** The SDK's own object from the last response. */
  get raw(): Readonly<ReplicationTaskAssessmentRun> {
    return this.#raw;
  }

  /**
   * Fetches the run's current state (DescribeReplicationTaskAssessmentRuns filtered on this ARN). Concurrent
   * refreshes of runs from one `DmsService` share one request per 100 ARNs, which is what makes `waitAll` /
   * `waitAny` cheap. Once a run that was `deleting` is no longer returned, its status becomes `deleted`; any other
   * missing run rejects with DMS's `ResourceNotFoundFault` (DMS found none of the runs asked for), or with
   * `ResourceNotFoundError` when DMS answers without it (an empty list, or a shared request that found the others).
   */
  async refresh(options: CallOptions = {}): Promise<this> {
    DMS_CALL_OPTIONS.parse(options, '');
    if (this.#deleted) return this;
    try {
      const raw = await this.#ctx.assessmentRuns.get(this.#arn, options.signal);
      if (raw) {
        this.#raw = raw;
        return this;
      }
    } catch (error) {
      if (!(isNotFound(error) && this.#raw.Status === 'deleting')) throw error;
    }
    if (this.#raw.Status !== 'deleting') throw new ResourceNotFoundError('AssessmentRun', this.#arn);
    this.#deleted = true;
    return this;
  }

  /**
   * Cancels the run: DMS stops pending individual assessments and tries to stop running ones. The status becomes
   * `cancelled` (DMS: `cancelling`). Rejects with `InvalidResourceStateFault` when the run has already finished.
   */
  async cancel(options: CallOptions = {}): Promise<this> {
    DMS_CALL_OPTIONS.parse(options, '');
    const out = await this.#ctx.send('CancelReplicationTaskAssessmentRun', { ReplicationTaskAssessmentRunArn: this.#arn }, options.signal);
    if (out.ReplicationTaskAssessmentRun) this.#raw = out.ReplicationTaskAssessmentRun;
    return this;
  }

  /**
   * Deletes the run's record in DMS (the results in S3 stay). The status becomes `deleting`; wait for `deleted`
   * with `waitUntilComplete()`. Rejects with `InvalidResourceStateFault` while the run is still in progress.
   */
  async delete(options: CallOptions = {}): Promise<this> {
    DMS_CALL_OPTIONS.parse(options, '');
    const out = await this.#ctx.send('DeleteReplicationTaskAssessmentRun', { ReplicationTaskAssessmentRunArn: this.#arn }, options.signal);
    this.#raw = out.ReplicationTaskAssessmentRun ?? { ...this.#raw, Status: 'deleting' };
    return this;
  }

  /** The run's individual assessments, each with its own status. Lazy: nothing is sent until iteration starts. */
  individualAssessments(options: ListOptions = {}): Paginated<IndividualAssessment> {
    DMS_LIST_OPTIONS.parse(options, '');
    return listIndividualAssessments(this.#ctx, this.#arn, options);
  }

  /**
   * The objects DMS wrote to the run's result location: ListObjectsV2 on `ResultLocationBucket` under
   * `ResultLocationFolder/` (the whole bucket without a folder), in key order. Each item has its `key`, `size`,
   * `lastModified` and `etag`, and reads its content with `bytes()`, `text()`, `stream()` or `download(path)`, as
   * it is: this library reads no format into it. Lazy like every list: nothing is sent until iteration starts, one
   * page is read ahead, `break` and `first()` stop the requests. A handle that has no snapshot yet (made from an
   * ARN) refreshes once first. Runs that share a folder share its listing.
   *
   * @throws ValidationError for a malformed option, before any request.
   * @throws NoResultLocationError (on iteration) when DMS reports no result bucket for the run.
   * @example
   * ```ts
   * for await (const object of run.resultObjects()) console.log(object.key, object.size);
   * const first = await run.resultObjects().first();
   * if (first) console.log(await first.text());
   * ```
   */
  resultObjects(options: ListOptions = {}): Paginated<S3Object> {
    const parsed = RESULT_OBJECTS_OPTIONS.parse(options, '');
    return this.#ctx.storage.list(async (signal) => {
      if (this.#raw.ResultLocationBucket === undefined) await this.refresh(signal ? { signal } : {});
      const location = this.resultLocation;
      if (location === undefined) throw new NoResultLocationError(this.#arn);
      return resultListing(location);
    }, parsed);
  }

  /** A checkpoint to resume from with `dms.resume()`: the ARN and the last status, nothing secret. */
  toJSON(): Checkpoint {
    const { kind, raw } = this.status;
    return { v: 1, service: 'dms', resource: 'AssessmentRun', id: this.#arn, status: { kind, raw }, ...this.pollState() };
  }

  /** `AssessmentRun(<name or ARN>, <status>)`. */
  override toString(): string {
    return `AssessmentRun(${this.name ?? this.#arn}, ${this.status.raw || 'not fetched'})`;
  }

  protected override clone(): this {
    return new AssessmentRun(this.#ctx, this.#raw, this.#deleted) as this;
  }

  protected override get pollDefaults(): PollDefaults {
    return ASSESSMENT_RUN_POLL_DEFAULTS;
  }

  /** The facade's engine, whose schedule the waits share. */
  protected override get requestEngine(): RequestEngine {
    return this.#ctx.engine;
  }

  protected override describeFailure(): string {
    const s = this.status;
    const detail = (s.kind === 'failed' || s.kind === 'error') && s.message ? `: ${s.message}` : '';
    return `Assessment run ${this.name ?? this.#arn} ended with status ${s.kind} (${s.raw})${detail}`;
  }
}

/** Where a run's results are listed: the folder as a prefix ending in `/`, or the whole bucket. */
function resultListing({ bucket, folder }: ResultLocation): ListLocation {
  if (folder === undefined || folder === '') return { bucket, prefix: '' };
  return { bucket, prefix: folder.endsWith('/') ? folder : `${folder}/` };
}
