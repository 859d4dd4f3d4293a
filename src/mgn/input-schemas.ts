import type { S3Client } from '@aws-sdk/client-s3';
import type { MgnClient } from '@aws-sdk/client-mgn';
import { checkAccountId, checkBucket, s, type CallOptions, type CheckpointRules, type ListOptions } from '../core/index.js';
import { MGN_EXPORT_ID, MGN_ID_FILTER_MAX, MGN_IMPORT_ID, MGN_MAX_TAGS, MGN_S3_KEY, MGN_TAG_MAX_LENGTH } from './defaults.js';
import type { MgnExportListOptions, MgnImportListOptions, MgnStartExportInput, MgnStartImportInput } from './mgn-inputs.js';
import type { MgnServiceOptions } from './mgn-service.js';

/*
 * Every public input of the MGN facade and its handles, declared once: each schema is checked against the exported
 * interface it parses (`objectOf<T>()`), so neither can change without the other.
 */

/** An MGN import id (`import-` and 17 letters or digits). @internal */
export const MGN_IMPORT_ID_SCHEMA = s.string({ min: 24, max: 24, pattern: MGN_IMPORT_ID, hint: 'an MGN import id (import- and 17 letters or digits)' });
/** An MGN export id (`export-` and 17 letters or digits). @internal */
export const MGN_EXPORT_ID_SCHEMA = s.string({ min: 24, max: 24, pattern: MGN_EXPORT_ID, hint: 'an MGN export id (export- and 17 letters or digits)' });

const LOCATION = {
  bucket: s.custom('an S3 bucket name', checkBucket),
  key: s.string({ max: 1024, pattern: MGN_S3_KEY, hint: 'the key of a .csv object (at most 1,020 characters before .csv, no NUL)' }),
  bucketOwner: s.optional(s.custom('a 12-digit account id', checkAccountId)),
} as const;

const TAG_TEXT = s.string({ min: 0, max: MGN_TAG_MAX_LENGTH });
const TAG_KEY = s.refine(s.string({ max: MGN_TAG_MAX_LENGTH }), (key) => (key.toLowerCase().startsWith('aws:') ? 'tag keys starting with aws: are reserved' : undefined));
/** Optional MGN resource tags: at most 50, keys 1–256 characters without `aws:`, values up to 256. @internal */
export const MGN_TAGS = s.optional(s.record(TAG_KEY, TAG_TEXT, { max: MGN_MAX_TAGS }));

/** `new MgnService(options)`. @internal */
export const MGN_SERVICE_OPTIONS = s.objectOf<MgnServiceOptions>()(
  { ...s.AWS_CLIENT_FIELDS, client: s.optional(s.sdkClient<MgnClient>()), s3: s.optional(s.sdkClient<S3Client>()) },
  { unknownHint: s.CLIENT_SETTINGS_HINT },
);

/** `startImport(input)`. @internal */
export const MGN_START_IMPORT_INPUT = s.objectOf<MgnStartImportInput>()(
  {
    ...LOCATION,
    clientToken: s.optional(s.string({ max: 64, pattern: /^[\x21-\x7e]+$/, hint: 'printable ASCII without spaces' })),
    tags: MGN_TAGS,
  },
  { label: 'input' },
);

/** `startExport(input)`. @internal */
export const MGN_START_EXPORT_INPUT = s.objectOf<MgnStartExportInput>()({ ...LOCATION, tags: MGN_TAGS }, { label: 'input' });

/** `imports(options)`. @internal */
export const MGN_IMPORT_LIST_OPTIONS = s.objectOf<MgnImportListOptions>()({
  ...s.LIST_FIELDS,
  importIDs: s.optional(s.array(MGN_IMPORT_ID_SCHEMA, { min: 1, max: MGN_ID_FILTER_MAX })),
});

/** `exports(options)`. @internal */
export const MGN_EXPORT_LIST_OPTIONS = s.objectOf<MgnExportListOptions>()({
  ...s.LIST_FIELDS,
  exportIDs: s.optional(s.array(MGN_EXPORT_ID_SCHEMA, { min: 1, max: MGN_ID_FILTER_MAX })),
});

/** `refresh(options)`, the starts' second argument. @internal */
export const MGN_CALL_OPTIONS: s.Schema<CallOptions> = s.CALL_OPTIONS;

/** `exp.download(path)`: the file to write, a non-empty path. */
export const MGN_DOWNLOAD_PATH: s.Schema<string> = s.string({ max: 4096 });

/** `errors(options)`. @internal */
export const MGN_LIST_OPTIONS: s.Schema<ListOptions> = s.LIST_OPTIONS;

/** How `resume()` checks an import's checkpoint. @internal */
export const MGN_IMPORT_CHECKPOINT: CheckpointRules = { resources: ['MgnImport', 'MgnExport'], id: (f, v) => MGN_IMPORT_ID_SCHEMA.parse(v, f) };
/** How `resume()` checks an export's checkpoint. @internal */
export const MGN_EXPORT_CHECKPOINT: CheckpointRules = { resources: ['MgnImport', 'MgnExport'], id: (f, v) => MGN_EXPORT_ID_SCHEMA.parse(v, f) };
