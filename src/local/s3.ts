// The emulated S3: its store (shared by the wire protocol, emu.putObject and the services) and URL parsing.
export { S3Store } from './s3/store.js';
export type { ChecksumName, PutOptions, S3Change, StoredBucket, StoredChecksum, StoredObject } from './s3/store.js';
export { parseS3Url } from './s3/url.js';
export type { S3Location } from './s3/url.js';
