import { describe, expect, it } from 'vitest';
import type { StartAssessmentRunOptions } from '../../src/dms/index.js';
import { assessmentRunFilters } from '../../src/dms/assessment-run-list.js';
import { s } from '../../src/core/index.js';
import { ASSESSMENT_RUN_LIST_OPTIONS } from '../../src/dms/input-schemas.js';
import { checkAssessmentRunArn, checkReplicationTaskArn, startRunInput } from '../../src/dms/validate.js';
import { fieldOf } from '../support/validation-error.js';

const TASK = 'arn:aws:dms:us-west-2:111122223333:task:ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ROLE = 'arn:aws:iam::111122223333:role/service-role/dms-assessments';
const KEY = 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const base = { name: 'pre-cutover', serviceAccessRoleArn: ROLE, resultLocation: { bucket: 'assessments' } } as const;

function field(options: unknown): string | undefined {
  return fieldOf(() => startRunInput(TASK, options as StartAssessmentRunOptions));
}

describe('startRunInput', () => {
  it('maps every option to its wire member', () => {
    expect(
      startRunInput(TASK, {
        ...base,
        resultLocation: { bucket: 'assessments', folder: 'wave-1/db' },
        encryption: { mode: 'SSE_KMS', kmsKeyArn: KEY },
        include: ['unsupported-data-types-in-source'],
        tags: { team: 'databases', empty: '' },
      }),
    ).toEqual({
      ReplicationTaskArn: TASK,
      ServiceAccessRoleArn: ROLE,
      ResultLocationBucket: 'assessments',
      ResultLocationFolder: 'wave-1/db',
      AssessmentRunName: 'pre-cutover',
      ResultEncryptionMode: 'SSE_KMS',
      ResultKmsKeyArn: KEY,
      IncludeOnly: ['unsupported-data-types-in-source'],
      Tags: [{ Key: 'team', Value: 'databases' }, { Key: 'empty', Value: '' }],
    });
  });

  it('sends only what was given', () => {
    expect(startRunInput(TASK, { ...base, exclude: ['a'], encryption: { mode: 'SSE_S3' } })).toEqual({
      ReplicationTaskArn: TASK,
      ServiceAccessRoleArn: ROLE,
      ResultLocationBucket: 'assessments',
      AssessmentRunName: 'pre-cutover',
      ResultEncryptionMode: 'SSE_S3',
      Exclude: ['a'],
    });
    expect(startRunInput(TASK, { ...base, encryption: { mode: 'SSE_KMS' } })).not.toHaveProperty('ResultKmsKeyArn');
  });

  it('refuses include together with exclude, naming exclude', () => {
    expect(field({ ...base, include: ['a'], exclude: ['b'] })).toBe('exclude');
  });

  it.each([
    ['a name starting with a digit', { name: '1st' }, 'name'],
    ['a name with an underscore', { name: 'pre_cutover' }, 'name'],
    ['a name ending in a hyphen', { name: 'pre-' }, 'name'],
    ['a name with two hyphens in a row', { name: 'pre--cutover' }, 'name'],
    ['a name longer than 255', { name: `a${'b'.repeat(255)}` }, 'name'],
    ['an empty name', { name: '' }, 'name'],
    ['a user ARN as role', { serviceAccessRoleArn: 'arn:aws:iam::111122223333:user/alice' }, 'serviceAccessRoleArn'],
    ['a role ARN with a region', { serviceAccessRoleArn: 'arn:aws:iam:us-west-2:111122223333:role/x' }, 'serviceAccessRoleArn'],
    ['no result location', { resultLocation: undefined }, 'resultLocation'],
    ['an uppercase bucket', { resultLocation: { bucket: 'Assessments' } }, 'resultLocation.bucket'],
    ['an empty folder', { resultLocation: { bucket: 'assessments', folder: '' } }, 'resultLocation.folder'],
    ['an unknown result location key', { resultLocation: { bucket: 'assessments', prefix: 'x' } }, 'resultLocation.prefix'],
    ['an unknown encryption mode', { encryption: { mode: 'AES256' } }, 'encryption.mode'],
    ['a KMS key with SSE_S3', { encryption: { mode: 'SSE_S3', kmsKeyArn: KEY } }, 'encryption.kmsKeyArn'],
    ['a KMS key that is not a KMS ARN', { encryption: { mode: 'SSE_KMS', kmsKeyArn: '1234abcd-12ab' } }, 'encryption.kmsKeyArn'],
    ['an empty include list', { include: [] }, 'include'],
    ['an include that is not a list', { include: 'a' }, 'include'],
    ['an assessment name with a space', { exclude: ['a b'] }, 'exclude[0]'],
    ['a reserved tag key', { tags: { 'aws:owner': 'x' } }, 'tags.aws:owner'],
    ['a tag value that is not a string', { tags: { team: 1 } }, 'tags.team'],
    ['a tag value too long', { tags: { team: 'x'.repeat(257) } }, 'tags.team'],
    ['a misspelt option', { includeOnly: ['a'] }, 'includeOnly'],
  ])('refuses %s', (_, bad, expected) => {
    expect(field({ ...base, ...bad })).toBe(expected);
  });

  it('refuses options that are not an object', () => {
    expect(field(null)).toBe('options');
  });

  it('accepts a KMS alias ARN and a role with a path', () => {
    expect(field({ ...base, encryption: { mode: 'SSE_KMS', kmsKeyArn: 'arn:aws:kms:us-west-2:111122223333:alias/dms-results' } })).toBeUndefined();
  });
});

describe('ARN checks', () => {
  it.each([
    TASK,
    'arn:aws-cn:dms:cn-north-1:111122223333:task:ABC',
    'arn:aws-us-gov:dms:us-gov-west-1:111122223333:task:abc-1',
  ])('accepts the task ARN %s', (arn) => {
    expect(checkReplicationTaskArn('arn', arn)).toBe(arn);
  });

  it.each([
    'arn:aws:dms:us-west-2:111122223333:endpoint:ABC',
    'arn:aws:dms::111122223333:task:ABC',
    'arn:aws:dms:us-west-2:1111:task:ABC',
    'arn:aws:dms:us-west-2:111122223333:task:',
    'arn:aws:rds:us-west-2:111122223333:task:ABC',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ])('refuses %s as a task ARN', (arn) => {
    expect(() => checkReplicationTaskArn('replicationTaskArn', arn)).toThrow(expect.objectContaining({ name: 'ValidationError', field: 'replicationTaskArn' }));
  });

  it('checks assessment run ARNs', () => {
    expect(checkAssessmentRunArn('a', 'arn:aws:dms:us-west-2:111122223333:assessment-run:XYZ')).toContain('assessment-run:XYZ');
    expect(() => checkAssessmentRunArn('a', TASK)).toThrow(expect.objectContaining({ field: 'a' }));
  });
});

describe('assessmentRunFilters', () => {
  it('turns each filter into the DMS filter of that name', () => {
    expect(
      assessmentRunFilters({
        assessmentRunArn: 'arn:aws:dms:us-west-2:111122223333:assessment-run:XYZ',
        replicationTaskArn: [TASK],
        replicationInstanceArn: 'arn:aws:dms:us-west-2:111122223333:rep:INSTANCE',
        status: ['failed', 'error-executing'],
      }),
    ).toEqual([
      { Name: 'replication-task-assessment-run-arn', Values: ['arn:aws:dms:us-west-2:111122223333:assessment-run:XYZ'] },
      { Name: 'replication-task-arn', Values: [TASK] },
      { Name: 'replication-instance-arn', Values: ['arn:aws:dms:us-west-2:111122223333:rep:INSTANCE'] },
      { Name: 'status', Values: ['failed', 'error-executing'] },
    ]);
    expect(assessmentRunFilters({})).toEqual([]);
  });

  it('names the bad filter value', () => {
    const parse = (options: unknown) => s.parse(ASSESSMENT_RUN_LIST_OPTIONS, options);
    expect(() => parse({ replicationTaskArn: [TASK, 'nope'] })).toThrow(expect.objectContaining({ field: 'replicationTaskArn[1]' }));
    expect(() => parse({ status: [] })).toThrow(expect.objectContaining({ field: 'status' }));
    expect(() => parse({ taskArn: TASK })).toThrow(expect.objectContaining({ field: 'taskArn', message: 'unknown option `taskArn`; did you mean `replicationTaskArn`?' }));
  });
});
