import type { StartReplicationTaskAssessmentRunCommandInput, Tag } from '@aws-sdk/client-database-migration-service';
import { checkArn, checkString, s } from '../core/index.js';
import { START_ASSESSMENT_RUN_OPTIONS } from './input-schemas.js';
import type { StartAssessmentRunOptions } from './start-assessment-run-options.js';

const PARTITION = 'aws(?:-[a-z]+)*';
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d+';

/** `arn:<partition>:dms:<region>:<account>:<type>:<id>`, the shape of every DMS resource ARN. */
function dmsArnPattern(type: string): RegExp {
  return new RegExp(`^arn:${PARTITION}:dms:${REGION}:\\d{12}:${type}:[A-Za-z0-9][A-Za-z0-9-]*$`);
}

const TASK_ARN = dmsArnPattern('task');
const RUN_ARN = dmsArnPattern('assessment-run');
const INSTANCE_ARN = dmsArnPattern('rep');
const ROLE_ARN = new RegExp(`^arn:${PARTITION}:iam::\\d{12}:role/[\\w+=,.@/-]+$`);
const KMS_ARN = new RegExp(`^arn:${PARTITION}:kms:${REGION}:\\d{12}:(?:key/[A-Za-z0-9-]+|alias/[\\w/-]+)$`);

function checkPattern(field: string, value: unknown, pattern: RegExp, hint: string, service: string, prefix: string): string {
  const text = checkArn(field, value, service, prefix);
  return checkString(field, text, { max: 2048, pattern, patternHint: hint });
}

/** Throws unless `value` is a replication task ARN (`arn:<partition>:dms:<region>:<account>:task:<id>`). */
export function checkReplicationTaskArn(field: string, value: unknown): string {
  return checkPattern(field, value, TASK_ARN, 'a replication task ARN, arn:<partition>:dms:<region>:<account>:task:<id>', 'dms', 'task:');
}

/** Throws unless `value` is an assessment run ARN (`arn:<partition>:dms:<region>:<account>:assessment-run:<id>`). */
export function checkAssessmentRunArn(field: string, value: unknown): string {
  return checkPattern(field, value, RUN_ARN, 'an assessment run ARN, arn:<partition>:dms:<region>:<account>:assessment-run:<id>', 'dms', 'assessment-run:');
}

/** Throws unless `value` is a replication instance ARN (`arn:<partition>:dms:<region>:<account>:rep:<id>`). */
export function checkReplicationInstanceArn(field: string, value: unknown): string {
  return checkPattern(field, value, INSTANCE_ARN, 'a replication instance ARN, arn:<partition>:dms:<region>:<account>:rep:<id>', 'dms', 'rep:');
}

/** Throws unless `value` is an IAM role ARN (`arn:<partition>:iam::<account>:role/<name>`). */
export function checkRoleArn(field: string, value: unknown): string {
  return checkPattern(field, value, ROLE_ARN, 'an IAM role ARN, arn:<partition>:iam::<account>:role/<name>', 'iam', 'role/');
}

/** Throws unless `value` is a KMS key or alias ARN. */
export function checkKmsKeyArn(field: string, value: unknown): string {
  return checkPattern(field, value, KMS_ARN, 'a KMS key or alias ARN, arn:<partition>:kms:<region>:<account>:key/<id>', 'kms', '');
}

/**
 * Validates `task.startAssessmentRun()` options and builds the request. Throws {@link ValidationError} naming the
 * first bad field; nothing has been sent when it throws. @internal
 */
export function startRunInput(replicationTaskArn: string, options: StartAssessmentRunOptions): StartReplicationTaskAssessmentRunCommandInput {
  const o = s.parse(START_ASSESSMENT_RUN_OPTIONS, options);
  const input: StartReplicationTaskAssessmentRunCommandInput = {
    ReplicationTaskArn: replicationTaskArn,
    ServiceAccessRoleArn: o.serviceAccessRoleArn,
    ResultLocationBucket: o.resultLocation.bucket,
    AssessmentRunName: o.name,
  };
  if (o.resultLocation.folder !== undefined) input.ResultLocationFolder = o.resultLocation.folder;
  if (o.encryption !== undefined) {
    input.ResultEncryptionMode = o.encryption.mode;
    if (o.encryption.mode === 'SSE_KMS' && o.encryption.kmsKeyArn !== undefined) input.ResultKmsKeyArn = o.encryption.kmsKeyArn;
  }
  if (o.include !== undefined) input.IncludeOnly = [...o.include];
  if (o.exclude !== undefined) input.Exclude = [...o.exclude];
  if (o.tags !== undefined) input.Tags = Object.entries(o.tags).map(([Key, Value]): Tag => ({ Key, Value }));
  return input;
}
