import { describe, expect, it } from 'vitest';
import { s } from '../../src/core/index.js';
import { MGN_IMPORT_LIST_OPTIONS } from '../../src/mgn/input-schemas.js';
import { checkImportId, checkStartExport, checkStartImport } from '../../src/mgn/validate.js';
import { fieldOf } from '../support/validation-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('checkStartImport', () => {
  it('builds the wire request and generates a token per call when none is given', () => {
    const a = checkStartImport({ bucket: 'my.bucket-1', key: 'dir/servers.csv' });
    const b = checkStartImport({ bucket: 'my.bucket-1', key: 'dir/servers.csv' });
    expect(a).toEqual({ s3BucketSource: { s3Bucket: 'my.bucket-1', s3Key: 'dir/servers.csv' }, clientToken: expect.stringMatching(UUID) });
    expect(b.clientToken).not.toBe(a.clientToken);
  });

  it('keeps the caller token, bucket owner and tags', () => {
    expect(checkStartImport({ bucket: 'b12', key: 'k.csv', bucketOwner: '123456789012', clientToken: 'once', tags: { team: 'x', empty: '' } })).toEqual({
      s3BucketSource: { s3Bucket: 'b12', s3Key: 'k.csv', s3BucketOwner: '123456789012' },
      clientToken: 'once',
      tags: { team: 'x', empty: '' },
    });
  });

  it('accepts the longest key the model allows and refuses one more character', () => {
    expect(fieldOf(() => checkStartImport({ bucket: 'b12', key: `${'k'.repeat(1020)}.csv` }))).toBeUndefined();
    expect(fieldOf(() => checkStartImport({ bucket: 'b12', key: `${'k'.repeat(1021)}.csv` }))).toBe('key');
  });

  it.each([
    [{ bucket: 'UPPER', key: 'a.csv' }, 'bucket'],
    [{ bucket: '192.168.1.1', key: 'a.csv' }, 'bucket'],
    [{ bucket: '-lead', key: 'a.csv' }, 'bucket'],
    [{ key: 'a.csv' }, 'bucket'],
    [{ bucket: 'b12', key: '.csv' }, 'key'],
    [{ bucket: 'b12', key: 'a.csv\u0000.csv' }, 'key'],
    [{ bucket: 'b12', key: 'a.CSV' }, 'key'],
    [{ bucket: 'b12', key: 'a.csv', bucketOwner: '12345678901a' }, 'bucketOwner'],
    [{ bucket: 'b12', key: 'a.csv', clientToken: 'has space' }, 'clientToken'],
    [{ bucket: 'b12', key: 'a.csv', tags: { '': 'v' } }, 'tags.'],
    [{ bucket: 'b12', key: 'a.csv', tags: { 'AWS:x': 'v' } }, 'tags.AWS:x'],
    [{ bucket: 'b12', key: 'a.csv', tags: { k: 3 } }, 'tags.k'],
    [{ bucket: 'b12', key: 'a.csv', tags: ['v'] }, 'tags'],
  ])('refuses %j naming %s', (input, field) => {
    expect(fieldOf(() => checkStartImport(input as never))).toBe(field);
  });

  it('refuses a non-object input', () => {
    expect(fieldOf(() => checkStartImport(null as never))).toBe('input');
  });

  it('allows 50 tags of 256-character keys and values but not 51 tags', () => {
    const tags = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`${i}`.padEnd(256, 'k'), 'v'.repeat(256)]));
    expect(fieldOf(() => checkStartImport({ bucket: 'b12', key: 'a.csv', tags }))).toBeUndefined();
    expect(fieldOf(() => checkStartImport({ bucket: 'b12', key: 'a.csv', tags: { ...tags, extra: 'v' } }))).toBe('tags');
  });
});

describe('checkStartExport', () => {
  it('builds the flat wire request of StartExport', () => {
    expect(checkStartExport({ bucket: 'b12', key: 'out/all.csv', bucketOwner: '123456789012' })).toEqual({ s3Bucket: 'b12', s3Key: 'out/all.csv', s3BucketOwner: '123456789012' });
  });
});

describe('ids', () => {
  it('checks import ids against the model pattern', () => {
    expect(checkImportId('id', 'import-0123456789abcdefG')).toBe('import-0123456789abcdefG');
    expect(fieldOf(() => checkImportId('id', 'import-0123456789abcdef'))).toBe('id');
    expect(fieldOf(() => checkImportId('id', 'export-0123456789abcdefg'))).toBe('id');
  });

  it('checks id filters: 1 to 10 ids, each named by index', () => {
    const parse = (importIDs: unknown) => s.parse(MGN_IMPORT_LIST_OPTIONS, { importIDs });
    expect(parse(undefined)).toEqual({});
    expect(fieldOf(() => parse([]))).toBe('importIDs');
    expect(fieldOf(() => parse(['import-0123456789abcdefg', 'x']))).toBe('importIDs[1]');
    expect(fieldOf(() => parse('import-0123456789abcdefg'))).toBe('importIDs');
    expect(fieldOf(() => parse(Array.from({ length: 11 }, () => 'import-0123456789abcdefg')))).toBe('importIDs');
  });
});
