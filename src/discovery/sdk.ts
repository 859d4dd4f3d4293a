import { lazy } from '../core/index.js';

/**
 * Loads the Discovery wire client on first use, so code that never touches Discovery never loads it.
 * @internal
 */
export const loadDiscoverySdk = lazy(() => import('./client/index.js'));

/** The loaded Discovery client module. @internal */
export type DiscoverySdk = Awaited<ReturnType<typeof loadDiscoverySdk>>;
