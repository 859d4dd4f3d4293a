import { checkAccountId, checkBucket, checkKey, s, type CallOptions, type CsvSource, type ImportFileReport } from '../core/index.js';
import { MAX_IMPORT_FILE_BYTES, uploadImportFile, type ImportFileValidation, type ObjectStore } from '../storage/index.js';
import type { MgnImportProblemCode } from './import-file-rules.js';
import { validateImportFile } from './import-file-validate.js';
import type { MgnImport } from './mgn-import.js';
import type { MgnStartImportInput } from './mgn-inputs.js';
import { MGN_TAGS } from './input-schemas.js';

/** Options of {@link MgnService.importFile}. */
export interface MgnImportFileOptions {
  /** The bucket to upload to; MGN reads the file from there. */
  readonly bucket: string;
  /** The object key, ending in `.csv`. @default `imports/<first 16 hex digits of the file's SHA-256>/<file name>.csv` */
  readonly key?: string;
  /** The 12-digit account that must own the bucket: checked by S3 on upload and by MGN on import. */
  readonly bucketOwner?: string;
  /**
   * Idempotency token, 1–64 characters.
   * @default one derived from the bucket, the key and the file's SHA-256: calling again with the same file returns
   * the import the first call started (pass a token of your own to import the same file again)
   */
  readonly clientToken?: string;
  /** Tags for the import task (at most 50). @default none */
  readonly tags?: Readonly<Record<string, string>>;
  /** Pre-flight check: `error` throws `ImportFileError` before anything is sent, `warn` only reports, `off` skips it. @default 'error' */
  readonly validate?: ImportFileValidation;
  /** Sees the pre-flight report (with `validate` `error` or `warn`), before the upload. */
  readonly onReport?: (report: ImportFileReport<MgnImportProblemCode>) => void;
  /** Aborts reading, uploading and starting; the promise rejects with `signal.reason`. */
  readonly signal?: AbortSignal;
}

const OPTIONS = s.objectOf<MgnImportFileOptions>()({
  bucket: s.custom('an S3 bucket name', checkBucket),
  key: s.optional(s.refine(s.custom('an S3 object key', checkKey), (key) => (key.endsWith('.csv') ? undefined : 'must end in .csv: MGN imports CSV objects only'))),
  bucketOwner: s.optional(s.custom('a 12-digit account id', checkAccountId)),
  clientToken: s.optional(s.string({ max: 64 })),
  tags: MGN_TAGS,
  validate: s.optional(s.oneOf(['error', 'warn', 'off'] as const)),
  onReport: s.optional(s.fn<(report: ImportFileReport<MgnImportProblemCode>) => void>()),
  signal: s.SIGNAL,
});

/** Checks, uploads and imports one file: the work of {@link MgnService.importFile}. @internal */
export async function importMgnFile(
  store: ObjectStore,
  start: (input: MgnStartImportInput, options: CallOptions) => Promise<MgnImport>,
  source: CsvSource,
  options: MgnImportFileOptions,
): Promise<MgnImport> {
  const o = s.parse(OPTIONS, options);
  const uploaded = await uploadImportFile(store, source, {
    check: (file) => validateImportFile(file, { template: 'mgn', ...(o.signal ? { signal: o.signal } : {}) }),
    validation: o.validate ?? 'error',
    onReport: o.onReport,
    bucket: o.bucket,
    key: o.key,
    expectedOwner: o.bucketOwner,
    defaultFileName: 'inventory.csv',
    // MGN reads `.csv` objects only (the model's S3Key pattern).
    fileName: (name) => (name.toLowerCase().endsWith('.csv') ? name.slice(0, -4) + '.csv' : `${name}.csv`),
    maxBytes: MAX_IMPORT_FILE_BYTES,
    token: o.clientToken,
    signal: o.signal,
  });
  const input: MgnStartImportInput = {
    bucket: o.bucket,
    key: uploaded.key,
    clientToken: uploaded.token,
    ...(o.bucketOwner !== undefined ? { bucketOwner: o.bucketOwner } : {}),
    ...(o.tags !== undefined ? { tags: o.tags } : {}),
  };
  return start(input, o.signal ? { signal: o.signal } : {});
}
