import type { MigrationKitOptions } from '../index.js';

/** The AWS settings every command accepts, as on the AWS CLI. */
export interface AwsFlags {
  /** `--region`. */
  readonly region?: string | undefined;
  /** `--profile`. */
  readonly profile?: string | undefined;
  /** `--endpoint-url`. */
  readonly endpointUrl?: string | undefined;
}

/** Each service facade of the kit and the suffix of its `AWS_ENDPOINT_URL_<SERVICE>` variable (the model's sdkId). */
const SERVICE_ENDPOINT_VARIABLES = {
  discovery: 'AWS_ENDPOINT_URL_APPLICATION_DISCOVERY_SERVICE',
  mgn: 'AWS_ENDPOINT_URL_MGN',
  hub: 'AWS_ENDPOINT_URL_MIGRATION_HUB',
  dms: 'AWS_ENDPOINT_URL_DATABASE_MIGRATION_SERVICE',
} as const;

/**
 * The kit options for a command: the region from `--region`, `AWS_REGION` or `AWS_DEFAULT_REGION` (else the SDK's
 * chain: the profile's region); each service's endpoint from `--endpoint-url`, `AWS_ENDPOINT_URL_<SERVICE>` or
 * `AWS_ENDPOINT_URL` (unless `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`). Credentials are left to the SDK's own
 * chain; `--profile` selects the profile it reads, by setting `AWS_PROFILE` for this process.
 */
export function kitOptions(flags: AwsFlags, env: Record<string, string | undefined>): MigrationKitOptions {
  if (flags.profile !== undefined) env['AWS_PROFILE'] = flags.profile;
  const region = flags.region ?? nonEmpty(env['AWS_REGION']) ?? nonEmpty(env['AWS_DEFAULT_REGION']);
  const ignoreEnv = env['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS']?.toLowerCase() === 'true';
  const endpointOf = (variable: string): { endpoint: string } | Record<string, never> => {
    const endpoint = flags.endpointUrl ?? (ignoreEnv ? undefined : (nonEmpty(env[variable]) ?? nonEmpty(env['AWS_ENDPOINT_URL'])));
    return endpoint === undefined ? {} : { endpoint };
  };
  return {
    ...(region !== undefined ? { region } : {}),
    discovery: endpointOf(SERVICE_ENDPOINT_VARIABLES.discovery),
    mgn: endpointOf(SERVICE_ENDPOINT_VARIABLES.mgn),
    hub: endpointOf(SERVICE_ENDPOINT_VARIABLES.hub),
    dms: endpointOf(SERVICE_ENDPOINT_VARIABLES.dms),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
