import { lazy } from '../core/index.js';

/** The Migration Hub SDK module, as loaded on first use. @internal */
export type MigrationHubSdk = typeof import('@aws-sdk/client-migration-hub');

/**
 * Loads `@aws-sdk/client-migration-hub` with a dynamic `import()` on first use, so code that never touches
 * Migration Hub never loads its SDK. @internal
 */
export const loadMigrationHubSdk: () => Promise<MigrationHubSdk> = lazy(() => import('@aws-sdk/client-migration-hub'));
