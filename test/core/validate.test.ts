import { describe, expect, it } from 'vitest';
import { checkAccountId, checkArn, checkBucket, checkInteger, checkList, checkOneOf, checkString, clientToken, parseCheckpoint } from '../../src/core/index.js';
import { fieldOf } from '../support/validation-error.js';

describe('validation helpers', () => {
  it('checkString names the field and states the bound', () => {
    expect(() => checkString('name', '', { max: 10 })).toThrow('name: must not be empty');
    expect(() => checkString('name', 'x'.repeat(11), { max: 10 })).toThrow('name: must be at most 10 characters long, got 11');
    expect(() => checkString('name', 3)).toThrow('name: must be a string, got 3');
    expect(() => checkString('id', 'a b', { pattern: /^\S+$/, patternHint: 'no spaces' })).toThrow('id: "a b" is not valid: no spaces');
    expect(checkString('name', 'ok', { max: 10 })).toBe('ok');
  });

  it('checkInteger and checkOneOf', () => {
    expect(fieldOf(() => checkInteger('percent', 101, 0, 100))).toBe('percent');
    expect(fieldOf(() => checkInteger('percent', 1.5, 0, 100))).toBe('percent');
    expect(checkInteger('percent', 100, 0, 100)).toBe(100);
    expect(() => checkOneOf('status', 'DONE', ['A', 'B'])).toThrow('status: must be one of A, B, got "DONE"');
  });

  it('checkList accepts one value or an array and bounds it', () => {
    expect(checkList('ids', 'a')).toEqual(['a']);
    expect(() => checkList('ids', [])).toThrow('ids: must not be empty');
    expect(() => checkList('ids', ['a', 'b', 'c'], 2)).toThrow('ids: must have at most 2 values, got 3');
  });

  it('S3 buckets, account ids and ARNs', () => {
    expect(checkBucket('bucket', 'my-bucket.logs')).toBe('my-bucket.logs');
    for (const bad of ['ab', 'My-Bucket', '-bucket', 'bucket-', '192.168.1.1', 'a'.repeat(64)]) {
      expect(fieldOf(() => checkBucket('resultLocation.bucket', bad))).toBe('resultLocation.bucket');
    }
    expect(() => checkBucket('importUrl', 'b')).toThrow('importUrl: bucket "b" is not a valid S3 bucket name (3–63 lowercase letters');
    expect(checkAccountId('bucketOwner', '123456789012')).toBe('123456789012');
    expect(fieldOf(() => checkAccountId('bucketOwner', '12345'))).toBe('bucketOwner');
    expect(checkArn('arn', 'arn:aws:dms:us-west-2:123456789012:task:ABC', 'dms', 'task:')).toBeTruthy();
    expect(checkArn('arn', 'arn:aws-us-gov:iam::123456789012:role/x', 'iam', 'role/')).toBeTruthy();
    expect(() => checkArn('arn', 'arn:aws:s3:::bucket', 'dms', 'task:')).toThrow(/arn: .* is not an ARN of the form arn:<partition>:dms/);
  });

  it('clientToken keeps a valid token and generates one when absent', () => {
    expect(clientToken('clientRequestToken', 'abc')).toBe('abc');
    expect(clientToken('clientRequestToken', undefined)).toMatch(/^[0-9a-f-]{36}$/);
    expect(clientToken('t', undefined)).not.toBe(clientToken('t', undefined));
    expect(fieldOf(() => clientToken('clientRequestToken', 'has space'))).toBe('clientRequestToken');
  });
});

describe('parseCheckpoint', () => {
  const good = { v: 1, service: 'discovery', resource: 'ImportTask', id: 'import-task-1' };
  it('accepts an object or its JSON text', () => {
    expect(parseCheckpoint(good, 'discovery', 'ImportTask').id).toBe('import-task-1');
    expect(parseCheckpoint(JSON.stringify(good), 'discovery', 'ImportTask').id).toBe('import-task-1');
  });
  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['wrong version', { ...good, v: 2 }, /unsupported checkpoint version/],
    ['another service', { ...good, service: 'dms' }, /expected discovery\/ImportTask/],
    ['no id', { ...good, id: '' }, /no id/],
  ])('rejects %s with CheckpointError', (_label, value, message) => {
    expect(() => parseCheckpoint(value, 'discovery', 'ImportTask')).toThrow(message);
    expect(() => parseCheckpoint(value, 'discovery', 'ImportTask')).toThrow(expect.objectContaining({ name: 'CheckpointError' }));
  });
});
