import { clientToken, s } from '../core/index.js';
import { MGN_EXPORT_ID_SCHEMA, MGN_IMPORT_ID_SCHEMA, MGN_START_EXPORT_INPUT, MGN_START_IMPORT_INPUT } from './input-schemas.js';
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
export function checkStartImport(input: MgnStartImportInput): { s3BucketSource: S3Wire; clientToken: string; tags?: Readonly<Record<string, string>> } {
  const parsed = s.parse(MGN_START_IMPORT_INPUT, input);
  const token = clientToken('clientToken', parsed.clientToken);
  return { s3BucketSource: wireOf(parsed), clientToken: token, ...(parsed.tags ? { tags: parsed.tags } : {}) };
}

/** Checks a StartExport input and returns its wire form. @internal */
export function checkStartExport(input: MgnStartExportInput): S3Wire & { tags?: Readonly<Record<string, string>> } {
  const parsed = s.parse(MGN_START_EXPORT_INPUT, input);
  return { ...wireOf(parsed), ...(parsed.tags ? { tags: parsed.tags } : {}) };
}

/** Throws unless `value` is an MGN import id (`import-` + 17 letters or digits). @internal */
export function checkImportId(field: string, value: unknown): string {
  return MGN_IMPORT_ID_SCHEMA.parse(value, field);
}

/** Throws unless `value` is an MGN export id (`export-` + 17 letters or digits). @internal */
export function checkExportId(field: string, value: unknown): string {
  return MGN_EXPORT_ID_SCHEMA.parse(value, field);
}

function wireOf(location: MgnS3Location): S3Wire {
  const { bucket: s3Bucket, key: s3Key, bucketOwner } = location;
  return bucketOwner === undefined ? { s3Bucket, s3Key } : { s3Bucket, s3Key, s3BucketOwner: bucketOwner };
}
