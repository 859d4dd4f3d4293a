import type { Logger } from '@smithy/types';
import type { AwsClientOptions } from '../config.js';
import { ValidationError } from '../errors.js';
import type { Shape } from './object.js';
import { boolean, duration, integer, string } from './primitives.js';
import { custom, optional } from './schema.js';

/**
 * The AWS client settings a facade passes to the clients it builds, and only those: a region, an endpoint,
 * credentials, `maxAttempts`, the FIPS / dual-stack switches, a `logger` and the connection / request timeouts.
 * Any other SDK setting (`requestHandler`, `retryStrategy`, `requestTimeout`...) is refused rather than silently dropped: build the client yourself and pass it as
 * `client` (or `clients` on the kit). @internal
 */
export const AWS_CLIENT_FIELDS = {
  region: optional(string({ max: 64, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, hint: 'a region name such as us-west-2' })),
  endpoint: optional(
    custom('an http(s) URL', (field, value) => {
      if (typeof value !== 'string') throw new ValidationError(field, `must be an http(s) URL string, got ${typeof value}`);
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        throw new ValidationError(field, `${JSON.stringify(value.slice(0, 80))} is not a URL`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ValidationError(field, `must be an http or https URL, got ${url.protocol}`);
      return value;
    }),
  ),
  credentials: optional(
    custom<NonNullable<AwsClientOptions['credentials']>>('credentials or a credential provider', (field, value) => {
      if (typeof value === 'function') return value as NonNullable<AwsClientOptions['credentials']>;
      const c = value as Partial<Record<'accessKeyId' | 'secretAccessKey', unknown>> | null;
      if (typeof value !== 'object' || c === null || typeof c.accessKeyId !== 'string' || typeof c.secretAccessKey !== 'string') {
        throw new ValidationError(field, 'must be { accessKeyId, secretAccessKey, sessionToken? } or a credential provider function');
      }
      return value as NonNullable<AwsClientOptions['credentials']>;
    }),
  ),
  maxAttempts: optional(integer({ min: 1, max: 100 })),
  useFipsEndpoint: optional(boolean()),
  useDualstackEndpoint: optional(boolean()),
  logger: optional(
    custom<Logger>('a logger with debug, info, warn and error functions (console fits)', (field, value) => {
      const l = value as Partial<Record<'debug' | 'info' | 'warn' | 'error', unknown>> | null;
      if (typeof value !== 'object' || l === null || !(['debug', 'info', 'warn', 'error'] as const).every((k) => typeof l[k] === 'function')) {
        throw new ValidationError(field, 'must be a logger with debug, info, warn and error functions (console fits)');
      }
      return value as Logger;
    }),
  ),
  connectionTimeoutMs: optional(duration({ min: 1 })),
  requestTimeoutMs: optional(duration({ min: 1 })),
} as const satisfies Shape;

/** What an unknown constructor key is told. @internal */
export const CLIENT_SETTINGS_HINT = 'other AWS SDK client settings are not passed through: build the client yourself and pass it as `client`';
