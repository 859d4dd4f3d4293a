import { lazy } from '../core/index.js';

/** The S3 SDK classes this library uses (see `sdk-commands.ts`), as loaded by `import()`. @internal */
export type S3Sdk = typeof import('./sdk-commands.js');

/**
 * Loads `@aws-sdk/client-s3`'s client and the commands this library sends on first use, once: code that never
 * uploads, reads or lists an object never loads it, and a bundler keeps only the commands named in
 * `sdk-commands.ts`. @internal
 */
export const loadS3Sdk: () => Promise<S3Sdk> = lazy(() => import('./sdk-commands.js'));
