/** MGN polling defaults and limits, as named constants. Limits come from the botocore model of MGN (2020-02-26). */

/**
 * The shortest delay between two ListImports/ListExports polls of one wait. MGN imports run for minutes; five
 * seconds keeps a wait responsive while many concurrent waits (which coalesce into one request) stay far below the
 * control plane's request rate.
 */
export const MGN_MIN_DELAY_MS = 5_000;
/** The longest delay between two polls of one wait. */
export const MGN_MAX_DELAY_MS = 30_000;
/** `maxResults` bounds of ListImports, ListImportErrors, ListExports and ListExportErrors (MaxResultsType). */
export const MGN_PAGE_MIN = 1;
/** The upper `maxResults` bound (MaxResultsType). */
export const MGN_PAGE_MAX = 1_000;
/** At most this many ids per `filters.importIDs` / `filters.exportIDs` (ImportIDsFilter, ListExportsRequestFiltersExportIDs). */
export const MGN_ID_FILTER_MAX = 10;
/** At most this many tags on an import or export (TagsMap). */
export const MGN_MAX_TAGS = 50;
/** Tag keys and values are at most this long (TagKey, TagValue). */
export const MGN_TAG_MAX_LENGTH = 256;
/** The S3 key of an import or export file: at most 1,020 characters before a `.csv` suffix (S3Key). */
export const MGN_S3_KEY = /^[^\x00]{1,1020}\.csv$/;
/** Import ids (ImportID). */
export const MGN_IMPORT_ID = /^import-[0-9a-zA-Z]{17}$/;
/** Export ids (ExportID). */
export const MGN_EXPORT_ID = /^export-[0-9a-zA-Z]{17}$/;
