import { bool, int, list, oneOf, str, struct, timestamp, type WireRule } from './wire-input.js';

// Model shapes (botocore mgh service-2.json); patterns are applied to the whole value.
const STREAM = str(1, 50, /^[^/:|\x00-\x1f]+$/, '[^/:|\\000-\\037]+');
const TASK_NAME = str(1, 256, /^[^:|]+$/, '[^:|]+');
const TOKEN = str(0, 2048, /^[a-zA-Z0-9/+=]{0,2048}$/, '^[a-zA-Z0-9\\/\\+\\=]{0,2048}$');
const ONE_LINE = (min: number, max: number): WireRule => str(min, max, new RegExp(`^.{${min},${max}}$`, 'u'), `^.{${min},${max}}$`);
const ARTIFACT_NAME = str(1, 1600, /^arn:[a-z-]+:[a-z0-9-]+:(?:[a-z0-9-]+|):(?:[0-9]{12}|):.*$/, 'arn:[a-z-]+:[a-z0-9-]+:(?:[a-z0-9-]+|):(?:[0-9]{12}|):.*');
const CONFIGURATION_ID = ONE_LINE(1, 1600);
const TASK = struct({ Status: oneOf('NOT_STARTED', 'IN_PROGRESS', 'FAILED', 'COMPLETED'), StatusDetail: ONE_LINE(0, 2500), ProgressPercent: int(0, 100) }, ['Status']);
const ATTRIBUTE_TYPE = oneOf(
  'IPV4_ADDRESS',
  'IPV6_ADDRESS',
  'MAC_ADDRESS',
  'FQDN',
  'VM_MANAGER_ID',
  'VM_MANAGED_OBJECT_REFERENCE',
  'VM_NAME',
  'VM_PATH',
  'BIOS_ID',
  'MOTHERBOARD_SERIAL_NUMBER',
);
const KEY = { ProgressUpdateStream: STREAM, MigrationTaskName: TASK_NAME };
const KEY_REQUIRED = ['ProgressUpdateStream', 'MigrationTaskName'];

/** The input shape of every Migration Hub operation the emulator serves. @internal */
export const HUB_INPUT_RULES: Readonly<Record<string, WireRule>> = {
  CreateProgressUpdateStream: struct({ ProgressUpdateStreamName: STREAM, DryRun: bool }, ['ProgressUpdateStreamName']),
  DeleteProgressUpdateStream: struct({ ProgressUpdateStreamName: STREAM, DryRun: bool }, ['ProgressUpdateStreamName']),
  ListProgressUpdateStreams: struct({ NextToken: TOKEN, MaxResults: int(1, 100) }),
  ImportMigrationTask: struct({ ...KEY, DryRun: bool }, KEY_REQUIRED),
  NotifyMigrationTaskState: struct({ ...KEY, Task: TASK, UpdateDateTime: timestamp, NextUpdateSeconds: int(0), DryRun: bool }, [
    ...KEY_REQUIRED,
    'Task',
    'UpdateDateTime',
    'NextUpdateSeconds',
  ]),
  DescribeMigrationTask: struct(KEY, KEY_REQUIRED),
  ListMigrationTasks: struct({ NextToken: TOKEN, MaxResults: int(1, 100), ResourceName: ONE_LINE(1, 1600) }),
  PutResourceAttributes: struct(
    { ...KEY, ResourceAttributeList: list(struct({ Type: ATTRIBUTE_TYPE, Value: ONE_LINE(1, 256) }, ['Type', 'Value']), 1, 100), DryRun: bool },
    [...KEY_REQUIRED, 'ResourceAttributeList'],
  ),
  AssociateCreatedArtifact: struct({ ...KEY, CreatedArtifact: struct({ Name: ARTIFACT_NAME, Description: ONE_LINE(0, 500) }, ['Name']), DryRun: bool }, [
    ...KEY_REQUIRED,
    'CreatedArtifact',
  ]),
  DisassociateCreatedArtifact: struct({ ...KEY, CreatedArtifactName: ARTIFACT_NAME, DryRun: bool }, [...KEY_REQUIRED, 'CreatedArtifactName']),
  ListCreatedArtifacts: struct({ ...KEY, NextToken: TOKEN, MaxResults: int(1, 10) }, KEY_REQUIRED),
  AssociateDiscoveredResource: struct(
    { ...KEY, DiscoveredResource: struct({ ConfigurationId: CONFIGURATION_ID, Description: ONE_LINE(0, 500) }, ['ConfigurationId']), DryRun: bool },
    [...KEY_REQUIRED, 'DiscoveredResource'],
  ),
  DisassociateDiscoveredResource: struct({ ...KEY, ConfigurationId: CONFIGURATION_ID, DryRun: bool }, [...KEY_REQUIRED, 'ConfigurationId']),
  ListDiscoveredResources: struct({ ...KEY, NextToken: TOKEN, MaxResults: int(1, 10) }, KEY_REQUIRED),
};

/** Migration Hub Config's input shapes. @internal */
export const CONFIG_INPUT_RULES: Readonly<Record<string, WireRule>> = {
  GetHomeRegion: struct({}),
  DescribeHomeRegionControls: struct({
    ControlId: str(1, 50, /^hrc-[a-z0-9]{12}$/),
    HomeRegion: str(1, 50, /^([a-z]+)-([a-z]+)-([0-9]+)$/),
    Target: struct({ Type: oneOf('ACCOUNT'), Id: str(12, 12, /^\d{12}$/) }, ['Type']),
    MaxResults: int(1, 100),
    NextToken: TOKEN,
  }),
};
