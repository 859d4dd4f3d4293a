import { randomUUID } from 'node:crypto';
import { ServiceFault, type EmulatorContext, type FaultErrors, type ServiceModule, type ServiceRequest } from '../service.js';
import { buildErrorsArchive } from './errors-archive.js';
import { evaluateImport, type ImportLimits } from './import-outcome.js';
import { deleteTasks, type DeletionState } from './delete-tasks.js';
import { presignedUrl, randomHex } from './presign.js';
import { describeTasks } from './task-list.js';
import { holdsRecords, isHidden, wireTask, type ImportOutcome, type TaskRecord } from './task-record.js';
import { startInput } from './wire-input.js';
import { checkState } from '../state/state-shape.js';
import { DISCOVERY_STATE } from '../state/section-shapes.js';

/** Options for the emulated Application Discovery Service. Limits default to the service's quotas. */
export interface DiscoveryEmulatorOptions {
  /** Emulated time from StartImportTask to the import's outcome. @default 60_000 */
  readonly importDurationMs?: number;
  /** Emulated time from BatchDeleteImportData to DELETE_COMPLETE. @default 30_000 */
  readonly deleteDurationMs?: number;
  /** Largest import file; a larger one ends IMPORT_FAILED. @default 10_485_760 (10 MB) */
  readonly maxFileBytes?: number;
  /** Server records the account may hold; going over ends IMPORT_FAILED_RECORD_LIMIT_EXCEEDED. @default 25_000 */
  readonly maxImportedRecords?: number;
  /** Servers per application; going over ends IMPORT_FAILED_SERVER_LIMIT_EXCEEDED. @default 400 */
  readonly maxServersPerApplication?: number;
  /** Applications per account; rows that would add more fail. @default 1_000 */
  readonly maxApplications?: number;
  /** Tags per server; rows with more fail. @default 30 */
  readonly maxTagsPerServer?: number;
  /** Record deletions per (emulated) 24 hours; going over fails the deletion with OVER_LIMIT. @default 25_000 */
  readonly maxDeletedRecordsPerDay?: number;
}

/** The emulated S3 bucket the errors archives are stored in. */
const ARCHIVE_BUCKET = 'aws-discovery-import-errors';

/**
 * The emulated Application Discovery Service import API: StartImportTask, DescribeImportTasks and
 * BatchDeleteImportData over awsJson1_1. Outcomes are computed from the CSV in the emulated S3; statuses move
 * on the emulator clock. Controls: {@link DiscoveryEmulator.taskCount}, {@link DiscoveryEmulator.failNextImport},
 * {@link DiscoveryEmulator.failNextDeletion}. Every call answers HomeRegionNotSetException while the account has no
 * Migration Hub home region (`startEmulator({ homeRegion: null })`, `emu.hub.setHomeRegion(null)`).
 */
export class DiscoveryEmulator implements ServiceModule {
  /** @internal */ readonly service = 'discovery' as const;
  /** @internal */ readonly signingName = 'discovery';
  /** @internal */ readonly protocol = 'awsJson1_1' as const;
  /** @internal */ readonly targetPrefix = 'AWSPoseidonService_V2015_11_01';
  /** @internal */ readonly operations: readonly string[] = ['StartImportTask', 'DescribeImportTasks', 'BatchDeleteImportData'];
  /** @internal */ readonly faults: FaultErrors = {
    throttle: new ServiceFault('ThrottlingException', 'Rate exceeded'),
    serverError: new ServiceFault('ServerInternalErrorException', 'Internal error', { status: 500 }),
    accessDenied: new ServiceFault('AuthorizationErrorException', 'Not authorized'),
  };
  readonly #ctx: EmulatorContext;
  readonly #importMs: number;
  readonly #deleteMs: number;
  readonly #limits: ImportLimits;
  readonly #maxDeletedPerDay: number;
  readonly #tasks: TaskRecord[] = [];
  readonly #byToken = new Map<string, TaskRecord>();
  readonly #scriptedImports: ('IMPORT_FAILED' | 'INTERNAL_ERROR')[] = [];
  #scriptedDeleteFailures = 0;
  readonly #deletions: { at: number; records: number }[] = [];

  /** @internal */
  constructor(ctx: EmulatorContext, options: DiscoveryEmulatorOptions = {}) {
    this.#ctx = ctx;
    this.#importMs = nonNegative('importDurationMs', options.importDurationMs ?? 60_000);
    this.#deleteMs = nonNegative('deleteDurationMs', options.deleteDurationMs ?? 30_000);
    this.#limits = {
      maxFileBytes: options.maxFileBytes ?? 10 * 1024 * 1024,
      maxImportedRecords: options.maxImportedRecords ?? 25_000,
      maxServersPerApplication: options.maxServersPerApplication ?? 400,
      maxApplications: options.maxApplications ?? 1_000,
      maxTagsPerServer: options.maxTagsPerServer ?? 30,
    };
    this.#maxDeletedPerDay = options.maxDeletedRecordsPerDay ?? 25_000;
  }

  /** How many import tasks DescribeImportTasks lists now (tasks deleted with `deleteHistory` are gone). */
  get taskCount(): number {
    const now = this.#ctx.clock.now();
    return this.#tasks.filter((task) => !isHidden(task, now)).length;
  }

  /** Makes the next `count` started imports end with `status` whatever their file holds. */
  failNextImport(status: 'IMPORT_FAILED' | 'INTERNAL_ERROR', count = 1): void {
    for (let i = 0; i < count; i++) this.#scriptedImports.push(status);
  }

  /** Makes the next `count` deletions end in DELETE_FAILED. */
  failNextDeletion(count = 1): void {
    this.#scriptedDeleteFailures += count;
  }

  /** @internal The state to save (see `emu.exportState()`). */
  exportState(): unknown {
    return { tasks: this.#tasks, scriptedImports: this.#scriptedImports, scriptedDeleteFailures: this.#scriptedDeleteFailures, deletions: this.#deletions };
  }

  /** @internal Replaces the state with a saved one (checked first; EmulatorStateError names what is malformed). */
  importState(state: unknown, path: string): void {
    const saved = checkState<{ tasks: TaskRecord[]; scriptedImports: ('IMPORT_FAILED' | 'INTERNAL_ERROR')[]; scriptedDeleteFailures: number; deletions: { at: number; records: number }[] }>(state, DISCOVERY_STATE, path);
    this.#tasks.splice(0, this.#tasks.length, ...saved.tasks);
    this.#byToken.clear();
    for (const task of saved.tasks) this.#byToken.set(task.token, task);
    this.#scriptedImports.splice(0, this.#scriptedImports.length, ...saved.scriptedImports);
    this.#scriptedDeleteFailures = saved.scriptedDeleteFailures;
    this.#deletions.splice(0, this.#deletions.length, ...saved.deletions);
  }

  /** @internal */
  handle(request: ServiceRequest): unknown {
    if (this.#ctx.homeRegion.region === null) {
      throw new ServiceFault('HomeRegionNotSetException', 'The home region is not set. Set a home region to continue.');
    }
    switch (request.operation) {
      case 'StartImportTask':
        return this.#start(request.input);
      case 'DescribeImportTasks':
        return this.#describe(request.input);
      case 'BatchDeleteImportData':
        return this.#batchDelete(request.input);
      default:
        throw new ServiceFault('UnknownOperationException', `${request.operation} is not supported by this emulator`);
    }
  }

  #start(input: Record<string, unknown>): unknown {
    const { name, importUrl, location, token } = startInput(input);
    const now = this.#ctx.clock.now();
    const existing = token === undefined ? undefined : this.#byToken.get(token);
    if (existing) return { task: wireTask(existing, now, this.#sign) };

    const id = `import-task-${randomHex(32)}`;
    const scripted = this.#scriptedImports.shift();
    let outcome: ImportOutcome;
    if (scripted) {
      outcome = { status: scripted, serverImportSuccess: 0, serverImportFailure: 0, applicationImportSuccess: 0, applicationImportFailure: 0, applications: new Map() };
    } else {
      const evaluated = evaluateImport(this.#ctx.s3.get(location.bucket, location.key), this.#usage(), this.#limits);
      outcome = evaluated.outcome;
      if (evaluated.failures) {
        const archive = { bucket: ARCHIVE_BUCKET, key: `${this.#ctx.accountId}/${id}/errors-and-failed-entries.zip` };
        this.#ctx.s3.put(archive.bucket, archive.key, buildErrorsArchive(evaluated.failures.header, evaluated.failures.rows, now));
        outcome = { ...outcome, archive };
      }
    }
    const task: TaskRecord = {
      seq: this.#tasks.length,
      id,
      token: token ?? randomUUID(),
      name,
      importUrl,
      requestedAt: now,
      completesAt: now + this.#importMs,
      outcome,
    };
    this.#tasks.push(task);
    this.#byToken.set(task.token, task);
    return { task: wireTask(task, now, this.#sign) };
  }

  #describe(input: Record<string, unknown>): unknown {
    return describeTasks(this.#tasks, input, this.#ctx.clock.now(), this.#sign);
  }

  #batchDelete(input: Record<string, unknown>): unknown {
    const state: DeletionState = {
      tasks: this.#tasks,
      deletions: this.#deletions,
      maxDeletedPerDay: this.#maxDeletedPerDay,
      deleteMs: this.#deleteMs,
      takeScriptedFailure: () => this.#scriptedDeleteFailures > 0 && this.#scriptedDeleteFailures-- > 0,
    };
    return deleteTasks(state, input, this.#ctx.clock.now());
  }

  #usage(): { records: number; applications: Map<string, number> } {
    const applications = new Map<string, number>();
    let records = 0;
    for (const task of this.#tasks) {
      if (!holdsRecords(task)) continue;
      records += task.outcome.serverImportSuccess;
      for (const [app, n] of task.outcome.applications) applications.set(app, (applications.get(app) ?? 0) + n);
    }
    return { records, applications };
  }

  readonly #sign = (bucket: string, key: string): string => presignedUrl(this.#ctx, bucket, key);
}

function nonNegative(name: string, value: number): number {
  if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`${name} must be a finite number ≥ 0, got ${value}`);
  return value;
}
