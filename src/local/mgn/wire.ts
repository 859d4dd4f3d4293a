import { ServiceFault } from '../service.js';

/** A restJson1 `ValidationException` (400) naming the offending field. @internal */
export function validationError(field: string, message: string): ServiceFault {
  return new ServiceFault('ValidationException', `${field}: ${message}`, {
    status: 400,
    fields: { reason: 'fieldValidationFailed', fieldList: [{ name: field, message }] },
  });
}

/** The `maxResults` of a list request: absent, or an integer in 1–1000 (MaxResultsType). @internal */
export function readMaxResults(input: Record<string, unknown>, fallback: number): number {
  const value = input['maxResults'];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 1000) {
    throw validationError('maxResults', `must be an integer between 1 and 1000, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * The offset a `nextToken` encodes. Tokens are opaque to clients and bound to the query that made them
 * (`scope`), so a token replayed against another query is refused as the real service does.
 * @internal
 */
export function readNextToken(input: Record<string, unknown>, scope: string): number {
  const token = input['nextToken'];
  if (token === undefined || token === null || token === '') return 0;
  if (typeof token === 'string') {
    try {
      const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
      if (Array.isArray(decoded) && decoded[0] === scope && Number.isInteger(decoded[1]) && (decoded[1] as number) > 0) {
        return decoded[1] as number;
      }
    } catch {
      // fall through to the error below
    }
  }
  throw validationError('nextToken', 'is not a token this query returned');
}

/** Builds the token for the page starting at `offset`. @internal */
export function makeNextToken(scope: string, offset: number): string {
  return Buffer.from(JSON.stringify([scope, offset]), 'utf8').toString('base64url');
}

/** One page of `items` from `offset`, with the token for the next page when there is one. @internal */
export function page<T>(items: readonly T[], offset: number, size: number, scope: string): { items: T[]; nextToken?: string } {
  const slice = items.slice(offset, offset + size);
  return offset + size < items.length ? { items: slice, nextToken: makeNextToken(scope, offset + size) } : { items: slice };
}

/** A required (or optional) string member matching `pattern`. @internal */
export function readString(input: Record<string, unknown>, field: string, pattern: RegExp, hint: string, path = field): string {
  const value = input[field];
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw validationError(path, value === undefined ? 'is required' : `${JSON.stringify(value)} is not ${hint}`);
  }
  return value;
}

/** An optional id-list filter: at most 10 ids, each matching `pattern`. @internal */
export function readIdFilter(input: Record<string, unknown>, member: string, pattern: RegExp): string[] | undefined {
  const filters = input['filters'];
  if (filters === undefined || filters === null) return undefined;
  if (typeof filters !== 'object' || Array.isArray(filters)) throw validationError('filters', 'must be an object');
  const ids = (filters as Record<string, unknown>)[member];
  if (ids === undefined || ids === null) return undefined;
  if (!Array.isArray(ids) || ids.length > 10) throw validationError(`filters.${member}`, 'must be a list of at most 10 ids');
  for (const id of ids) {
    if (typeof id !== 'string' || !pattern.test(id)) throw validationError(`filters.${member}`, `${JSON.stringify(id)} is not a valid id`);
  }
  return ids as string[];
}

/** An optional TagsMap: at most 50 entries, keys and values of at most 256 characters. @internal */
export function readTags(input: Record<string, unknown>): Record<string, string> {
  const tags = input['tags'];
  if (tags === undefined || tags === null) return {};
  if (typeof tags !== 'object' || Array.isArray(tags)) throw validationError('tags', 'must be a map of strings');
  const entries = Object.entries(tags);
  if (entries.length > 50) throw validationError('tags', `must have at most 50 entries, got ${entries.length}`);
  for (const [key, value] of entries) {
    if (codePoints(key) > 256 || typeof value !== 'string' || codePoints(value) > 256) {
      throw validationError('tags', `${JSON.stringify(key)}: keys and values are strings of at most 256 characters`);
    }
  }
  return tags as Record<string, string>;
}

/** S3BucketName, S3Key (a key ending in .csv) and AccountID as the model defines them. @internal */
export const S3_BUCKET = /^[a-zA-Z0-9.\-_]{1,255}$/;
/** @internal */
export const S3_KEY = /^[^\x00]{1,1020}\.csv$/u;
/** @internal */
export const ACCOUNT_ID = /^\d{12}$/;
/** @internal */
export const IMPORT_ID = /^import-[0-9a-zA-Z]{17}$/;
/** @internal */
export const EXPORT_ID = /^export-[0-9a-zA-Z]{17}$/;

/** A string's length in characters (code points), as the models count it. @internal */
export function codePoints(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}
