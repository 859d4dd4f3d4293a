import { lazy } from '../core/index.js';

/** The AWS SDK package for DMS, as loaded by `import()`. @internal */
export type DmsSdk = typeof import('@aws-sdk/client-database-migration-service');

/**
 * Loads `@aws-sdk/client-database-migration-service` on first use, once. A program that never touches DMS never
 * loads it, which keeps a one-service bundle or Lambda cold start small. @internal
 */
export const loadDmsSdk: () => Promise<DmsSdk> = lazy(() => import('@aws-sdk/client-database-migration-service'));
