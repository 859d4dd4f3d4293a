import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { EmulatorClock } from './clock.js';
import { DiscoveryEmulator } from './discovery/index.js';
import { DmsEmulator } from './dms/index.js';
import type { Emulator, EmulatorClientConfig, EmulatorOptions, Exchange } from './emulator.js';
import { FaultInjector } from './faults.js';
import { HomeRegionSetting } from './home-region.js';
import { errorResponse, header, readBody, send } from './http-wire.js';
import { HubEmulator } from './migration-hub/index.js';
import { MgnEmulator } from './mgn/index.js';
import { seededRandom } from './random.js';
import { S3Store } from './s3.js';
import { S3Wire } from './s3/s3-wire.js';
import { ServiceFault, type EmulatorContext, type ServiceModule } from './service.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;
const AUTH = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request,/;

/**
 * Starts the local emulator of Application Discovery Service, MGN, Migration Hub and DMS on one loopback HTTP
 * server. The official AWS SDK clients (and this library) talk to it unchanged over their real wire protocols.
 *
 * @example
 * ```ts
 * import { startEmulator } from 'aws-migration-kit/local';
 * const emu = await startEmulator();
 * const kit = new MigrationKit({ ...emu.clientConfig });
 * emu.putObject('my-bucket', 'servers.csv', 'ExternalId,HostName\n1,web-01\n');
 * // ...
 * await emu.close();
 * ```
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.test(host) && !options.allowNonLoopback) {
    throw new Error(`refusing to bind ${host}: the emulator binds loopback addresses only unless allowNonLoopback is true`);
  }
  if (!LOOPBACK.test(host) && isIP(host) === 0) throw new Error(`host must be an IP address, got ${host}`);
  const region = options.region ?? 'us-west-2';
  const accountId = options.accountId ?? '111122223333';
  const random = seededRandom(options.seed ?? 1);
  const clock = new EmulatorClock(options.speed ?? 1);
  const s3 = new S3Store(() => clock.now());
  const faults = new FaultInjector(random, options.faults);
  const homeRegion = new HomeRegionSetting(initialHomeRegion(options, region), clock.now(), random);
  let endpoint = '';
  const ctx: EmulatorContext = {
    clock,
    s3,
    region,
    accountId,
    homeRegion,
    random,
    endpoint: () => endpoint,
    objectUrl: (bucket, key) => `${endpoint}/${encodeURIComponent(bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`,
  };
  const discovery = new DiscoveryEmulator(ctx, options.discovery);
  const mgn = new MgnEmulator(ctx, options.mgn);
  const hub = new HubEmulator(ctx);
  const dms = new DmsEmulator(ctx, options.dms);
  const modules: ServiceModule[] = [discovery, mgn, dms, ...hub.modules()];
  const requests: Exchange[] = [];
  const listeners = new Set<(exchange: Exchange) => void>();

  const record = (exchange: Exchange): void => {
    requests.push(exchange);
    for (const listener of listeners) listener(exchange);
  };
  const s3Wire = new S3Wire({ store: s3, faults, region, accountId, record });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { 'content-type': 'application/json' }, { __type: 'InternalFailure', message: String(error) });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    if (s3Wire.accepts(req, url)) return s3Wire.handle(req, res, url);
    const raw = await readBody(req);
    const target = header(req, 'x-amz-target');
    const module = target
      ? modules.find((m) => m.protocol === 'awsJson1_1' && target.startsWith(`${m.targetPrefix}.`))
      : modules.find((m) => m.protocol === 'restJson1' && m.operations?.includes(url.pathname.slice(1)));
    if (!module || req.method !== 'POST') {
      return send(res, 404, { 'content-type': 'application/json' }, { __type: 'UnknownOperationException', message: `no operation at ${req.method} ${url.pathname}` });
    }
    const operation = target ? target.slice(target.indexOf('.') + 1) : url.pathname.slice(1);
    let input: Record<string, unknown> = {};
    const answer = (status: number, headers: Record<string, string>, output: unknown, extra: Partial<Exchange> = {}): void => {
      send(res, status, headers, output);
      record({ service: module.service, operation, input, status, output, ...extra });
    };
    const fail = (fault: ServiceFault, extra: Partial<Exchange> = {}): void => {
      const { status, headers, body } = errorResponse(module, fault);
      answer(status, headers, body, { errorType: fault.type, ...extra });
    };
    try {
      input = raw.length === 0 ? {} : (JSON.parse(raw) as Record<string, unknown>);
      if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new Error('body is not a JSON object');
    } catch (error) {
      return fail(new ServiceFault('SerializationException', `cannot parse the request body: ${String(error)}`));
    }
    const auth = AUTH.exec(header(req, 'authorization') ?? '');
    if (!auth || auth[3] !== module.signingName) {
      return fail(
        new ServiceFault(module.protocol === 'restJson1' ? 'UnrecognizedClientException' : 'MissingAuthenticationTokenException', 'Request is missing a valid SigV4 Authorization header for this service', { status: 403 }),
      );
    }
    const decision = faults.decide(module.service, operation);
    if (decision.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.latencyMs));
    switch (decision.kind) {
      case 'drop':
        req.socket.destroy();
        record({ service: module.service, operation, input, status: 0, fault: 'drop' });
        return;
      case 'throttle':
        return fail(module.faults.throttle, { fault: 'throttle' });
      case 'server-error':
        return fail(module.faults.serverError, { fault: 'server-error' });
      case 'access-denied':
        return fail(module.faults.accessDenied, { fault: 'access-denied' });
      case 'drop-response':
      case undefined:
        break;
    }
    try {
      const output = await module.handle({ operation, input, accessKeyId: auth[1] ?? '' });
      if (decision.kind === 'drop-response') {
        req.socket.destroy();
        record({ service: module.service, operation, input, status: 0, output, fault: 'drop-response' });
        return;
      }
      const contentType = module.protocol === 'awsJson1_1' ? 'application/x-amz-json-1.1' : 'application/json';
      answer(200, { 'content-type': contentType }, output ?? {});
    } catch (error) {
      if (error instanceof ServiceFault) return fail(error);
      throw error;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the emulator did not get a TCP address');
  endpoint = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  const clientConfig: EmulatorClientConfig = {
    endpoint,
    region,
    credentials: { accessKeyId: 'AKIAEMULATOR00000000', secretAccessKey: 'emulator-secret-key' },
  };

  return {
    endpoint,
    region,
    accountId,
    clientConfig,
    clock,
    faults,
    discovery,
    mgn,
    hub,
    dms,
    putObject: (bucket, key, body) => s3.put(bucket, key, body),
    getObject: (bucket, key) => s3.get(bucket, key),
    createReplicationTask: async (taskOptions) => dms.createReplicationTask(taskOptions),
    requests,
    requestCount: (operation) => (operation === undefined ? requests.length : requests.filter((r) => r.operation === operation).length),
    onExchange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The account's initial home region: `homeRegion`, or `hub.homeRegion` (the same setting), or the emulator's region. */
function initialHomeRegion(options: EmulatorOptions, region: string): string | null {
  const top = options.homeRegion;
  const hub = options.hub?.homeRegion;
  if (top !== undefined && hub !== undefined && top !== hub) {
    throw new Error(`homeRegion (${String(top)}) and hub.homeRegion (${String(hub)}) are the same setting and disagree: give one`);
  }
  return top !== undefined ? top : hub !== undefined ? hub : region;
}
