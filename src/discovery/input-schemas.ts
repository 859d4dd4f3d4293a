import type { S3Client } from '@aws-sdk/client-s3';
import { s, type CallOptions, type ListOptions } from '../core/index.js';
import type { FileClassification } from './client/index.js';
import { CLIENT_REQUEST_TOKEN_MAX_LENGTH, FILTER_VALUE_MAX_LENGTH, MAX_FILTER_VALUES } from './defaults.js';
import type { DiscoveryClientLike, FetchLike } from './discovery-context.js';
import type { DiscoveryServiceOptions, StartImportInput } from './discovery-service.js';
import type { DeleteImportTaskOptions } from './import-task-delete.js';
import type { ImportTaskFilter, OneOrMany } from './import-task-list.js';
import { IMPORT_STATUSES } from './import-task-status.js';
import { checkImportName, checkImportTaskId, checkImportUrl } from './validate.js';

/**
 * Every public input of the Discovery facade and its handles, declared once: each schema is checked against the
 * exported interface it parses (`objectOf<T>()`), so neither can change without the other. @internal
 */

/** An import task id, as a schema. */
export const IMPORT_TASK_ID_SCHEMA = s.custom('an import task id', checkImportTaskId);

const FILE_CLASSIFICATIONS = ['MODELIZEIT_EXPORT', 'RVTOOLS_EXPORT', 'VMWARE_NSX_EXPORT', 'IMPORT_TEMPLATE'] as const satisfies readonly FileClassification[];

/** One value or a non-empty list of at most {@link MAX_FILTER_VALUES}. */
function oneOrMany<T extends string>(item: s.Schema<T>): s.Schema<OneOrMany<T>> {
  return s.oneOrMany(item, { min: 1, max: MAX_FILTER_VALUES });
}

/** `new DiscoveryService(options)`. */
export const DISCOVERY_SERVICE_OPTIONS = s.objectOf<DiscoveryServiceOptions>()(
  {
    ...s.AWS_CLIENT_FIELDS,
    client: s.optional(s.sdkClient<DiscoveryClientLike>()),
    s3: s.optional(s.sdkClient<S3Client>()),
    fetch: s.optional(s.fn<FetchLike>()),
  },
  { unknownHint: s.CLIENT_SETTINGS_HINT },
);

/** `startImport(input)`. */
export const START_IMPORT_INPUT = s.objectOf<StartImportInput>()(
  {
    name: s.custom('an import name', checkImportName),
    importUrl: s.custom('an S3 object URL', checkImportUrl),
    clientRequestToken: s.optional(s.string({ max: CLIENT_REQUEST_TOKEN_MAX_LENGTH })),
  },
  { label: 'input' },
);

/** `importTasks(filter)`. */
export const IMPORT_TASK_FILTER = s.objectOf<ImportTaskFilter>()(
  {
    ids: s.optional(oneOrMany(IMPORT_TASK_ID_SCHEMA)),
    status: s.optional(oneOrMany(s.oneOf(IMPORT_STATUSES))),
    name: s.optional(oneOrMany(s.string({ max: FILTER_VALUE_MAX_LENGTH }))),
    fileClassification: s.optional(oneOrMany(s.oneOf(FILE_CLASSIFICATIONS))),
  },
  { label: 'filter' },
);

/** `importTasks(filter, options)`. */
export const IMPORT_TASK_LIST_OPTIONS: s.Schema<ListOptions> = s.LIST_OPTIONS;

/** `task.delete(options)` and `deleteImportTasks(ids, options)`. */
export const DELETE_IMPORT_TASK_OPTIONS = s.objectOf<DeleteImportTaskOptions>()({
  signal: s.SIGNAL,
  deleteHistory: s.optional(s.boolean()),
});

/** `deleteImportTasks(ids)`: 1 or more ids (sent 10 per request). */
export const IMPORT_TASK_IDS = s.array(IMPORT_TASK_ID_SCHEMA, { min: 1 });

/** `refresh`, `failedRecords`, `startImport`'s second argument. */
export const DISCOVERY_CALL_OPTIONS: s.Schema<CallOptions> = s.CALL_OPTIONS;

/** How `resume()` checks a checkpoint. */
export const IMPORT_TASK_CHECKPOINT = { resources: ['ImportTask'], id: checkImportTaskId } as const;
