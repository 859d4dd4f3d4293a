import { lazy } from '../core/index.js';

/** The MGN SDK classes this library uses (see `sdk-commands.ts`), as a type. @internal */
export type MgnSdk = typeof import('./sdk-commands.js');

/**
 * Loads the MGN client and the commands this library sends on first use, once: users of the other subpaths (and
 * users of this one who never send a request) never load `@aws-sdk/client-mgn`, and a bundler keeps only the
 * commands named in `sdk-commands.ts`. @internal
 */
export const loadMgnSdk: () => Promise<MgnSdk> = lazy(() => import('./sdk-commands.js'));
