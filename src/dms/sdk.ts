import { lazy } from '../core/index.js';

/** The DMS SDK classes this library uses (see `sdk-commands.ts`), as loaded by `import()`. @internal */
export type DmsSdk = typeof import('./sdk-commands.js');

/**
 * Loads the DMS client and the commands this library sends on first use, once. A program that never touches DMS
 * never loads `@aws-sdk/client-database-migration-service`, which keeps a Lambda cold start small; a bundler keeps
 * only the commands named in `sdk-commands.ts`. @internal
 */
export const loadDmsSdk: () => Promise<DmsSdk> = lazy(() => import('./sdk-commands.js'));
