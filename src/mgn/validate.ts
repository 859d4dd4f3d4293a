import { checkAccountId, checkBucket, checkList, checkString, clientToken, ValidationError } from '../core/index.js';
import { MGN_EXPORT_ID, MGN_ID_FILTER_MAX, MGN_IMPORT_ID, MGN_MAX_TAGS, MGN_S3_KEY, MGN_TAG_MAX_LENGTH } from './defaults.js';
import type { MgnS3Location, MgnStartExportInput, MgnStartImportInput } from './mgn-inputs.js';

/** The wire form of an S3 location, validated. @internal */
export interface S3Wire {
  /** Bucket. */
  readonly s3Bucket: string;
  /** Key. */
  readonly s3Key: string;
  /** Expected bucket owner. */
  readonly s3BucketOwner?: string;
}

/** Checks a StartImport input and returns its wire form, with the idempotency token generated if absent. @internal */
export function checkStartImport(input: MgnStartImportInput): { s3BucketSource: S3Wire; clientToken: string; tags?: Record<string, string> } {
  const s3BucketSource = checkLocation(checkInput(input));
  const token = clientToken('clientToken', input.clientToken);
  const tags = checkTags('tags', input.tags);
  return { s3BucketSource, clientToken: token, ...(tags ? { tags } : {}) };
}

/** Checks a StartExport input and returns its wire form. @internal */
export function checkStartExport(input: MgnStartExportInput): S3Wire & { tags?: Record<string, string> } {
  const location = checkLocation(checkInput(input));
  const tags = checkTags('tags', input.tags);
  return { ...location, ...(tags ? { tags } : {}) };
}

/** Throws unless `value` is an MGN import id (`import-` + 17 letters or digits). @internal */
export function checkImportId(field: string, value: unknown): string {
  return checkString(field, value, { min: 24, max: 24, pattern: MGN_IMPORT_ID, patternHint: 'an MGN import id (import- and 17 letters or digits)' });
}

/** Throws unless `value` is an MGN export id (`export-` + 17 letters or digits). @internal */
export function checkExportId(field: string, value: unknown): string {
  return checkString(field, value, { min: 24, max: 24, pattern: MGN_EXPORT_ID, patternHint: 'an MGN export id (export- and 17 letters or digits)' });
}

/** Checks an id filter (1–10 ids) with `check`; undefined stays undefined. @internal */
export function checkIdFilter(field: string, ids: readonly string[] | undefined, check: (field: string, value: unknown) => string): string[] | undefined {
  if (ids === undefined) return undefined;
  if (!Array.isArray(ids)) throw new ValidationError(field, 'must be an array of ids');
  return checkList(field, ids, MGN_ID_FILTER_MAX).map((id, i) => check(`${field}[${i}]`, id));
}

function checkInput<T>(input: T): T {
  if (typeof input !== 'object' || input === null) throw new ValidationError('input', 'must be an object');
  return input;
}

function checkLocation(location: MgnS3Location): S3Wire {
  const s3Bucket = checkBucket('bucket', location.bucket);
  const s3Key = checkString('key', location.key, {
    max: 1024,
    pattern: MGN_S3_KEY,
    patternHint: 'the key of a .csv object (at most 1,020 characters before .csv, no NUL)',
  });
  if (location.bucketOwner === undefined) return { s3Bucket, s3Key };
  return { s3Bucket, s3Key, s3BucketOwner: checkAccountId('bucketOwner', location.bucketOwner) };
}

/** Checks tags (at most 50; keys 1–256 characters without `aws:`, values up to 256); undefined stays undefined. @internal */
export function checkTags(field: string, tags: Readonly<Record<string, string>> | undefined): Record<string, string> | undefined {
  if (tags === undefined) return undefined;
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) throw new ValidationError(field, 'must be an object of string values');
  const entries = Object.entries(tags);
  if (entries.length > MGN_MAX_TAGS) throw new ValidationError(field, `must have at most ${MGN_MAX_TAGS} tags, got ${entries.length}`);
  for (const [key, value] of entries) {
    const where = `${field}.${key}`;
    if (key.length === 0 || key.length > MGN_TAG_MAX_LENGTH) throw new ValidationError(where, `tag keys must be 1-${MGN_TAG_MAX_LENGTH} characters`);
    if (key.toLowerCase().startsWith('aws:')) throw new ValidationError(where, 'tag keys starting with aws: are reserved');
    checkString(where, value, { min: 0, max: MGN_TAG_MAX_LENGTH });
  }
  return Object.fromEntries(entries);
}
