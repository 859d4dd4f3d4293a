import type { ReplicationTask as SdkReplicationTask } from '@aws-sdk/client-database-migration-service';
import { MigrationKitError, Paginated, ResourceNotFoundError, type CallOptions, type ListOptions } from '../core/index.js';
import { assessmentRunFilters, listAssessmentRuns, type AssessmentRunFilter } from './assessment-run-list.js';
import { AssessmentRun } from './assessment-run.js';
import { DMS_PAGE_BOUNDS } from './defaults.js';
import type { DmsContext } from './dms-context.js';
import type { StartAssessmentRunOptions } from './start-assessment-run-options.js';
import { startRunInput } from './validate.js';
import { DMS_CALL_OPTIONS, DMS_LIST_OPTIONS, TASK_ASSESSMENT_RUN_LIST_OPTIONS } from './input-schemas.js';

/** What `task.describe()` returns: the replication task as DMS reports it. */
export interface ReplicationTaskDetails {
  /** The task's ARN. */
  readonly arn: string;
  /** The task's identifier (its name). */
  readonly identifier: string | undefined;
  /** DMS's task status, e.g. `ready`, or `testing` while an assessment run is in progress. */
  readonly status: string | undefined;
  /** `full-load`, `cdc` or `full-load-and-cdc`. */
  readonly migrationType: string | undefined;
  /** The replication instance the task runs on. */
  readonly replicationInstanceArn: string | undefined;
  /** When the task was created. */
  readonly creationDate: Date | undefined;
  /** The SDK's own object (without the task settings). */
  readonly raw: Readonly<SdkReplicationTask>;
}

/** Options for `task.assessmentRuns()`. */
export interface TaskAssessmentRunListOptions extends Pick<AssessmentRunFilter, 'status'>, ListOptions {}

/** A DMS replication task, the subject of premigration assessment runs. Created with `dms.replicationTask(arn)`; no I/O until a method is called. */
export class ReplicationTask {
  readonly #ctx: DmsContext;
  /** The task's ARN. */
  readonly arn: string;

  /** @internal Users get tasks from `dms.replicationTask(arn)`, which validates the ARN. */
  constructor(ctx: DmsContext, arn: string) {
    this.#ctx = ctx;
    this.arn = arn;
  }

  /**
   * Starts a premigration assessment run on this task. Options are validated before anything is sent.
   * @throws ValidationError naming the bad field; DMS faults (`ResourceNotFoundFault`, `ResourceAlreadyExistsFault`
   * for a name the task already has, `S3ResourceNotFoundFault`, `KMSNotFoundFault`, ...) pass through unchanged.
   */
  async startAssessmentRun(options: StartAssessmentRunOptions, call: CallOptions = {}): Promise<AssessmentRun> {
    const input = startRunInput(this.arn, options);
    DMS_CALL_OPTIONS.parse(call, '');
    const out = await this.#ctx.send('StartReplicationTaskAssessmentRun', input, call.signal);
    if (!out.ReplicationTaskAssessmentRun?.ReplicationTaskAssessmentRunArn) throw new MigrationKitError('DMS started an assessment run but returned no ARN');
    return new AssessmentRun(this.#ctx, out.ReplicationTaskAssessmentRun);
  }

  /** The names of the individual assessments DMS can run for this task (DescribeApplicableIndividualAssessments). */
  applicableAssessments(options: ListOptions = {}): Paginated<string> {
    DMS_LIST_OPTIONS.parse(options, '');
    return new Paginated<string>(
      async ({ nextToken, pageSize, signal }) => {
        const out = await this.#ctx.send(
          'DescribeApplicableIndividualAssessments',
          { ReplicationTaskArn: this.arn, MaxRecords: pageSize, ...(nextToken === undefined ? {} : { Marker: nextToken }) },
          signal,
        );
        return { items: out.IndividualAssessmentNames ?? [], nextToken: out.Marker };
      },
      DMS_PAGE_BOUNDS,
      options,
    );
  }

  /** This task's assessment runs, optionally only those with the given DMS status(es). */
  assessmentRuns(options: TaskAssessmentRunListOptions = {}): Paginated<AssessmentRun> {
    const parsed = TASK_ASSESSMENT_RUN_LIST_OPTIONS.parse(options, '');
    return listAssessmentRuns(this.#ctx, assessmentRunFilters({ ...parsed, replicationTaskArn: this.arn }), parsed);
  }

  /** Fetches the task itself (DescribeReplicationTasks, without its settings). */
  async describe(options: CallOptions = {}): Promise<ReplicationTaskDetails> {
    DMS_CALL_OPTIONS.parse(options, '');
    const out = await this.#ctx.send(
      'DescribeReplicationTasks',
      { Filters: [{ Name: 'replication-task-arn', Values: [this.arn] }], WithoutSettings: true },
      options.signal,
    );
    const raw = out.ReplicationTasks?.find((t) => t.ReplicationTaskArn === this.arn);
    if (!raw) throw new ResourceNotFoundError('ReplicationTask', this.arn);
    return {
      arn: this.arn,
      identifier: raw.ReplicationTaskIdentifier,
      status: raw.Status,
      migrationType: raw.MigrationType,
      replicationInstanceArn: raw.ReplicationInstanceArn,
      creationDate: raw.ReplicationTaskCreationDate,
      raw,
    };
  }

  /** `ReplicationTask(<arn>)`. */
  toString(): string {
    return `ReplicationTask(${this.arn})`;
  }
}
