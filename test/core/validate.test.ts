import { describe, expect, it } from 'vitest';
import { checkAccountId, checkArn, checkBucket, checkInteger, checkList, checkOneOf, checkString, clientToken, parseCheckpoint, CheckpointError } from '../../src/core/index.js';
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
  const rules = { resources: ['ImportTask'], id: (field: string, value: unknown) => checkString(field, value, { pattern: /^import-task-\d+$/ }) };
  it('accepts an object or its JSON text', () => {
    expect(parseCheckpoint(good, 'discovery', rules).id).toBe('import-task-1');
    expect(parseCheckpoint(JSON.stringify(good), 'discovery', rules).id).toBe('import-task-1');
    expect(parseCheckpoint({ ...good, status: { kind: 'running', raw: 'IMPORT_IN_PROGRESS' } }, 'discovery', rules).status?.kind).toBe('running');
  });
  it.each([
    ['not JSON', '{', 'checkpoint', /not valid JSON/],
    ['null', null, 'checkpoint', /must be an object/],
    ['an array', [], 'checkpoint', /must be an object/],
    ['wrong version', { ...good, v: 2 }, 'checkpoint.v', /^checkpoint.v: unsupported checkpoint version 2/],
    ['no version', { ...good, v: undefined }, 'checkpoint.v', /required/],
    ['another service', { ...good, service: 'dms' }, 'checkpoint.service', /expected "discovery"/],
    ['another resource', { ...good, resource: 'MgnImport' }, 'checkpoint.resource', /must be one of "ImportTask"/],
    ['an empty id', { ...good, id: '' }, 'checkpoint.id', /must not be empty/],
    ['a malformed id', { ...good, id: 'import-task-x' }, 'checkpoint.id', /is not valid/],
    ['a numeric id', { ...good, id: 7 }, 'checkpoint.id', /must be a string/],
    ['status null', { ...good, status: null }, 'checkpoint.status', /must be an object/],
    ['an unknown status kind', { ...good, status: { kind: 'done', raw: 'X' } }, 'checkpoint.status.kind', /must be one of/],
    ['a status without raw', { ...good, status: { kind: 'running' } }, 'checkpoint.status.raw', /required/],
    ['an unknown key', { ...good, secret: 'x' }, 'checkpoint.secret', /unknown option/],
    ['a scope where none belongs', { ...good, scope: 'x' }, 'checkpoint.scope', /no scope/],
  ])('rejects %s with CheckpointError naming the field', (_label, value, field, message) => {
    const error = (() => {
      try {
        parseCheckpoint(value, 'discovery', rules);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CheckpointError);
    expect((error as CheckpointError).field).toBe(field);
    expect((error as CheckpointError).message).toMatch(message);
  });
  it('requires the scope of a scoped resource', () => {
    const scoped = { ...rules, scope: (field: string, value: unknown) => checkString(field, value) };
    expect(() => parseCheckpoint(good, 'discovery', scoped)).toThrow(expect.objectContaining({ name: 'CheckpointError', field: 'checkpoint.scope' }));
    expect(parseCheckpoint({ ...good, scope: 's' }, 'discovery', scoped).scope).toBe('s');
  });
});
