import { makeBuilder } from '@smithy/core/client';
import { getEndpointPlugin } from '@smithy/core/endpoints';
import type { DiscoveryClientResolvedConfig, DiscoveryServiceInputTypes, DiscoveryServiceOutputTypes } from './discovery-client.js';
import { discoveryEndpointParams } from './endpoint.js';
import type {
  BatchDeleteImportDataCommandInput,
  BatchDeleteImportDataCommandOutput,
  DescribeImportTasksCommandInput,
  DescribeImportTasksCommandOutput,
  StartImportTaskCommandInput,
  StartImportTaskCommandOutput,
} from './models.js';
import { BatchDeleteImportData$, DescribeImportTasks$, StartImportTask$ } from './schemas.js';

// Each command carries its operation schema and endpoint instructions, and the client's protocol
// does the rest, so these commands also run on the official schema-based Discovery client.
const command = makeBuilder<DiscoveryClientResolvedConfig, DiscoveryServiceInputTypes, DiscoveryServiceOutputTypes>(
  discoveryEndpointParams,
  'AWSPoseidonService_V2015_11_01',
  'DiscoveryClient',
  getEndpointPlugin,
);
const noExtraMiddleware = () => [];

/**
 * Starts importing servers and applications from a CSV file in S3.
 * Throws AuthorizationErrorException, HomeRegionNotSetException, InvalidParameterException,
 * InvalidParameterValueException, ResourceInUseException or ServerInternalErrorException.
 */
export class StartImportTaskCommand extends command<StartImportTaskCommandInput, StartImportTaskCommandOutput>(
  {},
  noExtraMiddleware,
  'StartImportTask',
  StartImportTask$,
) {}

/**
 * Lists import tasks, filtered and paginated.
 * Throws AuthorizationErrorException, HomeRegionNotSetException, InvalidParameterException,
 * InvalidParameterValueException or ServerInternalErrorException.
 */
export class DescribeImportTasksCommand extends command<DescribeImportTasksCommandInput, DescribeImportTasksCommandOutput>(
  {},
  noExtraMiddleware,
  'DescribeImportTasks',
  DescribeImportTasks$,
) {}

/**
 * Deletes the records of up to 10 import tasks.
 * Throws AuthorizationErrorException, HomeRegionNotSetException, InvalidParameterException,
 * InvalidParameterValueException or ServerInternalErrorException.
 */
export class BatchDeleteImportDataCommand extends command<BatchDeleteImportDataCommandInput, BatchDeleteImportDataCommandOutput>(
  {},
  noExtraMiddleware,
  'BatchDeleteImportData',
  BatchDeleteImportData$,
) {}
