import type * as Sdk from '@aws-sdk/client-migration-hub';
import { throwIfCancelled, type Clock, type RequestEngine } from '../core/index.js';
import { dryRunOutcome, type DryRunResult } from './dry-run.js';
import { loadMigrationHubSdk } from './sdk.js';

/** The operations this library sends, with their SDK input and output types. @internal */
export interface HubOperations {
  AssociateCreatedArtifact: [Sdk.AssociateCreatedArtifactCommandInput, Sdk.AssociateCreatedArtifactCommandOutput];
  AssociateDiscoveredResource: [Sdk.AssociateDiscoveredResourceCommandInput, Sdk.AssociateDiscoveredResourceCommandOutput];
  CreateProgressUpdateStream: [Sdk.CreateProgressUpdateStreamCommandInput, Sdk.CreateProgressUpdateStreamCommandOutput];
  DeleteProgressUpdateStream: [Sdk.DeleteProgressUpdateStreamCommandInput, Sdk.DeleteProgressUpdateStreamCommandOutput];
  DescribeMigrationTask: [Sdk.DescribeMigrationTaskCommandInput, Sdk.DescribeMigrationTaskCommandOutput];
  DisassociateCreatedArtifact: [Sdk.DisassociateCreatedArtifactCommandInput, Sdk.DisassociateCreatedArtifactCommandOutput];
  DisassociateDiscoveredResource: [Sdk.DisassociateDiscoveredResourceCommandInput, Sdk.DisassociateDiscoveredResourceCommandOutput];
  ImportMigrationTask: [Sdk.ImportMigrationTaskCommandInput, Sdk.ImportMigrationTaskCommandOutput];
  ListCreatedArtifacts: [Sdk.ListCreatedArtifactsCommandInput, Sdk.ListCreatedArtifactsCommandOutput];
  ListDiscoveredResources: [Sdk.ListDiscoveredResourcesCommandInput, Sdk.ListDiscoveredResourcesCommandOutput];
  ListMigrationTasks: [Sdk.ListMigrationTasksCommandInput, Sdk.ListMigrationTasksCommandOutput];
  ListProgressUpdateStreams: [Sdk.ListProgressUpdateStreamsCommandInput, Sdk.ListProgressUpdateStreamsCommandOutput];
  NotifyMigrationTaskState: [Sdk.NotifyMigrationTaskStateCommandInput, Sdk.NotifyMigrationTaskStateCommandOutput];
  PutResourceAttributes: [Sdk.PutResourceAttributesCommandInput, Sdk.PutResourceAttributesCommandOutput];
}

/** An operation name. @internal */
export type HubOperation = keyof HubOperations;

type SendableCommand = Parameters<Sdk.MigrationHubClient['send']>[0];

/** What every handle of one facade shares: the client (built on first use) and the clock. @internal */
export class HubContext {
  /** Resolves the client, building it on first use. */
  readonly client: () => Promise<Sdk.MigrationHubClient>;
  /** The clock for update times, heartbeats and staleness. */
  readonly clock: Clock;
  /** The request engine every request goes through. */
  readonly engine: RequestEngine;

  /** @internal */
  constructor(client: () => Promise<Sdk.MigrationHubClient>, clock: Clock, engine: RequestEngine) {
    this.client = client;
    this.clock = clock;
    this.engine = engine;
  }

  /** Sends one operation; the service's HomeRegionNotSetException becomes `HomeRegionNotSetError`. */
  async call<K extends HubOperation>(operation: K, input: HubOperations[K][0], signal?: AbortSignal): Promise<HubOperations[K][1]> {
    const call = async (abortSignal: AbortSignal): Promise<unknown> => {
      const [sdk, client] = await Promise.all([loadMigrationHubSdk(), this.client()]);
      throwIfCancelled(abortSignal);
      const Command = sdk[`${operation}Command`] as unknown as new (input: HubOperations[K][0]) => SendableCommand;
      return client.send(new Command(input), { abortSignal });
    };
    return (await this.engine.send('hub', operation, call, signal)) as HubOperations[K][1];
  }

  /** Sends a dry-runnable operation; with `dryRun` the service's verdict resolves as a {@link DryRunResult}. */
  async mutate<K extends HubOperation>(
    operation: K,
    input: HubOperations[K][0],
    dryRun: boolean,
    signal?: AbortSignal,
  ): Promise<HubOperations[K][1] | DryRunResult> {
    if (!dryRun) return this.call(operation, input, signal);
    try {
      await this.call(operation, { ...input, DryRun: true }, signal);
    } catch (error) {
      const outcome = dryRunOutcome(error);
      if (outcome) return outcome;
      throw error;
    }
    // The service always answers a dry run with an error; a success still means "would succeed".
    return { dryRun: true, wouldSucceed: true, message: undefined, requestId: undefined };
  }
}
