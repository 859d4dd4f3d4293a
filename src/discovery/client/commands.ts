import { makeBuilder } from '@smithy/core/client';
import { getEndpointPlugin } from '@smithy/core/endpoints';
import type { DiscoveryClientResolvedConfig as Config } from './discovery-client.js';
import type { DiscoveryServiceInputTypes as Inputs } from './discovery-client.js';
import type { DiscoveryServiceOutputTypes as Outputs } from './discovery-client.js';
import { discoveryEndpointParams } from './endpoint.js';
import type { BatchDeleteImportDataCommandInput, BatchDeleteImportDataCommandOutput } from './models.js';
import type { DescribeImportTasksCommandInput, DescribeImportTasksCommandOutput } from './models.js';
import type { StartImportTaskCommandInput, StartImportTaskCommandOutput } from './models.js';
import { BatchDeleteImportData$, DescribeImportTasks$, StartImportTask$ } from './schemas.js';

// A command carries its operation schema and endpoint instructions and leaves the wire format to the client's
// protocol, as generated commands do; so these also run on the official schema-based Discovery client.
const command = makeBuilder<Config, Inputs, Outputs>(
  discoveryEndpointParams,
  'AWSPoseidonService_V2015_11_01',
  'DiscoveryClient',
  getEndpointPlugin,
);
const noExtraMiddleware = () => [];

/**
 * Starts importing servers and applications from a CSV file in S3. Fails with AuthorizationErrorException,
 * HomeRegionNotSetException, InvalidParameterException, InvalidParameterValueException, ResourceInUseException
 * or ServerInternalErrorException.
 */
export class StartImportTaskCommand extends command<StartImportTaskCommandInput, StartImportTaskCommandOutput>(
  {},
  noExtraMiddleware,
  'StartImportTask',
  StartImportTask$,
) {}

/**
 * Lists import tasks, filtered and a page at a time. Fails with AuthorizationErrorException,
 * HomeRegionNotSetException, InvalidParameterException, InvalidParameterValueException or ServerInternalErrorException.
 */
export class DescribeImportTasksCommand extends command<
  DescribeImportTasksCommandInput,
  DescribeImportTasksCommandOutput
>({}, noExtraMiddleware, 'DescribeImportTasks', DescribeImportTasks$) {}

/**
 * Deletes the imported records of up to 10 import tasks. Fails with AuthorizationErrorException,
 * HomeRegionNotSetException, InvalidParameterException, InvalidParameterValueException or ServerInternalErrorException.
 */
export class BatchDeleteImportDataCommand extends command<
  BatchDeleteImportDataCommandInput,
  BatchDeleteImportDataCommandOutput
>({}, noExtraMiddleware, 'BatchDeleteImportData', BatchDeleteImportData$) {}
