// The Discovery wire client. Schemas, the error registry and endpoint instructions stay private on purpose.
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
