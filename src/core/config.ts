import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Logger } from '@smithy/types';
import { DEFAULT_CONNECTION_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS } from './defaults.js';

/**
 * The AWS client settings the facades pass to the clients they create. Anything not set falls back to the SDK's
 * defaults (environment, shared config files, the default credential chain).
 */
export interface AwsClientOptions {
  /** The AWS region, e.g. `us-west-2`. @default the SDK's region chain (AWS_REGION, profile) */
  readonly region?: string;
  /** A custom endpoint URL (the local emulator, a VPC endpoint). @default the regional endpoint */
  readonly endpoint?: string;
  /** Credentials or a credential provider. @default the SDK's default credential chain */
  readonly credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Attempts per request, including the first (the SDK retries throttling and 5xx). @default 3 */
  readonly maxAttempts?: number;
  /** Use the FIPS endpoint. @default false */
  readonly useFipsEndpoint?: boolean;
  /** Use the dual-stack (IPv6) endpoint. @default false */
  readonly useDualstackEndpoint?: boolean;
  /**
   * Receives the kit's own events at debug level (polls, retries, throttling and slow-downs, give-ups, aborts) and
   * is passed to the clients the kit builds. The AWS SDK's `Logger` shape (`console` fits). @default nothing is logged
   */
  readonly logger?: Logger;
  /** How long a client the kit builds waits for a connection before the attempt fails. @default 10_000 */
  readonly connectionTimeoutMs?: number;
  /**
   * How long a client the kit builds lets a socket sit idle during a request before the attempt fails (the SDK
   * then retries it like a dropped connection). Clients you pass are left as they are. @default 60_000
   */
  readonly requestTimeoutMs?: number;
}

/** The config the facades give the SDK clients they build. @internal */
export interface BuiltClientConfig {
  /** See {@link AwsClientOptions}. */
  region?: string;
  /** See {@link AwsClientOptions}. */
  endpoint?: string;
  /** See {@link AwsClientOptions}. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** See {@link AwsClientOptions}. */
  maxAttempts?: number;
  /** See {@link AwsClientOptions}. */
  useFipsEndpoint?: boolean;
  /** See {@link AwsClientOptions}. */
  useDualstackEndpoint?: boolean;
  /** See {@link AwsClientOptions}. */
  logger?: Logger;
  /** The Node HTTP handler's finite timeouts. */
  requestHandler: { connectionTimeout: number; requestTimeout: number };
}

/**
 * The client config of {@link AwsClientOptions}: the set fields only, plus finite connection and request timeouts
 * (unset, the SDK's Node handler has none, and a hung connection hangs its caller). @internal
 */
export function clientConfigOf(options: AwsClientOptions): BuiltClientConfig {
  const config: BuiltClientConfig = {
    requestHandler: {
      connectionTimeout: options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
      requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    },
  };
  if (options.region !== undefined) config.region = options.region;
  if (options.endpoint !== undefined) config.endpoint = options.endpoint;
  if (options.credentials !== undefined) config.credentials = options.credentials;
  if (options.maxAttempts !== undefined) config.maxAttempts = options.maxAttempts;
  if (options.useFipsEndpoint !== undefined) config.useFipsEndpoint = options.useFipsEndpoint;
  if (options.useDualstackEndpoint !== undefined) config.useDualstackEndpoint = options.useDualstackEndpoint;
  if (options.logger !== undefined) config.logger = options.logger;
  return config;
}

/** Memoises an async factory; a rejected attempt is forgotten so the next call tries again. @internal */
export function lazy<T>(factory: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= factory().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
