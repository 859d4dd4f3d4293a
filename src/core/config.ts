import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

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
}

/** Copies the set fields of {@link AwsClientOptions} into a client config, leaving unset ones absent. @internal */
export function clientConfigOf(options: AwsClientOptions): AwsClientOptions {
  const config: { -readonly [K in keyof AwsClientOptions]: AwsClientOptions[K] } = {};
  if (options.region !== undefined) config.region = options.region;
  if (options.endpoint !== undefined) config.endpoint = options.endpoint;
  if (options.credentials !== undefined) config.credentials = options.credentials;
  if (options.maxAttempts !== undefined) config.maxAttempts = options.maxAttempts;
  if (options.useFipsEndpoint !== undefined) config.useFipsEndpoint = options.useFipsEndpoint;
  if (options.useDualstackEndpoint !== undefined) config.useDualstackEndpoint = options.useDualstackEndpoint;
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
