/** Application Discovery Service defaults and limits, from the service model and quotas. */

import type { PollDefaults } from '../core/index.js';

/**
 * Polling defaults for import tasks. Imports take minutes (the service processes them one after another), so the
 * first re-check waits 5 s and the delay grows to a minute.
 */
export const IMPORT_TASK_POLL_DEFAULTS: PollDefaults = { minDelayMs: 5_000, maxDelayMs: 60_000 };

/** DescribeImportTasks `maxResults` bounds (model: 1–100). */
export const DESCRIBE_IMPORT_TASKS_PAGE = { min: 1, max: 100 } as const;

/** Values one DescribeImportTasks filter may hold (model: 1–100). */
export const MAX_FILTER_VALUES = 100;

/** Import task ids per BatchDeleteImportData request (model: 1–10). */
export const BATCH_DELETE_MAX_IDS = 10;

/** Import task name length (model: 1–255, at least one non-whitespace character). */
export const IMPORT_NAME_MAX_LENGTH = 255;

/** Import URL length (model: 1–4000). */
export const IMPORT_URL_MAX_LENGTH = 4000;

/** Client request token length (model: 1–100). */
export const CLIENT_REQUEST_TOKEN_MAX_LENGTH = 100;

/** Filter value length (model: 1–255). */
export const FILTER_VALUE_MAX_LENGTH = 255;

/** The largest errors archive `failedRecords()` downloads, in bytes; a bigger one is refused, not buffered. */
export const MAX_ERRORS_ARCHIVE_BYTES = 64 * 1024 * 1024;

/**
 * How many accepted deletions a `DiscoveryService` remembers, so that those tasks leaving the listings count as
 * `deleted` (the service allows 25,000 record deletions a day; an id takes under 100 bytes).
 */
export const DELETION_LOG_MAX_IDS = 10_000;
