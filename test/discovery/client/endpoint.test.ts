import { Readable } from 'node:stream';
import { HttpResponse } from '@smithy/core/protocols';
import type { HttpRequest } from '@smithy/types';
import { describe, expect, it } from 'vitest';
import { DescribeImportTasksCommand, DiscoveryClient, resolveDiscoveryEndpoint } from '../../../src/discovery/client/index.js';
import type { DiscoveryClientConfig, DiscoveryEndpointParameters } from '../../../src/discovery/client/index.js';

const credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret' };

const table: [string, DiscoveryEndpointParameters, string][] = [
  ['us-west-2', { Region: 'us-west-2' }, 'https://discovery.us-west-2.amazonaws.com/'],
  ['FIPS', { Region: 'us-west-2', UseFIPS: true }, 'https://discovery-fips.us-west-2.amazonaws.com/'],
  ['dual-stack', { Region: 'us-west-2', UseDualStack: true }, 'https://discovery.us-west-2.api.aws/'],
  ['FIPS and dual-stack', { Region: 'us-west-2', UseFIPS: true, UseDualStack: true }, 'https://discovery-fips.us-west-2.api.aws/'],
  ['cn-north-1', { Region: 'cn-north-1' }, 'https://discovery.cn-north-1.amazonaws.com.cn/'],
  ['cn-north-1 dual-stack', { Region: 'cn-north-1', UseDualStack: true }, 'https://discovery.cn-north-1.api.amazonwebservices.com.cn/'],
  ['us-gov-west-1', { Region: 'us-gov-west-1' }, 'https://discovery.us-gov-west-1.amazonaws.com/'],
  ['us-gov-west-1 FIPS', { Region: 'us-gov-west-1', UseFIPS: true }, 'https://discovery-fips.us-gov-west-1.amazonaws.com/'],
  ['a region not in the table yet', { Region: 'eu-north-9' }, 'https://discovery.eu-north-9.amazonaws.com/'],
  ['custom endpoint', { Region: 'us-west-2', Endpoint: 'http://127.0.0.1:4566/base' }, 'http://127.0.0.1:4566/base'],
];

describe('resolveDiscoveryEndpoint', () => {
  it.each(table)('%s', (_, params, url) => {
    expect(resolveDiscoveryEndpoint(params).url.href).toBe(url);
  });

  it.each([
    [{ Endpoint: 'http://localhost', UseFIPS: true }, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
    [{ Endpoint: 'http://localhost', UseDualStack: true }, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
    [{}, 'Invalid Configuration: Missing Region'],
  ])('rejects %o', (params, message) => {
    expect(() => resolveDiscoveryEndpoint(params)).toThrow(message);
  });
});

describe('DiscoveryClient endpoint configuration', () => {
  // A handler that records the signed request instead of sending it, so nothing leaves the process.
  async function sentTo(config: DiscoveryClientConfig, staticCredentials = true): Promise<HttpRequest> {
    let sent: HttpRequest | undefined;
    const requestHandler = {
      handle: async (request: HttpRequest) => {
        sent = request;
        const body = Readable.from([Buffer.from('{}')]);
        return { response: new HttpResponse({ statusCode: 200, headers: {}, body }) };
      },
    };
    const client = new DiscoveryClient({ ...(staticCredentials ? { credentials } : {}), requestHandler, ...config });
    await client.send(new DescribeImportTasksCommand({}));
    if (!sent) throw new Error('no request sent');
    return sent;
  }

  it.each([
    ['us-west-2', { region: 'us-west-2' }, 'discovery.us-west-2.amazonaws.com', 'us-west-2'],
    ['FIPS', { region: 'us-west-2', useFipsEndpoint: true }, 'discovery-fips.us-west-2.amazonaws.com', 'us-west-2'],
    ['dual-stack', { region: 'us-west-2', useDualstackEndpoint: true }, 'discovery.us-west-2.api.aws', 'us-west-2'],
    ['both', { region: 'us-west-2', useFipsEndpoint: true, useDualstackEndpoint: true }, 'discovery-fips.us-west-2.api.aws', 'us-west-2'],
    ['cn-north-1', { region: 'cn-north-1' }, 'discovery.cn-north-1.amazonaws.com.cn', 'cn-north-1'],
    ['us-gov-west-1', { region: 'us-gov-west-1' }, 'discovery.us-gov-west-1.amazonaws.com', 'us-gov-west-1'],
    ['custom endpoint', { region: 'eu-west-1', endpoint: 'http://127.0.0.1:9/' }, '127.0.0.1', 'eu-west-1'],
  ] as const)('%s: host and signing scope follow the config', async (_, config, hostname, region) => {
    const request = await sentTo(config);
    expect(request.hostname).toBe(hostname);
    expect(request.headers.authorization).toContain(`/${region}/discovery/aws4_request`);
  });

  it('signs with the default credential chain when no credentials are given', async () => {
    // vitest.config.ts sets AWS_ACCESS_KEY_ID, so the chain stops at the environment provider.
    const request = await sentTo({ region: 'us-west-2' }, false);
    expect(request.headers.authorization).toContain(`Credential=${process.env.AWS_ACCESS_KEY_ID}/`);
  });

  it('rejects FIPS together with a custom endpoint before sending', async () => {
    await expect(sentTo({ region: 'us-west-2', endpoint: 'http://127.0.0.1:9/', useFipsEndpoint: true })).rejects.toThrow(
      'FIPS and custom endpoint are not supported',
    );
  });
});
