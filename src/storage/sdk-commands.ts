/**
 * The parts of `@aws-sdk/client-s3` this library uses: the client and one command per operation in
 * `ObjectOperations`. `sdk.ts` loads this module on first use. Naming each class (instead of loading the whole
 * package) lets a bundler that tree-shakes keep these commands and drop the other hundred.
 * @internal
 */
export { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
