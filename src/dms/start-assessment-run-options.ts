/** Where DMS writes an assessment run's results. */
export interface ResultLocation {
  /** The S3 bucket. */
  readonly bucket: string;
  /** A folder (key prefix) in the bucket. @default the bucket's root */
  readonly folder?: string;
}

/**
 * How DMS encrypts the results in S3: S3-managed keys, or KMS with a customer key (`kmsKeyArn`) or DMS's default
 * key (no `kmsKeyArn`). Without it DMS stores the results unencrypted.
 */
export type ResultEncryption =
  | {
      /** Server-side encryption with S3-managed keys. */
      readonly mode: 'SSE_S3';
    }
  | {
      /** Server-side encryption with a KMS key. */
      readonly mode: 'SSE_KMS';
      /** A customer managed KMS key (`arn:aws:kms:<region>:<account>:key/<id>` or an alias ARN). @default DMS's default key */
      readonly kmsKeyArn?: string;
    };

/** Options common to every {@link StartAssessmentRunOptions}. */
export interface StartAssessmentRunBase {
  /** A name for the run, unique on its replication task: 1–255 letters, digits and hyphens, starting with a letter. */
  readonly name: string;
  /** The IAM role DMS assumes to run the assessments and write to S3 (`arn:aws:iam::<account>:role/<name>`). */
  readonly serviceAccessRoleArn: string;
  /** Where the results go. */
  readonly resultLocation: ResultLocation;
  /** How the results are encrypted. @default unencrypted */
  readonly encryption?: ResultEncryption;
  /** Tags for the run. */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Run only the named individual assessments (names from `task.applicableAssessments()`). */
export interface IncludeAssessments {
  /** The individual assessments to run. */
  readonly include: readonly string[];
  /** Not allowed together with `include`. */
  readonly exclude?: never;
}

/** Run every applicable individual assessment except the named ones. */
export interface ExcludeAssessments {
  /** The individual assessments to skip. */
  readonly exclude: readonly string[];
  /** Not allowed together with `exclude`. */
  readonly include?: never;
}

/** Run every applicable individual assessment. */
export interface AllAssessments {
  /** Absent: run all. */
  readonly include?: never;
  /** Absent: run all. */
  readonly exclude?: never;
}

/**
 * Options for `task.startAssessmentRun()`. `include` and `exclude` cannot both be given (DMS refuses the
 * combination): the type does not compile, and the runtime throws a `ValidationError` before sending.
 *
 * @example
 * ```ts
 * await task.startAssessmentRun({
 *   name: 'pre-cutover',
 *   serviceAccessRoleArn: 'arn:aws:iam::111122223333:role/dms-assessments',
 *   resultLocation: { bucket: 'my-assessments', folder: 'wave-1' },
 *   encryption: { mode: 'SSE_KMS' },
 *   include: ['unsupported-data-types-in-source'],
 * });
 * ```
 */
export type StartAssessmentRunOptions = StartAssessmentRunBase & (IncludeAssessments | ExcludeAssessments | AllAssessments);
