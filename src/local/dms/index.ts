import { ServiceFault, type EmulatorContext, type FaultErrors, type ServiceModule, type ServiceRequest } from '../service.js';
import { describeApplicable, describeIndividuals, describeRuns, describeTasks } from './describe-operations.js';
import { DmsStore } from './dms-store.js';
import { ResultWriter } from './result-writer.js';
import type { CreateReplicationTaskOptions, DmsEmulatorOptions } from './options.js';
import { cancelRun, deleteRun, startRun } from './run-operations.js';
import { EmulatedRun, type RunSpec } from './emulated-run.js';
import type { EmulatedTask } from './dms-store.js';
import type { DmsTimings } from './options.js';
import { checkState } from '../state/state-shape.js';
import { DMS_STATE } from '../state/section-shapes.js';

export type { AssessmentOutcome, CreateReplicationTaskOptions, DmsEmulatorOptions } from './options.js';
export { DEFAULT_APPLICABLE_ASSESSMENTS, DEFAULT_DMS_TIMINGS } from './options.js';

/** The assessment outcomes `createReplicationTask()` accepts. */
const OUTCOMES = new Set(['passed', 'warning', 'failed', 'error-provisioning', 'error-executing']);

/**
 * The emulated DMS: replication tasks and premigration assessment runs over awsJson1_1
 * (`AmazonDMSv20160101.<Operation>`). A run moves starting → provisioning → running (individual assessments one
 * after another) → the task's scripted outcome, on the emulator clock. `CancelReplicationTaskAssessmentRun`
 * leaves the run in `cancelling` (the last status DMS documents for a cancelled run);
 * `DeleteReplicationTaskAssessmentRun` shows `deleting`, then the run is gone.
 */
export class DmsEmulator implements ServiceModule {
  /** @internal */ readonly service = 'dms' as const;
  /** @internal */ readonly signingName = 'dms';
  /** @internal */ readonly protocol = 'awsJson1_1' as const;
  /** @internal */ readonly targetPrefix = 'AmazonDMSv20160101';
  /** @internal */ readonly operations: readonly string[] = [
    'StartReplicationTaskAssessmentRun',
    'CancelReplicationTaskAssessmentRun',
    'DeleteReplicationTaskAssessmentRun',
    'DescribeReplicationTaskAssessmentRuns',
    'DescribeReplicationTaskIndividualAssessments',
    'DescribeApplicableIndividualAssessments',
    'DescribeReplicationTasks',
  ];
  /** @internal */ readonly faults: FaultErrors = {
    throttle: new ServiceFault('ThrottlingException', 'Rate exceeded'),
    serverError: new ServiceFault('InternalFailure', 'Internal error', { status: 500 }),
    accessDenied: new ServiceFault('AccessDeniedFault', 'Access denied'),
  };
  readonly #store: DmsStore;
  /** Writes finished runs' result objects into the emulated S3. */
  readonly #results: ResultWriter;
  #taskCount = 0;

  /** @internal */
  constructor(ctx: EmulatorContext, options: DmsEmulatorOptions = {}) {
    this.#store = new DmsStore(ctx, options);
    this.#results = new ResultWriter(this.#store, ctx.s3);
    ctx.s3.addWriter(() => this.#results.flush());
  }

  /** Creates a replication task and returns its ARN; `options.assessmentOutcome` scripts how its runs end. */
  createReplicationTask(options: CreateReplicationTaskOptions = {}): string {
    const store = this.#store;
    const outcome = options.assessmentOutcome ?? 'passed';
    if (!OUTCOMES.has(outcome)) throw new RangeError(`assessmentOutcome must be one of ${[...OUTCOMES].join(', ')}, got ${String(outcome)}`);
    const applicable = options.applicableAssessments ?? store.applicable;
    if (applicable.length === 0) throw new RangeError('applicableAssessments must not be empty');
    const arn = store.arn('task', store.newId());
    this.#taskCount += 1;
    store.tasks.set(arn, {
      arn,
      identifier: options.identifier ?? `task-${this.#taskCount}`,
      migrationType: options.migrationType ?? 'full-load',
      instanceArn: options.replicationInstanceArn ?? store.defaultInstanceArn,
      sourceEndpointArn: store.arn('endpoint', store.newId()),
      targetEndpointArn: store.arn('endpoint', store.newId()),
      createdAt: store.ctx.clock.now(),
      outcome,
      applicable: [...applicable],
    });
    return arn;
  }

  /** Declares an S3 bucket that exists. Once any bucket is declared, results written elsewhere fail with `S3ResourceNotFoundFault`. */
  addBucket(bucket: string): void {
    (this.#store.buckets ??= new Set()).add(bucket);
  }

  /** The replication instance emulated tasks run on unless created with another. */
  get defaultReplicationInstanceArn(): string {
    return this.#store.defaultInstanceArn;
  }

  /** @internal The state to save (see `emu.exportState()`). */
  exportState(): unknown {
    const store = this.#store;
    return {
      taskCount: this.#taskCount,
      defaultInstanceArn: store.defaultInstanceArn,
      buckets: store.buckets === undefined ? undefined : [...store.buckets],
      tasks: [...store.tasks.values()],
      runs: store.runs.map((run) => ({ spec: run.spec, createdAt: run.createdAt, timings: run.timings, cancelledAt: run.cancelledAt, deletedAt: run.deletedAt })),
    };
  }

  /** @internal Replaces the state with a saved one (checked first; EmulatorStateError names what is malformed). */
  importState(state: unknown, path: string): void {
    type SavedRun = { spec: RunSpec; createdAt: number; timings: DmsTimings; cancelledAt?: number; deletedAt?: number };
    const saved = checkState<{ taskCount: number; defaultInstanceArn: string; buckets?: string[]; tasks: EmulatedTask[]; runs: SavedRun[] }>(state, DMS_STATE, path);
    const store = this.#store;
    this.#taskCount = saved.taskCount;
    store.defaultInstanceArn = saved.defaultInstanceArn;
    store.buckets = saved.buckets === undefined ? undefined : new Set(saved.buckets);
    store.tasks.clear();
    for (const task of saved.tasks) store.tasks.set(task.arn, task);
    store.runs.splice(0, store.runs.length, ...saved.runs.map((r) => {
      const run = new EmulatedRun(r.spec, r.createdAt, r.timings);
      run.cancelledAt = r.cancelledAt;
      run.deletedAt = r.deletedAt;
      return run;
    }));
  }

  /** @internal */
  handle(request: ServiceRequest): unknown {
    const { operation, input } = request;
    const store = this.#store;
    this.#results.flush();
    switch (operation) {
      case 'StartReplicationTaskAssessmentRun':
        return startRun(store, input);
      case 'CancelReplicationTaskAssessmentRun':
        return cancelRun(store, input);
      case 'DeleteReplicationTaskAssessmentRun':
        return deleteRun(store, input);
      case 'DescribeReplicationTaskAssessmentRuns':
        return describeRuns(store, input);
      case 'DescribeReplicationTaskIndividualAssessments':
        return describeIndividuals(store, input);
      case 'DescribeApplicableIndividualAssessments':
        return describeApplicable(store, input);
      case 'DescribeReplicationTasks':
        return describeTasks(store, input);
      default:
        throw new ServiceFault('UnknownOperationException', `${operation} is not implemented by the DMS emulator`);
    }
  }
}
