/**
 * `aws-migration-kit/discovery-client`: a small, wire-compatible Application Discovery Service client on the AWS SDK
 * v3 runtime (`DiscoveryClient`, its three commands and the service's exceptions). `aws-migration-kit/discovery` uses
 * it under the hood and loads it on the first request; import this subpath to send commands yourself or to build a
 * client to pass in. Schemas, the error registry and endpoint instructions stay private on purpose.
 * @example
 * ```ts
 * import { DiscoveryClient, DescribeImportTasksCommand } from 'aws-migration-kit/discovery-client';
 * const client = new DiscoveryClient({ region: 'us-west-2' });
 * const command = new DescribeImportTasksCommand({ maxResults: 10 });
 * ```
 * @packageDocumentation
 */
export { DiscoveryClient } from './discovery-client.js';
export type {
  DiscoveryClientConfig,
  DiscoveryClientResolvedConfig,
  DiscoveryServiceInputTypes,
  DiscoveryServiceOutputTypes,
} from './discovery-client.js';
export { BatchDeleteImportDataCommand, DescribeImportTasksCommand, StartImportTaskCommand } from './commands.js';
export { resolveDiscoveryEndpoint } from './endpoint.js';
export type { DiscoveryEndpointParameters } from './endpoint.js';
export {
  AuthorizationErrorException,
  ConflictErrorException,
  DiscoveryServiceException,
  HomeRegionNotSetException,
  InvalidParameterException,
  InvalidParameterValueException,
  LimitExceededException,
  ResourceInUseException,
  ResourceNotFoundException,
  ServerInternalErrorException,
} from './models.js';
export type {
  BatchDeleteImportDataCommandInput,
  BatchDeleteImportDataCommandOutput,
  BatchDeleteImportDataError,
  BatchDeleteImportDataErrorCode,
  DescribeImportTasksCommandInput,
  DescribeImportTasksCommandOutput,
  DiscoveryExceptionOptions,
  FileClassification,
  ImportStatus,
  ImportTask,
  ImportTaskFilter,
  ImportTaskFilterName,
  StartImportTaskCommandInput,
  StartImportTaskCommandOutput,
} from './models.js';
