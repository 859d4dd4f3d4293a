import { TypeRegistry } from '@smithy/core/schema';
import type { StaticErrorSchema, StaticListSchema, StaticOperationSchema, StaticStructureSchema } from '@smithy/types';
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

// Static schema sentinels (see @smithy/types static-schemas) and trait bits.
const STRING = 0;
const NUMBER = 1;
const BOOLEAN = 2;
const TIMESTAMP = 4; // the protocol's default format, which for awsJson1_1 is epoch seconds
const STRING_LIST = 64 | STRING;
const IDEMPOTENCY_TOKEN = 4; // trait bit 2: the serializer fills in a UUID when the member is absent

type Member = StaticStructureSchema[5][number];
// Required members come first; generated clients record how many in a trailing count.
const struct = (name: string, members: Record<string, Member>, required = 0): StaticStructureSchema => {
  const schema: StaticStructureSchema = [3, NS, name, 0, Object.keys(members), Object.values(members)];
  if (required) schema.push(required);
  return schema;
};
const list = (name: string, member: StaticListSchema[4]): StaticListSchema => [1, NS, name, 0, member];
type Struct = StaticStructureSchema;
const operation = (name: string, input: Struct, output: Struct): StaticOperationSchema => [9, NS, name, 0, input, output];

const ImportTask$ = struct('ImportTask', {
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
const ImportTaskFilter$ = struct('ImportTaskFilter', { name: STRING, values: STRING_LIST });
const BatchDeleteImportDataError$ = struct('BatchDeleteImportDataError', {
  importTaskId: STRING,
  errorCode: STRING,
  errorDescription: STRING,
});

/** Operation schema of StartImportTask. @internal */
export const StartImportTask$ = operation(
  'StartImportTask',
  struct(
    'StartImportTaskRequest',
    { name: STRING, importUrl: STRING, clientRequestToken: [STRING, IDEMPOTENCY_TOKEN] },
    2,
  ),
  struct('StartImportTaskResponse', { task: ImportTask$ }),
);
/** Operation schema of DescribeImportTasks. @internal */
export const DescribeImportTasks$ = operation(
  'DescribeImportTasks',
  struct('DescribeImportTasksRequest', {
    filters: list('DescribeImportTasksFilterList', ImportTaskFilter$),
    maxResults: NUMBER,
    nextToken: STRING,
  }),
  struct('DescribeImportTasksResponse', { nextToken: STRING, tasks: list('ImportTaskList', ImportTask$) }),
);
/** Operation schema of BatchDeleteImportData. @internal */
export const BatchDeleteImportData$ = operation(
  'BatchDeleteImportData',
  struct('BatchDeleteImportDataRequest', { importTaskIds: STRING_LIST, deleteHistory: BOOLEAN }, 1),
  struct('BatchDeleteImportDataResponse', {
    errors: list('BatchDeleteImportDataErrorList', BatchDeleteImportDataError$),
  }),
);

// The protocol throws the synthetic "smithy.ts.sdk.synthetic.<ns>#...ServiceException" for codes it does not know.
const SYNTHETIC_NS = `smithy.ts.sdk.synthetic.${NS}`;
const error = (name: string, fault: 'client' | 'server'): StaticErrorSchema => [
  -3,
  NS,
  name,
  { error: fault },
  ['message'],
  [STRING],
];
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

// `new TypeRegistry(ns)` becomes the global registry of `ns` when there is none yet, and registerError() also
// writes to the global one. Reserving the global slot first and passing our maps to the constructor keeps these
// classes private, so an official Discovery client loaded in the same process keeps throwing its own.
TypeRegistry.for(NS);
const registry = new TypeRegistry(
  NS,
  new Map(errors.map(([schema]) => [`${schema[1]}#${schema[2]}`, schema])),
  new Map(errors),
);

/** Error registries for the protocol's `errorTypeRegistries` setting. @internal */
export const errorTypeRegistries: TypeRegistry[] = [registry];
