/**
 * The parts of `@aws-sdk/client-migration-hub` this library uses: the client and one command per operation in
 * `HubOperations`. `sdk.ts` loads this module on first use. Naming each class (instead of loading the whole package)
 * lets a bundler that tree-shakes keep these commands and drop the rest.
 * @internal
 */
export {
  AssociateCreatedArtifactCommand,
  AssociateDiscoveredResourceCommand,
  CreateProgressUpdateStreamCommand,
  DeleteProgressUpdateStreamCommand,
  DescribeMigrationTaskCommand,
  DisassociateCreatedArtifactCommand,
  DisassociateDiscoveredResourceCommand,
  ImportMigrationTaskCommand,
  ListCreatedArtifactsCommand,
  ListDiscoveredResourcesCommand,
  ListMigrationTasksCommand,
  ListProgressUpdateStreamsCommand,
  MigrationHubClient,
  NotifyMigrationTaskStateCommand,
  PutResourceAttributesCommand,
} from '@aws-sdk/client-migration-hub';
