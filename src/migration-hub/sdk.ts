import { lazy } from '../core/index.js';

/** The Migration Hub SDK classes this library uses (see `sdk-commands.ts`), as loaded on first use. @internal */
export type MigrationHubSdk = typeof import('./sdk-commands.js');

/**
 * Loads the Migration Hub client and the commands this library sends with a dynamic `import()` on first use, so
 * code that never touches Migration Hub never loads `@aws-sdk/client-migration-hub`, and a bundler keeps only the
 * commands named in `sdk-commands.ts`. @internal
 */
export const loadMigrationHubSdk: () => Promise<MigrationHubSdk> = lazy(() => import('./sdk-commands.js'));
