import type { DatabaseMigrationServiceClient } from '@aws-sdk/client-database-migration-service';
import type { S3Client } from '@aws-sdk/client-s3';
import { checkBucket, checkKey, s, type CallOptions, type CheckpointRules, type ListOptions } from '../core/index.js';
import type { AssessmentRunListOptions } from './assessment-run-list.js';
import { MAX_ASSESSMENT_RUN_NAME_LENGTH, MAX_TAG_KEY_LENGTH, MAX_TAG_VALUE_LENGTH } from './defaults.js';
import type { DmsServiceOptions } from './dms-service.js';
import type { TaskAssessmentRunListOptions } from './replication-task.js';
import type { ResultEncryption, ResultLocation, StartAssessmentRunBase, StartAssessmentRunOptions } from './start-assessment-run-options.js';
import { checkAssessmentRunArn, checkKmsKeyArn, checkReplicationInstanceArn, checkReplicationTaskArn, checkRoleArn } from './validate.js';

/*
 * Every public input of the DMS facade and its handles, declared once: each schema is checked against the exported
 * interface it parses (`objectOf<T>()`), so neither can change without the other.
 */

/** DMS identifier rules: a letter, then letters, digits and single hyphens, not ending in a hyphen. */
const RUN_NAME = /^[A-Za-z](?:-?[A-Za-z0-9])*$/;
/** The pattern DMS documents for tag keys and values. */
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-]*$/u;
const TAG_HINT = 'letters, digits, spaces and _ . : / = + -';

const ASSESSMENT_NAMES = s.array(s.string({ max: 255, pattern: /^\S+$/, hint: 'an individual assessment name, without spaces' }), { min: 1 });
const TAG_KEY = s.refine(s.string({ max: MAX_TAG_KEY_LENGTH, pattern: TAG_TEXT, hint: TAG_HINT }), (key) =>
  /^(aws|dms):/i.test(key) ? 'keys must not start with aws: or dms:' : undefined,
);

/** `new DmsService(options)`. @internal */
export const DMS_SERVICE_OPTIONS = s.objectOf<DmsServiceOptions>()(
  { ...s.AWS_CLIENT_FIELDS, client: s.optional(s.sdkClient<DatabaseMigrationServiceClient>()), s3: s.optional(s.sdkClient<S3Client>()) },
  { unknownHint: s.CLIENT_SETTINGS_HINT },
);

/** What {@link START_ASSESSMENT_RUN_OPTIONS} parses: every variant of {@link StartAssessmentRunOptions} in one object. @internal */
export type StartAssessmentRunFields = StartAssessmentRunBase & { readonly include?: readonly string[]; readonly exclude?: readonly string[] };
// Every StartAssessmentRunOptions is a StartAssessmentRunFields: the schema below covers the public type.
const _covers = (options: StartAssessmentRunOptions): StartAssessmentRunFields => options;
void _covers;

/** `task.startAssessmentRun(options)`. @internal */
export const START_ASSESSMENT_RUN_OPTIONS = s.objectOf<StartAssessmentRunFields>()(
  {
    name: s.string({ max: MAX_ASSESSMENT_RUN_NAME_LENGTH, pattern: RUN_NAME, hint: 'letters, digits and hyphens, starting with a letter, no trailing or double hyphen' }),
    serviceAccessRoleArn: s.custom('an IAM role ARN', checkRoleArn),
    resultLocation: s.objectOf<ResultLocation>()({ bucket: s.custom('an S3 bucket name', checkBucket), folder: s.optional(s.custom('an S3 key prefix', checkKey)) }),
    encryption: s.optional(
      s.variant('mode', {
        SSE_S3: s.objectOf<Extract<ResultEncryption, { mode: 'SSE_S3' }>>()({ mode: s.oneOf(['SSE_S3']) }),
        SSE_KMS: s.objectOf<Extract<ResultEncryption, { mode: 'SSE_KMS' }>>()({ mode: s.oneOf(['SSE_KMS']), kmsKeyArn: s.optional(s.custom('a KMS key ARN', checkKmsKeyArn)) }),
      }),
    ),
    tags: s.optional(s.record(TAG_KEY, s.string({ min: 0, max: MAX_TAG_VALUE_LENGTH, pattern: TAG_TEXT, hint: TAG_HINT }))),
    include: s.optional(ASSESSMENT_NAMES),
    exclude: s.optional(ASSESSMENT_NAMES),
  },
  {
    check: (o) =>
      o.include !== undefined && o.exclude !== undefined
        ? ['exclude', 'cannot be combined with include: DMS runs either only the included assessments or all but the excluded ones']
        : undefined,
  },
);

const STATUS_FILTER = s.optional(s.oneOrMany(s.string({ max: 64 }), { min: 1 }));

/** `dms.assessmentRuns(options)`. @internal */
export const ASSESSMENT_RUN_LIST_OPTIONS = s.objectOf<AssessmentRunListOptions>()({
  ...s.LIST_FIELDS,
  assessmentRunArn: s.optional(s.oneOrMany(s.custom('an assessment run ARN', checkAssessmentRunArn), { min: 1 })),
  replicationTaskArn: s.optional(s.oneOrMany(s.custom('a replication task ARN', checkReplicationTaskArn), { min: 1 })),
  replicationInstanceArn: s.optional(s.oneOrMany(s.custom('a replication instance ARN', checkReplicationInstanceArn), { min: 1 })),
  status: STATUS_FILTER,
});

/** `task.assessmentRuns(options)`. @internal */
export const TASK_ASSESSMENT_RUN_LIST_OPTIONS = s.objectOf<TaskAssessmentRunListOptions>()({ ...s.LIST_FIELDS, status: STATUS_FILTER });

/** `refresh`, `cancel`, `delete`, `describe`, the start's second argument. @internal */
export const DMS_CALL_OPTIONS: s.Schema<CallOptions> = s.CALL_OPTIONS;

/** `applicableAssessments(options)`, `individualAssessments(options)`. @internal */
export const DMS_LIST_OPTIONS: s.Schema<ListOptions> = s.LIST_OPTIONS;

/** `run.resultObjects(options)`: page size (ListObjectsV2 `MaxKeys`, at most 1000) and signal. @internal */
export const RESULT_OBJECTS_OPTIONS: s.Schema<ListOptions> = s.LIST_OPTIONS;

/** How `resume()` checks a checkpoint. @internal */
export const ASSESSMENT_RUN_CHECKPOINT: CheckpointRules = { resources: ['AssessmentRun'], id: checkAssessmentRunArn };
