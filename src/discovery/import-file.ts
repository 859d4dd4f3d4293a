import { checkBucket, checkKey, s, type CallOptions, type CsvSource, type ImportFileReport } from '../core/index.js';
import { uploadImportFile, type ImportFileValidation, type ObjectStore } from '../storage/index.js';
import type { StartImportInput } from './discovery-service.js';
import { DISCOVERY_IMPORT_LIMITS, type DiscoveryImportProblemCode } from './import-file-rules.js';
import { validateImportFile } from './import-file-validate.js';
import type { ImportTask } from './import-task.js';
import { checkImportName, importClientToken } from './validate.js';

/** Options of {@link DiscoveryService.importFile}. */
export interface DiscoveryImportFileOptions {
  /** The bucket to upload to; the import reads the file from there. */
  readonly bucket: string;
  /** The object key. @default `imports/<first 16 hex digits of the file's SHA-256>/<file name>`, the same for the same file */
  readonly key?: string;
  /** The import's name, 1–255 characters. */
  readonly name: string;
  /**
   * Idempotency token, 1–100 characters.
   * @default one derived from the bucket, the key and the file's SHA-256: calling again with the same file returns
   * the task the first call started (pass a token of your own to import the same file again as a new task)
   */
  readonly clientRequestToken?: string;
  /** Pre-flight check: `error` throws `ImportFileError` before anything is sent, `warn` only reports, `off` skips it. @default 'error' */
  readonly validate?: ImportFileValidation;
  /** Sees the pre-flight report (with `validate` `error` or `warn`), before the upload. */
  readonly onReport?: (report: ImportFileReport<DiscoveryImportProblemCode>) => void;
  /** Aborts reading, uploading and starting; the promise rejects with `signal.reason`. */
  readonly signal?: AbortSignal;
}

const OPTIONS = s.objectOf<DiscoveryImportFileOptions>()({
  bucket: s.custom('an S3 bucket name', checkBucket),
  key: s.optional(s.custom('an S3 object key', checkKey)),
  name: s.custom('an import name', checkImportName),
  clientRequestToken: s.optional(s.custom('a client request token', (field, value) => importClientToken(field, value))),
  validate: s.optional(s.oneOf(['error', 'warn', 'off'] as const)),
  onReport: s.optional(s.fn<(report: ImportFileReport<DiscoveryImportProblemCode>) => void>()),
  signal: s.SIGNAL,
});

/** The file name given to a source that carries none. */
const DEFAULT_FILE_NAME = 'servers.csv';

/**
 * Checks, uploads and imports one file: the work of {@link DiscoveryService.importFile}. @internal
 */
export async function importDiscoveryFile(
  store: ObjectStore,
  start: (input: StartImportInput, options: CallOptions) => Promise<ImportTask>,
  source: CsvSource,
  options: DiscoveryImportFileOptions,
): Promise<ImportTask> {
  const o = s.parse(OPTIONS, options);
  const uploaded = await uploadImportFile(store, source, {
    check: (file) => validateImportFile(file, { template: 'discovery', ...(o.signal ? { signal: o.signal } : {}) }),
    validation: o.validate ?? 'error',
    onReport: o.onReport,
    bucket: o.bucket,
    key: o.key,
    defaultFileName: DEFAULT_FILE_NAME,
    maxBytes: DISCOVERY_IMPORT_LIMITS.maxFileBytes,
    token: o.clientRequestToken,
    signal: o.signal,
  });
  return start({ name: o.name, importUrl: `s3://${o.bucket}/${uploaded.key}`, clientRequestToken: uploaded.token }, o.signal ? { signal: o.signal } : {});
}
