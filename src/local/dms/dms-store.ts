import type { EmulatorContext } from '../service.js';
import { EmulatedRun, type RunState } from './emulated-run.js';
import { DEFAULT_APPLICABLE_ASSESSMENTS, DEFAULT_DMS_TIMINGS, type AssessmentOutcome, type DmsEmulatorOptions, type DmsTimings } from './options.js';

/** One emulated replication task. @internal */
export interface EmulatedTask {
  /** `arn:<partition>:dms:<region>:<account>:task:<id>`. */
  readonly arn: string;
  /** ReplicationTaskIdentifier. */
  readonly identifier: string;
  /** MigrationType. */
  readonly migrationType: string;
  /** ReplicationInstanceArn. */
  readonly instanceArn: string;
  /** SourceEndpointArn. */
  readonly sourceEndpointArn: string;
  /** TargetEndpointArn. */
  readonly targetEndpointArn: string;
  /** Emulated creation time. */
  readonly createdAt: number;
  /** How its assessment runs end. */
  readonly outcome: AssessmentOutcome;
  /** The individual assessments it offers. */
  readonly applicable: readonly string[];
}

/** A run that still exists, with its state now. @internal */
export interface LiveRun {
  /** The run. */
  readonly run: EmulatedRun;
  /** Its state at the time asked. */
  readonly state: RunState;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The emulated DMS's state: tasks, runs and the account's S3/KMS/IAM facts. @internal */
export class DmsStore {
  /** Tasks by ARN, in creation order. */
  readonly tasks = new Map<string, EmulatedTask>();
  /** Every run ever started, oldest first (gone ones are skipped by {@link DmsStore.liveRuns}). */
  readonly runs: EmulatedRun[] = [];
  /** Phase durations. */
  readonly timings: DmsTimings;
  /** Buckets that exist; undefined: all do. */
  buckets: Set<string> | undefined;
  /** The replication instance tasks run on by default. */
  defaultInstanceArn: string;

  /** @param ctx - The emulator context. @param options - The DMS options. */
  constructor(
    readonly ctx: EmulatorContext,
    readonly options: DmsEmulatorOptions,
  ) {
    this.timings = { ...DEFAULT_DMS_TIMINGS, ...options.timings };
    this.buckets = options.buckets ? new Set(options.buckets) : undefined;
    this.defaultInstanceArn = this.arn('rep', this.newId());
  }

  /** The AWS partition of the emulator's region. */
  get partition(): string {
    const { region } = this.ctx;
    return region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  }

  /** A DMS ARN of `type` in the emulator's region and account. */
  arn(type: string, id: string): string {
    return `arn:${this.partition}:dms:${this.ctx.region}:${this.ctx.accountId}:${type}:${id}`;
  }

  /** A DMS-style resource id: 26 uppercase letters and digits, from the seeded random source. */
  newId(): string {
    let id = '';
    for (let i = 0; i < 26; i++) id += ID_ALPHABET[Math.floor(this.ctx.random() * ID_ALPHABET.length)] ?? 'A';
    return id;
  }

  /** The individual assessments the emulator offers when a task does not say. */
  get applicable(): readonly string[] {
    return this.options.applicableAssessments ?? DEFAULT_APPLICABLE_ASSESSMENTS;
  }

  /** Runs that still exist, oldest first, with their state at `now`. */
  liveRuns(now: number): LiveRun[] {
    const live: LiveRun[] = [];
    for (const run of this.runs) {
      const state = run.stateAt(now);
      if (!state.gone) live.push({ run, state });
    }
    return live;
  }

  /** One live run by ARN. */
  liveRun(arn: string, now: number): LiveRun | undefined {
    const run = this.runs.find((r) => r.spec.arn === arn);
    if (!run) return undefined;
    const state = run.stateAt(now);
    return state.gone ? undefined : { run, state };
  }

  /** `testing` while one of the task's runs is in progress, else `ready`. */
  taskStatus(taskArn: string, now: number): 'ready' | 'testing' {
    return this.liveRuns(now).some(({ run, state }) => run.spec.taskArn === taskArn && state.active) ? 'testing' : 'ready';
  }

  /** The ARN of the task's newest live run. */
  latestRunArn(taskArn: string, now: number): string | undefined {
    return this.liveRuns(now).filter(({ run }) => run.spec.taskArn === taskArn).at(-1)?.run.spec.arn;
  }
}
