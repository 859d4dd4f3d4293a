import { TypeRegistry } from '@smithy/core/schema';
import type {
  StaticErrorSchema,
  StaticListSchema,
  StaticOperationSchema,
  StaticStructureSchema,
} from '@smithy/types';
import {
  AuthorizationErrorException,
  ConflictErrorException,
  DISCOVERY_NAMESPACE as NS,
  DiscoveryServiceException,
  HomeRegionNotSetException,
  InvalidParameterException,
  InvalidParameterValueException,
  LimitExceededException,
  ResourceInUseException,
  ResourceNotFoundException,
  ServerInternalErrorException,
} from './models.js';

// Static schema sentinels (see @smithy/types static-schemas): simple types and trait bits.
const STRING = 0;
const NUMBER = 1;
const BOOLEAN = 2;
const TIMESTAMP = 4; // the protocol's default format: epoch seconds for awsJson1_1
const STRING_LIST = 64 | STRING;
const IDEMPOTENCY_TOKEN = 4; // trait bit 2

const struct = (name: string, members: Record<string, StaticStructureSchema[5][number]>, required?: number): StaticStructureSchema =>
  required ? [3, NS, name, 0, Object.keys(members), Object.values(members), required] : [3, NS, name, 0, Object.keys(members), Object.values(members)];
const list = (name: string, member: StaticListSchema[4]): StaticListSchema => [1, NS, name, 0, member];
const error = (name: string, fault: 'client' | 'server'): StaticErrorSchema => [-3, NS, name, { error: fault }, ['message'], [STRING]];

/** Schema of the ImportTask structure. @internal */
export const ImportTask$ = struct('ImportTask', {
  importTaskId: STRING,
  clientRequestToken: STRING,
  name: STRING,
  importUrl: STRING,
  status: STRING,
  importRequestTime: TIMESTAMP,
  importCompletionTime: TIMESTAMP,
  importDeletedTime: TIMESTAMP,
  fileClassification: STRING,
  serverImportSuccess: NUMBER,
  serverImportFailure: NUMBER,
  applicationImportSuccess: NUMBER,
  applicationImportFailure: NUMBER,
  errorsAndFailedEntriesZip: STRING,
});
const ImportTaskList = list('ImportTaskList', () => ImportTask$);
const ImportTaskFilter$ = struct('ImportTaskFilter', { name: STRING, values: STRING_LIST });
const ImportTaskFilterList = list('DescribeImportTasksFilterList', () => ImportTaskFilter$);
const BatchDeleteImportDataError$ = struct('BatchDeleteImportDataError', {
  importTaskId: STRING,
  errorCode: STRING,
  errorDescription: STRING,
});
const BatchDeleteImportDataErrorList = list('BatchDeleteImportDataErrorList', () => BatchDeleteImportDataError$);

// Required members come first; the trailing number counts them, as in generated clients.
const StartImportTaskRequest$ = struct(
  'StartImportTaskRequest',
  { name: STRING, importUrl: STRING, clientRequestToken: [STRING, IDEMPOTENCY_TOKEN] },
  2,
);
const StartImportTaskResponse$ = struct('StartImportTaskResponse', { task: () => ImportTask$ });
const DescribeImportTasksRequest$ = struct('DescribeImportTasksRequest', {
  filters: () => ImportTaskFilterList,
  maxResults: NUMBER,
  nextToken: STRING,
});
const DescribeImportTasksResponse$ = struct('DescribeImportTasksResponse', {
  nextToken: STRING,
  tasks: () => ImportTaskList,
});
const BatchDeleteImportDataRequest$ = struct('BatchDeleteImportDataRequest', { importTaskIds: STRING_LIST, deleteHistory: BOOLEAN }, 1);
const BatchDeleteImportDataResponse$ = struct('BatchDeleteImportDataResponse', { errors: () => BatchDeleteImportDataErrorList });

/** Operation schema of StartImportTask. @internal */
export const StartImportTask$: StaticOperationSchema = [9, NS, 'StartImportTask', 0, () => StartImportTaskRequest$, () => StartImportTaskResponse$];
/** Operation schema of DescribeImportTasks. @internal */
export const DescribeImportTasks$: StaticOperationSchema = [9, NS, 'DescribeImportTasks', 0, () => DescribeImportTasksRequest$, () => DescribeImportTasksResponse$];
/** Operation schema of BatchDeleteImportData. @internal */
export const BatchDeleteImportData$: StaticOperationSchema = [9, NS, 'BatchDeleteImportData', 0, () => BatchDeleteImportDataRequest$, () => BatchDeleteImportDataResponse$];

// The protocol falls back to the synthetic "<ns>#...ServiceException" for error codes it does not know.
const SYNTHETIC_NS = `smithy.ts.sdk.synthetic.${NS}`;
const errors: [StaticErrorSchema, typeof DiscoveryServiceException][] = [
  [[-3, SYNTHETIC_NS, 'DiscoveryServiceException', 0, [], []], DiscoveryServiceException],
  [error('AuthorizationErrorException', 'client'), AuthorizationErrorException],
  [error('ConflictErrorException', 'client'), ConflictErrorException],
  [error('HomeRegionNotSetException', 'client'), HomeRegionNotSetException],
  [error('InvalidParameterException', 'client'), InvalidParameterException],
  [error('InvalidParameterValueException', 'client'), InvalidParameterValueException],
  [error('LimitExceededException', 'client'), LimitExceededException],
  [error('ResourceInUseException', 'client'), ResourceInUseException],
  [error('ResourceNotFoundException', 'client'), ResourceNotFoundException],
  [error('ServerInternalErrorException', 'server'), ServerInternalErrorException],
];

// A TypeRegistry constructed for a namespace with no global registry becomes the global one, and
// registerError() writes to the global one too. Reserving the global slot first and filling our maps
// directly keeps these classes private, so an official client loaded alongside keeps its own.
TypeRegistry.for(NS);
const registry = new TypeRegistry(
  NS,
  new Map(errors.map(([schema]) => [`${schema[1]}#${schema[2]}`, schema])),
  new Map(errors),
);

/** Error registries for the protocol's `errorTypeRegistries` setting. @internal */
export const errorTypeRegistries: TypeRegistry[] = [registry];
