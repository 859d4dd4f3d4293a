/** How assessment runs on an emulated replication task end. */
export type AssessmentOutcome = 'passed' | 'warning' | 'failed' | 'error-provisioning' | 'error-executing';

/** Options for `emu.createReplicationTask()`. */
export interface CreateReplicationTaskOptions {
  /**
   * How assessment runs on this task end: `passed`; `warning` or `failed` (the last individual assessment warns or
   * fails); `error-provisioning` (no assessment runs); `error-executing` (the middle assessment errors, the rest
   * are cancelled). @default 'passed'
   */
  readonly assessmentOutcome?: AssessmentOutcome;
  /** The task identifier. @default `task-<n>` */
  readonly identifier?: string;
  /** The migration type. @default 'full-load' */
  readonly migrationType?: 'full-load' | 'cdc' | 'full-load-and-cdc';
  /** The replication instance the task runs on. @default one instance shared by every emulated task */
  readonly replicationInstanceArn?: string;
  /** The individual assessments DMS offers for this task. @default the emulator's `applicableAssessments` */
  readonly applicableAssessments?: readonly string[];
}

/** How long each phase of an emulated assessment run lasts, in emulated milliseconds. @internal */
export interface DmsTimings {
  /** `starting`. @default 5_000 */
  readonly startingMs: number;
  /** `provisioning`. @default 20_000 */
  readonly provisioningMs: number;
  /** Each individual assessment, run one after another during `running`. @default 10_000 */
  readonly assessmentMs: number;
  /** `deleting`, before the run is gone. @default 5_000 */
  readonly deletingMs: number;
}

/** Options for the emulated DMS. */
export interface DmsEmulatorOptions {
  /**
   * The S3 buckets that exist; a run writing anywhere else fails with `S3ResourceNotFoundFault`.
   * @default every bucket exists (until one is declared here or with `emu.dms.addBucket()`)
   */
  readonly buckets?: readonly string[];
  /** Buckets DMS may not write to: `S3AccessDeniedFault`. @default none */
  readonly deniedBuckets?: readonly string[];
  /**
   * KMS key ARNs that exist; any other key fails with `KMSNotFoundFault`. A key in another region fails with
   * `KMSKeyNotAccessibleFault`. @default every key in the emulator's region exists
   */
  readonly kmsKeys?: readonly string[];
  /** KMS keys that are disabled: `KMSDisabledFault`. @default none */
  readonly disabledKmsKeys?: readonly string[];
  /** Any other modelled KMS fault, per key ARN, e.g. `{ [keyArn]: 'KMSAccessDeniedFault' }`. @default none */
  readonly kmsKeyFaults?: Readonly<
    Record<string, 'KMSAccessDeniedFault' | 'KMSDisabledFault' | 'KMSFault' | 'KMSInvalidStateFault' | 'KMSKeyNotAccessibleFault' | 'KMSNotFoundFault'>
  >;
  /** Service access roles DMS cannot assume: `AccessDeniedFault`. @default none */
  readonly deniedRoleArns?: readonly string[];
  /** The individual assessments DMS offers for a task. @default five that DMS offers for most engines, e.g. `unsupported-data-types-in-source` */
  readonly applicableAssessments?: readonly string[];
  /** Phase durations of an assessment run, in emulated milliseconds. */
  readonly timings?: {
    /** `starting`. @default 5_000 */
    readonly startingMs?: number;
    /** `provisioning`. @default 20_000 */
    readonly provisioningMs?: number;
    /** Each individual assessment, run one after another during `running`. @default 10_000 */
    readonly assessmentMs?: number;
    /** `deleting`, before the run is gone. @default 5_000 */
    readonly deletingMs?: number;
  };
}

/** The default phase durations. @internal */
export const DEFAULT_DMS_TIMINGS: DmsTimings = { startingMs: 5_000, provisioningMs: 20_000, assessmentMs: 10_000, deletingMs: 5_000 };

/** Individual assessments DMS offers for most source and target engines (names from the DMS user guide). @internal */
export const DEFAULT_APPLICABLE_ASSESSMENTS: readonly string[] = [
  'unsupported-data-types-in-source',
  'full-lob-not-nullable-at-target',
  'table-with-lob-but-without-primary-key-or-unique-constraint',
  'table-with-no-primary-key-or-unique-constraint',
  'target-table-has-unique-key-or-primary-key-for-cdc',
];
