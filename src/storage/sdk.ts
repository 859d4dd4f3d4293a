import { lazy } from '../core/index.js';

/** The `@aws-sdk/client-s3` module, as a type. @internal */
export type S3Sdk = typeof import('@aws-sdk/client-s3');

/**
 * Loads `@aws-sdk/client-s3` on first use, once: code that never uploads, reads or lists an object never loads it.
 * @internal
 */
export const loadS3Sdk: () => Promise<S3Sdk> = lazy(() => import('@aws-sdk/client-s3'));
