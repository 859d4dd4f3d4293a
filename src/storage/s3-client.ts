import type { S3Client } from '@aws-sdk/client-s3';
import { clientConfigOf, lazy, type AwsClientOptions, type RequestEngine } from '../core/index.js';
import { ObjectStore } from './object-store.js';
import { loadS3Sdk } from './sdk.js';

/**
 * An {@link ObjectStore} over the caller's `S3Client`, or over one built on first use from `options`: path-style
 * addressing when a custom `endpoint` is set (an emulator, a proxy), so bucket names need no DNS. Neither the
 * client nor `@aws-sdk/client-s3` is touched before the first S3 request. @internal
 */
export function objectStore(options: AwsClientOptions, client: S3Client | undefined, engine: RequestEngine): ObjectStore {
  if (client) return new ObjectStore(() => Promise.resolve(client), engine);
  const config = clientConfigOf(options);
  return new ObjectStore(lazy(async () => new (await loadS3Sdk()).S3Client({ ...config, forcePathStyle: config.endpoint !== undefined })), engine);
}
