import { lazy } from '../core/index.js';

/** The `@aws-sdk/client-mgn` module, as a type. @internal */
export type MgnSdk = typeof import('@aws-sdk/client-mgn');

/**
 * Loads `@aws-sdk/client-mgn` on first use, once. A dynamic `import()` so that users of the other subpaths (and
 * users of this one who never send a request) never load the MGN client. @internal
 */
export const loadMgnSdk: () => Promise<MgnSdk> = lazy(() => import('@aws-sdk/client-mgn'));
