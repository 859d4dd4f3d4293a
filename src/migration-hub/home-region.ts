import type { MigrationHubClient } from '@aws-sdk/client-migration-hub';
import { MigrationKitError, throwIfAborted } from '../core/index.js';
import type { MigrationHubSdk } from './sdk.js';

/** Migration Hub Config's awsJson1_1 target prefix; it is signed as `mgh`, like Migration Hub itself. */
const CONFIG_TARGET_PREFIX = 'AWSMigrationHubMultiAccountService';

interface WireRequest {
  hostname: string;
  headers: Record<string, string>;
  body?: unknown;
}
interface WireResponse {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
}
interface WireContext {
  streamCollector(body: unknown): Promise<Uint8Array>;
  utf8Encoder(bytes: Uint8Array): string;
}
interface SerdeSlots {
  serialize: (input: unknown, context: unknown) => Promise<WireRequest>;
  deserialize: (response: WireResponse, context: WireContext) => Promise<unknown>;
}

/** Migration Hub's regional host name → Migration Hub Config's (a custom endpoint is left as it is). @internal */
export function configHostname(hostname: string): string {
  return hostname.replace(/^mgh(-fips)?\.(?=[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$)/, (_match, fips: string | undefined) => `migrationhub-config${fips ?? ''}.`);
}

/**
 * Calls Migration Hub Config's GetHomeRegion through the Migration Hub client, so it shares that client's region,
 * credentials, retries and endpoint: no second SDK package is needed. A Migration Hub command carries the call; its
 * serializer is wrapped to set the Config target and host, and its deserializer to read `HomeRegion` (errors still go
 * through the Migration Hub error table, whose shapes Config shares). Resolves to undefined when no home region is set.
 * @internal
 */
export async function getHomeRegion(sdk: MigrationHubSdk, client: MigrationHubClient, signal?: AbortSignal): Promise<string | undefined> {
  throwIfAborted(signal);
  const command = new sdk.ListProgressUpdateStreamsCommand({});
  const slots = command as unknown as Partial<SerdeSlots>;
  const { serialize, deserialize } = slots;
  if (typeof serialize !== 'function' || typeof deserialize !== 'function') {
    throw new MigrationKitError('homeRegion() needs a @aws-sdk/client-migration-hub command with serialize/deserialize (3.5xx runtime)');
  }
  slots.serialize = async (_input, context) => {
    const request = await serialize({}, context);
    request.headers['x-amz-target'] = `${CONFIG_TARGET_PREFIX}.GetHomeRegion`;
    request.body = '{}';
    request.hostname = configHostname(request.hostname);
    return request;
  };
  slots.deserialize = async (response, context) => {
    if (response.statusCode >= 300) return deserialize(response, context); // throws the modelled exception
    const bytes = response.body instanceof Uint8Array ? response.body : await context.streamCollector(response.body);
    const text = context.utf8Encoder(bytes);
    const data: unknown = text ? JSON.parse(text) : {};
    const region = typeof data === 'object' && data !== null ? (data as { HomeRegion?: unknown }).HomeRegion : undefined;
    return {
      HomeRegion: typeof region === 'string' && region !== '' ? region : undefined,
      $metadata: { httpStatusCode: response.statusCode, requestId: response.headers['x-amzn-requestid'] },
    };
  };
  const output = (await client.send(command, signal ? { abortSignal: signal } : {})) as unknown as { HomeRegion?: string };
  return output.HomeRegion;
}
