import type { StartReplicationTaskAssessmentRunCommandInput, Tag } from '@aws-sdk/client-database-migration-service';
import { ValidationError, checkArn, checkBucket, checkKey, checkList, checkOneOf, checkString } from '../core/index.js';
import { MAX_ASSESSMENT_RUN_NAME_LENGTH, MAX_TAG_KEY_LENGTH, MAX_TAG_VALUE_LENGTH } from './defaults.js';
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
/** DMS identifier rules: a letter, then letters, digits and single hyphens, not ending in a hyphen. */
const RUN_NAME = /^[A-Za-z](?:-?[A-Za-z0-9])*$/;
/** The pattern DMS documents for tag keys and values. */
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-]*$/u;

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

/**
 * Throws unless `value` is a plain object whose keys are all in `allowed` (when given): an unknown key would be
 * dropped silently on the wire. `field` is `''` for the top-level options object.
 */
export function checkObject(field: string, value: unknown, allowed?: readonly string[]): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError(field || 'options', `must be an object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`);
  }
  if (allowed === undefined) return value as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new ValidationError(field ? `${field}.${key}` : key, `is not a known option (known: ${allowed.join(', ')})`);
  }
  return value as Readonly<Record<string, unknown>>;
}

function checkNames(field: string, value: unknown): string[] {
  if (!Array.isArray(value)) throw new ValidationError(field, 'must be an array of individual assessment names');
  return checkList(field, value as readonly unknown[]).map((name, i) =>
    checkString(`${field}[${i}]`, name, { max: 255, pattern: /^\S+$/, patternHint: 'an individual assessment name, without spaces' }),
  );
}

function checkTags(value: unknown): Tag[] {
  const tags = checkObject('tags', value);
  return Object.entries(tags).map(([key, tagValue]) => {
    checkString(`tags.${key}`, key, { max: MAX_TAG_KEY_LENGTH, pattern: TAG_TEXT, patternHint: 'letters, digits, spaces and _ . : / = + -' });
    if (/^(aws|dms):/i.test(key)) throw new ValidationError(`tags.${key}`, 'keys must not start with aws: or dms:');
    const text = checkString(`tags.${key}`, tagValue, { min: 0, max: MAX_TAG_VALUE_LENGTH, pattern: TAG_TEXT, patternHint: 'letters, digits, spaces and _ . : / = + -' });
    return { Key: key, Value: text };
  });
}

const START_KEYS = ['name', 'serviceAccessRoleArn', 'resultLocation', 'encryption', 'tags', 'include', 'exclude'] as const;

/**
 * Validates `task.startAssessmentRun()` options and builds the request. Throws {@link ValidationError} naming the
 * first bad field; nothing has been sent when it throws. @internal
 */
export function startRunInput(replicationTaskArn: string, options: StartAssessmentRunOptions): StartReplicationTaskAssessmentRunCommandInput {
  const o = checkObject('', options, START_KEYS);
  const name = checkString('name', o['name'], {
    max: MAX_ASSESSMENT_RUN_NAME_LENGTH,
    pattern: RUN_NAME,
    patternHint: 'letters, digits and hyphens, starting with a letter, no trailing or double hyphen',
  });
  const role = checkPattern('serviceAccessRoleArn', o['serviceAccessRoleArn'], ROLE_ARN, 'an IAM role ARN, arn:<partition>:iam::<account>:role/<name>', 'iam', 'role/');
  const location = checkObject('resultLocation', o['resultLocation'], ['bucket', 'folder']);
  const input: StartReplicationTaskAssessmentRunCommandInput = {
    ReplicationTaskArn: replicationTaskArn,
    ServiceAccessRoleArn: role,
    ResultLocationBucket: checkBucket('resultLocation.bucket', location['bucket']),
    AssessmentRunName: name,
  };
  if (location['folder'] !== undefined) input.ResultLocationFolder = checkKey('resultLocation.folder', location['folder']);
  if (o['encryption'] !== undefined) {
    const encryption = checkObject('encryption', o['encryption'], ['mode', 'kmsKeyArn']);
    input.ResultEncryptionMode = checkOneOf('encryption.mode', encryption['mode'], ['SSE_S3', 'SSE_KMS'] as const);
    if (encryption['kmsKeyArn'] !== undefined) {
      if (input.ResultEncryptionMode !== 'SSE_KMS') throw new ValidationError('encryption.kmsKeyArn', 'is only allowed with mode SSE_KMS');
      input.ResultKmsKeyArn = checkPattern('encryption.kmsKeyArn', encryption['kmsKeyArn'], KMS_ARN, 'a KMS key or alias ARN, arn:<partition>:kms:<region>:<account>:key/<id>', 'kms', '');
    }
  }
  if (o['include'] !== undefined && o['exclude'] !== undefined) {
    throw new ValidationError('exclude', 'cannot be combined with include: DMS runs either only the included assessments or all but the excluded ones');
  }
  if (o['include'] !== undefined) input.IncludeOnly = checkNames('include', o['include']);
  if (o['exclude'] !== undefined) input.Exclude = checkNames('exclude', o['exclude']);
  if (o['tags'] !== undefined) input.Tags = checkTags(o['tags']);
  return input;
}
