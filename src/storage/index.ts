/**
 * S3 objects for the services that read or write files there (Discovery and MGN imports, MGN exports, DMS
 * assessment results): upload with a content checksum, read, list. `@aws-sdk/client-s3` loads on the first request.
 * Internal barrel: the package exports `S3Object` and `S3ObjectInfo` from the service entry points.
 */
export { contentAddressedKey, contentHash, derivedToken } from './content-address.js';
export type { ContentHash } from './content-address.js';
export { MAX_READ_BYTES, ObjectStore } from './object-store.js';
export type { ListLocation, ObjectRef, S3Operations } from './object-store.js';
export { objectStore } from './s3-client.js';
export { downloadTo, S3Object } from './s3-object.js';
export type { S3ObjectInfo } from './s3-object.js';
export { loadS3Sdk } from './sdk.js';
export { MAX_IMPORT_FILE_BYTES, uploadImportFile } from './import-upload.js';
export type { ImportFileValidation, ImportUpload, UploadedImportFile } from './import-upload.js';
