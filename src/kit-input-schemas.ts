import type { S3Client } from '@aws-sdk/client-s3';
import type { DatabaseMigrationServiceClient } from '@aws-sdk/client-database-migration-service';
import type { MgnClient } from '@aws-sdk/client-mgn';
import type { MigrationHubClient } from '@aws-sdk/client-migration-hub';
import { s } from './core/index.js';
import type { DiscoveryClientLike } from './discovery/index.js';
import { DISCOVERY_SERVICE_OPTIONS } from './discovery/input-schemas.js';
import { DMS_SERVICE_OPTIONS } from './dms/input-schemas.js';
import type { MigrationKitClients, MigrationKitOptions } from './kit.js';
import { MGN_SERVICE_OPTIONS } from './mgn/input-schemas.js';
import { HUB_SERVICE_OPTIONS } from './migration-hub/input-schemas.js';

const hint = { unknownHint: s.CLIENT_SETTINGS_HINT } as const;

/**
 * `new MigrationKit(options)`: the shared AWS client settings (the same six keys every facade passes through),
 * `clients`, and per-service overrides that take their facade's options without `client`. @internal
 */
export const MIGRATION_KIT_OPTIONS = s.objectOf<MigrationKitOptions>()(
  {
    ...s.AWS_CLIENT_FIELDS,
    clients: s.optional(
      s.objectOf<MigrationKitClients>()({
        discovery: s.optional(s.sdkClient<DiscoveryClientLike>()),
        mgn: s.optional(s.sdkClient<MgnClient>()),
        hub: s.optional(s.sdkClient<MigrationHubClient>()),
        dms: s.optional(s.sdkClient<DatabaseMigrationServiceClient>()),
        s3: s.optional(s.sdkClient<S3Client>()),
      }),
    ),
    discovery: s.optional(s.omit(DISCOVERY_SERVICE_OPTIONS, ['client'], hint)),
    mgn: s.optional(s.omit(MGN_SERVICE_OPTIONS, ['client'], hint)),
    hub: s.optional(s.omit(HUB_SERVICE_OPTIONS, ['client'], hint)),
    dms: s.optional(s.omit(DMS_SERVICE_OPTIONS, ['client'], hint)),
  },
  hint,
);
