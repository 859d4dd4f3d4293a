import { ValidationError, checkBucket, checkString, clientToken } from '../core/index.js';
import { CLIENT_REQUEST_TOKEN_MAX_LENGTH, IMPORT_NAME_MAX_LENGTH, IMPORT_URL_MAX_LENGTH } from './defaults.js';

/** Import task ids: `import-task-` and 32 hex digits (model pattern). */
export const IMPORT_TASK_ID = /^import-task-[a-fA-F0-9]{32}$/;

/** Throws {@link ValidationError} naming `field` unless `value` is an import task id. */
export function checkImportTaskId(field: string, value: unknown): string {
  return checkString(field, value, { max: 200, pattern: IMPORT_TASK_ID, patternHint: 'an import task id: import-task- followed by 32 hex digits' });
}

/** Throws unless `value` is an import task name: 1–255 characters, not only whitespace. */
export function checkImportName(field: string, value: unknown): string {
  return checkString(field, value, { max: IMPORT_NAME_MAX_LENGTH, pattern: /\S/, patternHint: 'it must contain a non-whitespace character' });
}

/** Returns the caller's client request token (1–100 characters) or a new random one. */
export function importClientToken(field: string, value: unknown): string {
  if (value !== undefined && typeof value !== 'string') throw new ValidationError(field, 'must be a string');
  return clientToken(field, value, { max: CLIENT_REQUEST_TOKEN_MAX_LENGTH });
}

const VIRTUAL_HOSTED = /^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/;
const PATH_STYLE = /^s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/;

/**
 * Throws unless `value` is an S3 object URL the service accepts: `s3://bucket/key`, or an HTTPS object URL in
 * virtual-hosted (`https://bucket.s3.region.amazonaws.com/key`) or path style (`https://s3.region.amazonaws.com/bucket/key`).
 * The key must name an object, not a folder.
 */
export function checkImportUrl(field: string, value: unknown): string {
  const url = checkString(field, value, { max: IMPORT_URL_MAX_LENGTH });
  const hint = 'must be an S3 object URL: s3://bucket/key, https://bucket.s3.<region>.amazonaws.com/key or https://s3.<region>.amazonaws.com/bucket/key';
  let bucket: string;
  let key: string;
  const s3 = /^s3:\/\/([^/]+)\/(.*)$/.exec(url);
  if (s3) {
    bucket = s3[1] ?? '';
    key = s3[2] ?? '';
  } else {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ValidationError(field, hint);
    }
    if (parsed.protocol !== 'https:') throw new ValidationError(field, hint);
    const path = parsed.pathname.replace(/^\//, '');
    const virtual = VIRTUAL_HOSTED.exec(parsed.hostname);
    if (virtual) {
      bucket = virtual[1] ?? '';
      key = path;
    } else if (PATH_STYLE.test(parsed.hostname)) {
      const slash = path.indexOf('/');
      if (slash < 0) throw new ValidationError(field, hint);
      bucket = path.slice(0, slash);
      key = path.slice(slash + 1);
    } else {
      throw new ValidationError(field, hint);
    }
  }
  checkBucket(field, bucket);
  if (key === '' || key.endsWith('/')) throw new ValidationError(field, 'must name an object: the key is empty or ends with "/"');
  return url;
}
