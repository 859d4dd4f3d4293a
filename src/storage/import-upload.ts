/**
 * The service-agnostic half of `importFile()`: check the file, refuse it before any request when the check finds
 * errors, upload it once under a content-addressed key, and derive the import's idempotency token.
 * @module
 */
import { ImportFileError, isReReadable, readSource, sourceFileName, type CsvSource, type ImportFileReport } from '../core/index.js';
import { contentAddressedKey, contentHash, derivedToken, type ContentHash } from './content-address.js';
import type { ObjectStore } from './object-store.js';

/** What `importFile()` does with the pre-flight check: throw on errors (`error`), only report (`warn`), or skip it (`off`). */
export type ImportFileValidation = 'error' | 'warn' | 'off';

/** The largest file `importFile()` uploads when its service documents no limit (MGN): 64 MiB. */
export const MAX_IMPORT_FILE_BYTES = 64 * 1024 * 1024;

/** How to check and upload one import file. @internal */
export interface ImportUpload<Code extends string> {
  /** The check to run (the service's `validateImportFile`). */
  readonly check: (file: CsvSource) => Promise<ImportFileReport<Code>>;
  /** What to do with its report. */
  readonly validation: ImportFileValidation;
  /** Sees the report whenever the check ran. */
  readonly onReport?: ((report: ImportFileReport<Code>) => void) | undefined;
  /** The bucket. */
  readonly bucket: string;
  /** The key; undefined for the content-addressed `imports/<sha256 prefix>/<file name>`. */
  readonly key?: string | undefined;
  /** The account that must own the bucket (S3's expected-bucket-owner check). */
  readonly expectedOwner?: string | undefined;
  /** The file name when the source carries none (a string, bytes or a stream). */
  readonly defaultFileName: string;
  /** Turns a file name into one the service accepts (MGN's `.csv`). */
  readonly fileName?: ((name: string) => string) | undefined;
  /** The largest file uploaded. */
  readonly maxBytes: number;
  /** The caller's idempotency token; undefined to derive one from bucket, key and content. */
  readonly token?: string | undefined;
  /** Aborts reading, checking and uploading. */
  readonly signal?: AbortSignal | undefined;
}

/** What was uploaded. @internal */
export interface UploadedImportFile<Code extends string> {
  /** The key the file is under. */
  readonly key: string;
  /** Its SHA-256. */
  readonly hash: ContentHash;
  /** The idempotency token for the start request. */
  readonly token: string;
  /** The report, unless the check was off. */
  readonly report?: ImportFileReport<Code>;
}

/**
 * Checks `source`, then uploads it with its SHA-256 as the content checksum. A file with errors (when `validation`
 * is `error`) throws {@link ImportFileError} before any request. Under a content-addressed key an object that
 * already holds the same bytes (HeadObject's SHA-256) is not uploaded again. A stream is read once into memory,
 * up to `maxBytes`; other sources are read twice (check, then upload) and never held whole while checked.
 * @internal
 */
export async function uploadImportFile<Code extends string>(store: ObjectStore, source: CsvSource, plan: ImportUpload<Code>): Promise<UploadedImportFile<Code>> {
  const file = isReReadable(source) ? source : await readSource(source, 'source', plan.maxBytes, plan.signal);
  let report: ImportFileReport<Code> | undefined;
  if (plan.validation !== 'off') {
    report = await plan.check(file);
    plan.onReport?.(report);
    if (plan.validation === 'error' && !report.ok) throw new ImportFileError(report);
  }
  const bytes = await readSource(file, 'source', plan.maxBytes, plan.signal);
  const hash = await contentHash(bytes);
  const name = sourceFileName(source) ?? plan.defaultFileName;
  const key = plan.key ?? contentAddressedKey(hash, plan.fileName ? plan.fileName(name) : name);
  const ref = { bucket: plan.bucket, key, expectedOwner: plan.expectedOwner };
  const existing = plan.key === undefined ? await store.head(ref, plan.signal) : undefined;
  if (existing?.ChecksumSHA256 !== hash.base64 || existing.ContentLength !== bytes.byteLength) {
    await store.put(ref, bytes, hash, 'text/csv', plan.signal);
  }
  return { key, hash, token: plan.token ?? (await derivedToken(plan.bucket, key, hash)), ...(report ? { report } : {}) };
}
