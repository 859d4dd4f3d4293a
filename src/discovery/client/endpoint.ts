import { partition } from '@aws-sdk/core/client';
import { EndpointError } from '@smithy/core/endpoints';
import type { EndpointParameters, EndpointV2, Logger } from '@smithy/types';

/** Inputs of the Discovery endpoint rules, named as in the service's ruleset. */
export interface DiscoveryEndpointParameters extends EndpointParameters {
  /** AWS region, e.g. `us-west-2`. */
  Region?: string | undefined;
  /** Use the FIPS endpoint (`discovery-fips.<region>...`). */
  UseFIPS?: boolean | undefined;
  /** Use the dual-stack (IPv4 + IPv6) endpoint. */
  UseDualStack?: boolean | undefined;
  /** Custom endpoint URL; wins over the region. */
  Endpoint?: string | undefined;
}

/** Where each endpoint parameter comes from in the client config. @internal */
export const discoveryEndpointParams = {
  UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
  Endpoint: { type: 'builtInParams', name: 'endpoint' },
  Region: { type: 'builtInParams', name: 'region' },
  UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
} as const;

/**
 * Resolves the Discovery endpoint the way the service's ruleset does, on the SDK's partition table
 * (`awsEndpointFunctions.partition`), so `setPartitionInfo` customisations apply here too.
 * @example
 * resolveDiscoveryEndpoint({ Region: 'us-west-2', UseFIPS: true }).url.href;
 * // 'https://discovery-fips.us-west-2.amazonaws.com/'
 */
export function resolveDiscoveryEndpoint(
  params: DiscoveryEndpointParameters,
  _context?: { logger?: Logger },
): EndpointV2 {
  const { Region, Endpoint, UseFIPS = false, UseDualStack = false } = params;
  if (Endpoint !== undefined) {
    if (UseFIPS) throw new EndpointError('Invalid Configuration: FIPS and custom endpoint are not supported');
    if (UseDualStack) throw new EndpointError('Invalid Configuration: Dualstack and custom endpoint are not supported');
    return { url: new URL(Endpoint) };
  }
  if (!Region) throw new EndpointError('Invalid Configuration: Missing Region');
  const p = partition(Region);
  if (UseFIPS && UseDualStack && !(p.supportsFIPS && p.supportsDualStack)) {
    throw new EndpointError('FIPS and DualStack are enabled, but this partition does not support one or both');
  }
  if (UseFIPS && !p.supportsFIPS) throw new EndpointError('FIPS is enabled but this partition does not support FIPS');
  if (UseDualStack && !p.supportsDualStack) {
    throw new EndpointError('DualStack is enabled but this partition does not support DualStack');
  }
  const prefix = UseFIPS ? 'discovery-fips' : 'discovery';
  return { url: new URL(`https://${prefix}.${Region}.${UseDualStack ? p.dualStackDnsSuffix : p.dnsSuffix}`) };
}
