import { page } from './paging.js';
import type { HubStore, TaskRecord } from './hub-store.js';
import { hubFault } from './wire-input.js';

type Input = Record<string, unknown>;
type Output = Record<string, unknown>;

const text = (input: Input, member: string): string => String(input[member]);
const key = (input: Input): [string, string] => [text(input, 'ProgressUpdateStream'), text(input, 'MigrationTaskName')];

/** The stored form of a wire `Task`: only the modelled members. */
function storedTask(wire: unknown): NonNullable<TaskRecord['task']> {
  const t = wire as Input;
  return {
    Status: String(t['Status']),
    ...(typeof t['StatusDetail'] === 'string' ? { StatusDetail: t['StatusDetail'] } : {}),
    ...(typeof t['ProgressPercent'] === 'number' ? { ProgressPercent: t['ProgressPercent'] } : {}),
  };
}

/**
 * Runs one (already validated and authorised) Migration Hub operation. Mutations check that their stream and task
 * exist first; with `dryRun` they then answer DryRunOperation instead of changing anything. @internal
 */
export function runHubOperation(store: HubStore, operation: string, input: Input, dryRun: boolean): Output {
  const commit = (apply: () => void): Output => {
    if (dryRun) throw hubFault('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.');
    apply();
    return {};
  };
  switch (operation) {
    case 'CreateProgressUpdateStream':
      return commit(() => store.createStream(text(input, 'ProgressUpdateStreamName')));
    case 'DeleteProgressUpdateStream': {
      const name = text(input, 'ProgressUpdateStreamName');
      store.stream(name);
      return commit(() => store.deleteStream(name));
    }
    case 'ListProgressUpdateStreams':
      return store.listStreams(input);
    case 'ImportMigrationTask': {
      const [stream, name] = key(input);
      store.stream(stream);
      return commit(() => store.importTask(stream, name));
    }
    case 'NotifyMigrationTaskState': {
      const record = store.task(...key(input));
      return commit(() => {
        record.task = storedTask(input['Task']);
        record.updateDateTime = Math.round(Number(input['UpdateDateTime']) * 1000);
        record.nextUpdateSeconds = Number(input['NextUpdateSeconds']);
      });
    }
    case 'DescribeMigrationTask':
      return { MigrationTask: store.describe(store.task(...key(input))) };
    case 'ListMigrationTasks':
      return store.listTasks(input);
    case 'PutResourceAttributes': {
      const record = store.task(...key(input));
      const attributes = (input['ResourceAttributeList'] as Input[]).map((a) => ({ Type: String(a['Type']), Value: String(a['Value']) }));
      // Each call replaces the attributes stored before.
      return commit(() => (record.attributes = attributes));
    }
    case 'AssociateCreatedArtifact': {
      const record = store.task(...key(input));
      const artifact = input['CreatedArtifact'] as Input;
      const name = text(artifact, 'Name');
      const description = typeof artifact['Description'] === 'string' ? { Description: artifact['Description'] } : {};
      return commit(() => record.artifacts.set(name, { Name: name, ...description }));
    }
    case 'DisassociateCreatedArtifact': {
      const record = store.task(...key(input));
      const name = text(input, 'CreatedArtifactName');
      if (!record.artifacts.has(name)) throw hubFault('ResourceNotFoundException', `Created artifact ${name} is not associated with migration task ${record.name}`);
      return commit(() => record.artifacts.delete(name));
    }
    case 'ListCreatedArtifacts': {
      const record = store.task(...key(input));
      const { items, nextToken } = page(`artifacts:${record.stream}/${record.name}`, [...record.artifacts.values()], input, 10);
      return { CreatedArtifactList: items, ...(nextToken ? { NextToken: nextToken } : {}) };
    }
    case 'AssociateDiscoveredResource': {
      const record = store.task(...key(input));
      const resource = input['DiscoveredResource'] as Input;
      const id = text(resource, 'ConfigurationId');
      const description = typeof resource['Description'] === 'string' ? { Description: resource['Description'] } : {};
      return commit(() => record.resources.set(id, { ConfigurationId: id, ...description }));
    }
    case 'DisassociateDiscoveredResource': {
      const record = store.task(...key(input));
      const id = text(input, 'ConfigurationId');
      if (!record.resources.has(id)) throw hubFault('ResourceNotFoundException', `Discovered resource ${id} is not associated with migration task ${record.name}`);
      return commit(() => record.resources.delete(id));
    }
    case 'ListDiscoveredResources': {
      const record = store.task(...key(input));
      const { items, nextToken } = page(`resources:${record.stream}/${record.name}`, [...record.resources.values()], input, 10);
      return { DiscoveredResourceList: items, ...(nextToken ? { NextToken: nextToken } : {}) };
    }
    default:
      throw hubFault('InvalidInputException', `${operation} is not supported by the emulator`);
  }
}
