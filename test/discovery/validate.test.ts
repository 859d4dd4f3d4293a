import { describe, expect, it } from 'vitest';
import { checkImportName, checkImportTaskId, checkImportUrl, importClientToken } from '../../src/discovery/validate.js';
import { fieldOf } from '../support/validation-error.js';

describe('checkImportUrl', () => {
  it.each([
    's3://my-bucket/servers.csv',
    's3://my-bucket/folder/servers 2024.csv',
    'https://my-bucket.s3.amazonaws.com/servers.csv',
    'https://my-bucket.s3.us-west-2.amazonaws.com/folder/servers.csv',
    'https://my-bucket.s3-us-west-2.amazonaws.com/servers.csv',
    'https://s3.amazonaws.com/my-bucket/servers.csv',
    'https://s3.eu-central-1.amazonaws.com/my-bucket/servers.csv',
    'https://my.bucket.s3.cn-north-1.amazonaws.com.cn/servers.csv',
  ])('accepts %s', (url) => {
    expect(checkImportUrl('importUrl', url)).toBe(url);
  });

  it.each([
    ['', 'empty'],
    ['servers.csv', 'no scheme'],
    ['s3://my-bucket', 'no key'],
    ['s3://my-bucket/', 'empty key'],
    ['s3://my-bucket/folder/', 'a folder'],
    ['s3://MyBucket/servers.csv', 'an invalid bucket'],
    ['s3://ab/servers.csv', 'a too short bucket'],
    ['http://my-bucket.s3.amazonaws.com/servers.csv', 'plain http'],
    ['https://example.com/servers.csv', 'not S3'],
    ['https://s3.amazonaws.com/my-bucket', 'path style without key'],
    ['ftp://my-bucket/servers.csv', 'another scheme'],
    [`s3://my-bucket/${'k'.repeat(4000)}`, 'over 4000 characters'],
  ])('refuses %s (%s)', (url) => {
    expect(fieldOf(() => checkImportUrl('importUrl', url))).toBe('importUrl');
  });

  it('refuses a non-string', () => {
    expect(fieldOf(() => checkImportUrl('importUrl', 42))).toBe('importUrl');
  });
});

describe('checkImportName', () => {
  it('accepts 1 to 255 characters with a non-space', () => {
    expect(checkImportName('name', 'x')).toBe('x');
    expect(checkImportName('name', ' wave 1 ')).toBe(' wave 1 ');
    expect(checkImportName('name', 'n'.repeat(255))).toHaveLength(255);
  });
  it.each([[''], ['   '], ['\t\n'], ['n'.repeat(256)], [undefined], [7]])('refuses %j', (name) => {
    expect(fieldOf(() => checkImportName('name', name))).toBe('name');
  });
});

describe('importClientToken', () => {
  it('generates a UUID when absent and keeps a given one', () => {
    expect(importClientToken('clientRequestToken', undefined)).toMatch(/^[0-9a-f-]{36}$/);
    expect(importClientToken('clientRequestToken', 't'.repeat(100))).toHaveLength(100);
  });
  it.each([[''], ['t'.repeat(101)], [12]])('refuses %j', (token) => {
    expect(fieldOf(() => importClientToken('clientRequestToken', token))).toBe('clientRequestToken');
  });
});

describe('checkImportTaskId', () => {
  it('accepts import-task- and 32 hex digits', () => {
    expect(checkImportTaskId('id', 'import-task-0123456789abcdefABCDEF0123456789')).toBeDefined();
  });
  it.each([['import-task-123'], ['task-0123456789abcdef0123456789abcdef'], ['import-task-0123456789abcdef0123456789abcdeg'], ['']])('refuses %j', (id) => {
    expect(fieldOf(() => checkImportTaskId('id', id))).toBe('id');
  });
});
