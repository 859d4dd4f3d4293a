import type { DatabaseMigrationServiceClient } from '@aws-sdk/client-database-migration-service';
import type { MgnClient } from '@aws-sdk/client-mgn';
import type { MigrationHubClient } from '@aws-sdk/client-migration-hub';
import type { S3Client } from '@aws-sdk/client-s3';
import { CheckpointError, ENGINE, RequestEngine, checkpointService, s, type AwsClientOptions, type Checkpoint, type EngineCarrier, type EngineStats } from './core/index.js';
import { DiscoveryService, type DiscoveryServiceOptions, type ImportTask } from './discovery/index.js';
import { DmsService, type AssessmentRun, type DmsServiceOptions } from './dms/index.js';
import { MgnService, type MgnExport, type MgnImport, type MgnServiceOptions } from './mgn/index.js';
import { MigrationHubService, type MigrationHubServiceOptions, type MigrationTask } from './migration-hub/index.js';
import type { DiscoveryClientLike } from './discovery/index.js';
import { MIGRATION_KIT_OPTIONS } from './kit-input-schemas.js';

/** Clients of your own, one per service; a service without one gets a client built from the shared options. */
export interface MigrationKitClients {
  /** This package's `DiscoveryClient` or the official `ApplicationDiscoveryServiceClient`. */
  readonly discovery?: DiscoveryClientLike;
  /** An `MgnClient` from `@aws-sdk/client-mgn`. */
  readonly mgn?: MgnClient;
  /** A `MigrationHubClient` from `@aws-sdk/client-migration-hub`. */
  readonly hub?: MigrationHubClient;
  /** A `DatabaseMigrationServiceClient` from `@aws-sdk/client-database-migration-service`. */
  readonly dms?: DatabaseMigrationServiceClient;
  /**
   * An `S3Client` from `@aws-sdk/client-s3`, for import-file uploads, MGN export reads and DMS result listings.
   * @default one per service that needs S3, built from the shared options on its first S3 request
   */
  readonly s3?: S3Client;
}

/** Options for {@link MigrationKit}: shared AWS client settings, clients of your own, and per-service overrides. */
export interface MigrationKitOptions extends AwsClientOptions {
  /** Clients of your own; they take precedence over every client setting. */
  readonly clients?: MigrationKitClients;
  /** Overrides for Discovery (e.g. another region or endpoint), merged over the shared settings. */
  readonly discovery?: Omit<DiscoveryServiceOptions, 'client'>;
  /** Overrides for MGN, merged over the shared settings. */
  readonly mgn?: Omit<MgnServiceOptions, 'client'>;
  /** Overrides for Migration Hub (e.g. its home region), merged over the shared settings. */
  readonly hub?: Omit<MigrationHubServiceOptions, 'client'>;
  /** Overrides for DMS, merged over the shared settings. */
  readonly dms?: Omit<DmsServiceOptions, 'client'>;
}

/** Any handle a checkpoint can name. */
export type ResumableHandle = ImportTask | MgnImport | MgnExport | MigrationTask | AssessmentRun;

/**
 * The entry point: one object with a facade per service. Each facade, and the AWS SDK client under it, is created
 * on first use, so a script that only touches DMS never loads the MGN or Migration Hub SDKs.
 *
 * @example
 * ```ts
 * import { MigrationKit } from 'aws-migration-kit';
 * const kit = new MigrationKit({ region: 'us-west-2' });
 * const task = await kit.discovery.startImport({ name: 'wave-1', importUrl: 's3://my-bucket/servers.csv' });
 * const done = await task.waitUntilComplete({ onProgress: (t) => console.log(t.status.kind) });
 * ```
 */
export class MigrationKit {
  readonly #options: MigrationKitOptions;
  readonly #engine: RequestEngine;
  #discovery: DiscoveryService | undefined;
  #mgn: MgnService | undefined;
  #hub: MigrationHubService | undefined;
  #dms: DmsService | undefined;

  /** @param options - Shared client settings (region, endpoint, credentials...), `clients`, per-service overrides. */
  constructor(options: MigrationKitOptions = {}) {
    s.parse(MIGRATION_KIT_OPTIONS, options);
    this.#options = options;
    this.#engine = new RequestEngine({ logger: options.logger, maxAttempts: options.maxAttempts });
  }

  /**
   * The counters of the kit's one request engine, shared by its four facades: requests sent, throttled answers,
   * retries, requests in flight, and each client's current throttle budget (`rates`, requests per second; undefined
   * while the service has not throttled).
   */
  stats(): EngineStats {
    return this.#engine.stats();
  }

  /** Application Discovery Service import tasks. */
  get discovery(): DiscoveryService {
    return (this.#discovery ??= new DiscoveryService(this.#serviceOptions('discovery')));
  }

  /** Application Migration Service imports and exports. */
  get mgn(): MgnService {
    return (this.#mgn ??= new MgnService(this.#serviceOptions('mgn')));
  }

  /** Migration Hub progress update streams and migration tasks. */
  get hub(): MigrationHubService {
    return (this.#hub ??= new MigrationHubService(this.#serviceOptions('hub')));
  }

  /** DMS premigration assessment runs. */
  get dms(): DmsService {
    return (this.#dms ??= new DmsService(this.#serviceOptions('dms')));
  }

  /**
   * Rebuilds a handle from any handle's `toJSON()` (or its JSON text), whichever service it belongs to, so a wait
   * can resume in another process. Sends nothing.
   * @throws CheckpointError when `checkpoint` is not one this library wrote.
   */
  resume(checkpoint: Checkpoint | string): ResumableHandle {
    const service = checkpointService(checkpoint);
    switch (service) {
      case 'discovery':
        return this.discovery.resume(checkpoint);
      case 'mgn':
        return this.mgn.resume(checkpoint);
      case 'migration-hub':
        return this.hub.resume(checkpoint);
      case 'dms':
        return this.dms.resume(checkpoint);
      default:
        if (service === undefined) throw new CheckpointError('checkpoint must be a handle\'s toJSON() object, or its JSON text, naming its service', { field: 'checkpoint' });
        throw new CheckpointError(`checkpoint names no known service: ${JSON.stringify(service) ?? String(service)}`, { field: 'checkpoint.service' });
    }
  }

  #serviceOptions<K extends Exclude<keyof MigrationKitClients, 's3'>>(key: K): AwsClientOptions & EngineCarrier & Record<string, unknown> {
    const { clients, discovery: _d, mgn: _m, hub: _h, dms: _s, ...shared } = this.#options;
    const client = clients?.[key];
    // S3 is shared: the services that read or write files get the kit's S3 client.
    const s3 = key === 'hub' ? undefined : clients?.s3;
    // The symbol key is invisible to option validation (it lists string keys) and hands over the kit's one engine.
    return { ...shared, ...this.#options[key], ...(client ? { client } : {}), ...(s3 ? { s3 } : {}), [ENGINE]: this.#engine };
  }
}
