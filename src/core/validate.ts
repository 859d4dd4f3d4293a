import { randomUUID } from 'node:crypto';
import { ValidationError } from './errors.js';
import { stringProblem } from './schema/primitives.js';

/** Bounds for {@link checkString}. Lengths count characters (code points), as the AWS models do. */
export interface StringRule {
  /** Minimum length. @default 1 */
  readonly min?: number;
  /** Maximum length. */
  readonly max?: number;
  /** A pattern the whole value must match. */
  readonly pattern?: RegExp;
  /** What the pattern means, for the message (e.g. "letters, digits and - _ ."). */
  readonly patternHint?: string;
}

/** Throws {@link ValidationError} naming `field` unless `value` is a string within `rule`. Returns it typed. */
export function checkString(field: string, value: unknown, rule: StringRule = {}): string {
  if (typeof value !== 'string') throw new ValidationError(field, `must be a string, got ${describe(value)}`);
  const problem = stringProblem(value, { ...rule, ...(rule.patternHint === undefined ? {} : { hint: rule.patternHint }) });
  if (problem !== undefined) throw new ValidationError(field, problem);
  return value;
}

/** Throws unless `value` is an integer in `[min, max]`. */
export function checkInteger(field: string, value: unknown, min: number, max: number = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new ValidationError(field, `must be an integer, got ${describe(value)}`);
  if (value < min || value > max) throw new ValidationError(field, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

/** Throws unless `value` is one of `allowed`. */
export function checkOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ValidationError(field, `must be one of ${allowed.join(', ')}, got ${describe(value)}`);
  }
  return value as T;
}

/** Throws unless `value` is a non-empty array of at most `max` items; returns it. */
export function checkList<T>(field: string, value: readonly T[] | T, max: number = Number.MAX_SAFE_INTEGER): readonly T[] {
  const list = Array.isArray(value) ? (value as readonly T[]) : [value as T];
  if (list.length === 0) throw new ValidationError(field, 'must not be empty');
  if (list.length > max) throw new ValidationError(field, `must have at most ${max} values, got ${list.length}`);
  return list;
}

/** Client request tokens: 1–64 printable characters (the common AWS bound). */
const TOKEN_RULE: StringRule = { max: 64, pattern: /^[\x21-\x7e]+$/, patternHint: 'printable ASCII without spaces' };

/**
 * Returns the caller's idempotency token after checking it, or a new random one. The facade creates the token
 * once per call, so the SDK's own retries reuse it and a retried start never creates a second resource.
 */
export function clientToken(field: string, value: string | undefined, rule: StringRule = TOKEN_RULE): string {
  return value === undefined ? randomUUID() : checkString(field, value, rule);
}

/** S3 bucket names: 3–63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. */
const BUCKET = /^(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** Throws unless `value` is a valid S3 bucket name. */
export function checkBucket(field: string, value: unknown): string {
  const bucket = checkString(field, value);
  // One message for every way a name can be wrong, naming the bucket: the field may be a whole URL (`importUrl`).
  if (bucket.length > 63 || !BUCKET.test(bucket)) {
    throw new ValidationError(
      field,
      `bucket ${JSON.stringify(truncate(bucket))} is not a valid S3 bucket name (3–63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit)`,
    );
  }
  return bucket;
}

/** Throws unless `value` is a valid S3 object key (1–1024 characters). */
export function checkKey(field: string, value: unknown): string {
  return checkString(field, value, { max: 1024 });
}

/** Throws unless `value` is a 12-digit AWS account id. */
export function checkAccountId(field: string, value: unknown): string {
  return checkString(field, value, { min: 12, max: 12, pattern: /^\d{12}$/, patternHint: 'a 12-digit AWS account id' });
}

/** Throws unless `value` is an ARN of `service` (and, when given, whose resource starts with `resourcePrefix`). */
export function checkArn(field: string, value: unknown, service: string, resourcePrefix?: string): string {
  const arn = checkString(field, value, { max: 2048 });
  const parts = arn.split(':');
  const ok =
    parts.length >= 6 &&
    parts[0] === 'arn' &&
    /^aws(-[a-z]+)*$/.test(parts[1] ?? '') &&
    parts[2] === service &&
    (resourcePrefix === undefined || parts.slice(5).join(':').startsWith(resourcePrefix));
  if (!ok) {
    throw new ValidationError(field, `${JSON.stringify(truncate(arn))} is not an ARN of the form arn:<partition>:${service}:<region>:<account>:${resourcePrefix ?? ''}…`);
  }
  return arn;
}

function truncate(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(truncate(value)) : typeof value === 'object' ? 'an object' : String(value);
}
