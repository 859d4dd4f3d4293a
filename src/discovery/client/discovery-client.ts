import { createDefaultUserAgentProvider, getHostHeaderPlugin, getLoggerPlugin } from '@aws-sdk/core/client';
import { getRecursionDetectionPlugin, getUserAgentPlugin, NODE_APP_ID_CONFIG_OPTIONS } from '@aws-sdk/core/client';
import { resolveHostHeaderConfig, resolveUserAgentConfig } from '@aws-sdk/core/client';
import type { HostHeaderResolvedConfig, UserAgentInputConfig, UserAgentResolvedConfig } from '@aws-sdk/core/client';
import { AwsSdkSigV4Signer, resolveAwsSdkSigV4Config } from '@aws-sdk/core/httpAuthSchemes';
import type { AwsSdkSigV4AuthInputConfig, AwsSdkSigV4AuthResolvedConfig } from '@aws-sdk/core/httpAuthSchemes';
import { AwsJson1_1Protocol } from '@aws-sdk/core/protocols';
import { defaultProvider as credentialDefaultProvider } from '@aws-sdk/credential-provider-node';
import { DefaultIdentityProviderConfig, getHttpAuthSchemeEndpointRuleSetPlugin } from '@smithy/core';
import { getHttpSigningPlugin } from '@smithy/core';
import { Sha256 } from '@smithy/core/checksum';
import { Client, getSmithyContext, loadConfigsForDefaultMode } from '@smithy/core/client';
import { NoOpLogger, normalizeProvider } from '@smithy/core/client';
import type { DefaultsMode, SmithyResolvedConfiguration } from '@smithy/core/client';
import { loadConfig, NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS } from '@smithy/core/config';
import { NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS } from '@smithy/core/config';
import { resolveDefaultsModeConfig, resolveRegionConfig } from '@smithy/core/config';
import type { RegionInputConfig, RegionResolvedConfig } from '@smithy/core/config';
import { resolveEndpointConfig } from '@smithy/core/endpoints';
import type { EndpointInputConfig, EndpointResolvedConfig } from '@smithy/core/endpoints';
import { getContentLengthPlugin, parseUrl } from '@smithy/core/protocols';
import type { HttpHandlerOptions, HttpHandlerUserInput } from '@smithy/core/protocols';
import { DEFAULT_RETRY_MODE, getRetryPlugin, resolveRetryConfig } from '@smithy/core/retry';
import { NODE_MAX_ATTEMPT_CONFIG_OPTIONS, NODE_RETRY_MODE_CONFIG_OPTIONS } from '@smithy/core/retry';
import type { RetryInputConfig, RetryResolvedConfig } from '@smithy/core/retry';
import { getSchemaSerdePlugin } from '@smithy/core/schema';
import { calculateBodyLength, fromBase64, fromUtf8, toBase64, toUtf8 } from '@smithy/core/serde';
import { NodeHttpHandler, streamCollector } from '@smithy/node-http-handler';
import type { BodyLengthCalculator, CheckOptionalClientConfig, HandlerExecutionContext } from '@smithy/types';
import type { HttpAuthOption, HttpAuthScheme, HttpAuthSchemeParameters, Logger, Provider } from '@smithy/types';
import type { SerdeContext, UrlParser } from '@smithy/types';
import { resolveDiscoveryEndpoint } from './endpoint.js';
import type { DiscoveryEndpointParameters } from './endpoint.js';
import { DISCOVERY_NAMESPACE } from './models.js';
import type { BatchDeleteImportDataCommandInput, BatchDeleteImportDataCommandOutput } from './models.js';
import type { DescribeImportTasksCommandInput, DescribeImportTasksCommandOutput } from './models.js';
import type { StartImportTaskCommandInput, StartImportTaskCommandOutput } from './models.js';
import { errorTypeRegistries } from './schemas.js';

const API_VERSION = '2015-11-01';
const SERVICE_ID = 'Application Discovery Service';
const SIGNING_NAME = 'discovery';
const SIGV4 = 'aws.auth#sigv4';
// Reported in the user agent as the client version; kept in step with package.json by hand.
const CLIENT_VERSION = '0.1.0';

/** Inputs of any command a {@link DiscoveryClient} sends. */
export type DiscoveryServiceInputTypes =
  | StartImportTaskCommandInput
  | DescribeImportTasksCommandInput
  | BatchDeleteImportDataCommandInput;
/** Outputs of any command a {@link DiscoveryClient} sends. */
export type DiscoveryServiceOutputTypes =
  | StartImportTaskCommandOutput
  | DescribeImportTasksCommandOutput
  | BatchDeleteImportDataCommandOutput;

/** Options of {@link DiscoveryClient}, named as in every AWS SDK v3 client; each one is optional. */
export interface DiscoveryClientConfig
  extends AwsSdkSigV4AuthInputConfig,
    RetryInputConfig,
    UserAgentInputConfig,
    RegionInputConfig,
    EndpointInputConfig<DiscoveryEndpointParameters> {
  /** AWS region; read from `AWS_REGION` or the shared config file when omitted. */
  region?: string | Provider<string>;
  /** Send requests to the FIPS endpoint. @default false */
  useFipsEndpoint?: boolean | Provider<boolean>;
  /** Send requests to the dual-stack (IPv6) endpoint. @default false */
  useDualstackEndpoint?: boolean | Provider<boolean>;
  /** Retry algorithm, `'standard'` or `'adaptive'`. @default 'standard' */
  retryMode?: string | Provider<string>;
  /** HTTP handler, or options for the default Node.js handler. */
  requestHandler?: HttpHandlerUserInput;
  /** Logger for SDK debug/info/warn/error output. @default a no-op logger */
  logger?: Logger;
  /** Shared-config profile used for region and other file settings. */
  profile?: string;
  /** Defaults mode (`'standard'`, `'in-region'`, `'auto'`, ...). @default 'legacy' */
  defaultsMode?: DefaultsMode | Provider<DefaultsMode>;
}

type DiscoveryAuthParameters = HttpAuthSchemeParameters & { region?: string };

/** The configuration of a {@link DiscoveryClient} after defaults and providers are resolved. */
export type DiscoveryClientResolvedConfig = SmithyResolvedConfiguration<HttpHandlerOptions> &
  RegionResolvedConfig &
  EndpointResolvedConfig<DiscoveryEndpointParameters> &
  RetryResolvedConfig &
  HostHeaderResolvedConfig &
  UserAgentResolvedConfig &
  AwsSdkSigV4AuthResolvedConfig &
  Omit<SerdeContext, 'endpoint'> & {
    /** The awsJson1_1 protocol instance that serialises requests and parses responses. */
    protocol: AwsJson1_1Protocol;
    /** Logger in use. */
    logger: Logger;
    /** Parses endpoint URLs. */
    urlParser: UrlParser;
    /** Measures request bodies for Content-Length. */
    bodyLengthChecker: BodyLengthCalculator;
    /** Auth schemes the client can sign with (SigV4 only). */
    httpAuthSchemes: HttpAuthScheme[];
    /** Chooses the auth scheme and signing name per request. */
    httpAuthSchemeProvider: (params: HttpAuthSchemeParameters & { region?: string }) => HttpAuthOption[];
  };

const authSchemeProvider = (params: DiscoveryAuthParameters): HttpAuthOption[] => [
  {
    schemeId: SIGV4,
    signingProperties: { name: SIGNING_NAME, region: params.region },
    propertiesExtractor: (config, context) => ({ signingProperties: { config, context } }),
  },
];

const authParametersProvider = async (
  config: DiscoveryClientResolvedConfig,
  context: HandlerExecutionContext,
): Promise<DiscoveryAuthParameters> => {
  const region = await normalizeProvider(config.region)();
  if (!region) throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
  return { operation: getSmithyContext(context).operation as string, region };
};

// Node.js defaults, applied before the config resolvers; the order mirrors generated clients.
const getRuntimeConfig = (config: DiscoveryClientConfig) => {
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const logger = config.logger ?? new NoOpLogger();
  const files = { ...(config.profile === undefined ? {} : { profile: config.profile }), logger };
  const defaultRetryMode = async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE;
  return {
    ...config,
    apiVersion: API_VERSION,
    runtime: 'node',
    serviceId: SERVICE_ID,
    logger,
    defaultsMode,
    base64Decoder: fromBase64,
    base64Encoder: toBase64,
    utf8Decoder: fromUtf8,
    utf8Encoder: toUtf8,
    sha256: Sha256,
    urlParser: parseUrl,
    bodyLengthChecker: calculateBodyLength,
    streamCollector,
    disableHostPrefix: false,
    defaultSigningName: SIGNING_NAME,
    endpointProvider: config.endpointProvider ?? resolveDiscoveryEndpoint,
    httpAuthSchemeProvider: authSchemeProvider,
    httpAuthSchemes: [
      { schemeId: SIGV4, identityProvider: (ipc) => ipc.getIdentityProvider(SIGV4), signer: new AwsSdkSigV4Signer() },
    ] satisfies HttpAuthScheme[],
    protocol: new AwsJson1_1Protocol({
      defaultNamespace: DISCOVERY_NAMESPACE,
      serviceTarget: 'AWSPoseidonService_V2015_11_01',
      errorTypeRegistries,
    }),
    credentialDefaultProvider,
    defaultUserAgentProvider: createDefaultUserAgentProvider({ serviceId: SERVICE_ID, clientVersion: CLIENT_VERSION }),
    maxAttempts: config.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...files }),
    requestHandler: NodeHttpHandler.create(config.requestHandler ?? defaultConfigProvider),
    retryMode: config.retryMode ?? loadConfig({ ...NODE_RETRY_MODE_CONFIG_OPTIONS, default: defaultRetryMode }, config),
    useDualstackEndpoint: config.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, files),
    useFipsEndpoint: config.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, files),
    userAgentAppId: config.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, files),
  };
};

/**
 * A minimal AWS Application Discovery Service client for the import-task operations, wire-compatible
 * with the official `@aws-sdk/client-application-discovery-service`.
 * @example
 * const client = new DiscoveryClient({ region: 'us-west-2' });
 * const { task } = await client.send(
 *   new StartImportTaskCommand({ name: 'wave-1', importUrl: 's3://bucket/servers.csv' }),
 * );
 */
export class DiscoveryClient extends Client<
  HttpHandlerOptions,
  DiscoveryServiceInputTypes,
  DiscoveryServiceOutputTypes,
  DiscoveryClientResolvedConfig
> {
  /** The resolved configuration. */
  declare readonly config: DiscoveryClientResolvedConfig;

  constructor(...[configuration]: CheckOptionalClientConfig<DiscoveryClientConfig>) {
    const runtime = getRuntimeConfig(configuration ?? {});
    const config: DiscoveryClientResolvedConfig = resolveAwsSdkSigV4Config(
      resolveEndpointConfig(
        resolveHostHeaderConfig(resolveRegionConfig(resolveRetryConfig(resolveUserAgentConfig(runtime)))),
      ),
    );
    super(config);
    this.initConfig = runtime;
    this.middlewareStack.use(getSchemaSerdePlugin(config));
    this.middlewareStack.use(getUserAgentPlugin(config));
    this.middlewareStack.use(getRetryPlugin(config));
    this.middlewareStack.use(getContentLengthPlugin(config));
    this.middlewareStack.use(getHostHeaderPlugin(config));
    this.middlewareStack.use(getLoggerPlugin(config));
    this.middlewareStack.use(getRecursionDetectionPlugin(config));
    this.middlewareStack.use(
      getHttpAuthSchemeEndpointRuleSetPlugin(config, {
        httpAuthSchemeParametersProvider: authParametersProvider,
        identityProviderConfigProvider: async (c) => new DefaultIdentityProviderConfig({ [SIGV4]: c.credentials }),
      }),
    );
    this.middlewareStack.use(getHttpSigningPlugin(config));
  }
}
