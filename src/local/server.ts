import { createServer } from 'node:http';
import { isIP } from 'node:net';
import { EmulatorClock } from './clock.js';
import { DiscoveryEmulator } from './discovery/index.js';
import { DmsEmulator } from './dms/index.js';
import type { Emulator, EmulatorClientConfig, EmulatorOptions, Exchange } from './emulator.js';
import { FaultInjector } from './faults.js';
import { HomeRegionSetting } from './home-region.js';
import { BodyBudget, send } from './http-wire.js';
import { HubEmulator } from './migration-hub/index.js';
import { MgnEmulator } from './mgn/index.js';
import { OperationCatalog } from './operation-catalog.js';
import { EmulatorOptionError } from './emulator-error.js';
import { onlyKeys, plainObject } from './option-check.js';
import { seededRandom } from './random.js';
import { RateLimits } from './rate-limits.js';
import { handleRequest } from './request-handler.js';
import { attachDataDir } from './state/data-dir.js';
import { loadState, saveState, type StateParts } from './state/emulator-state.js';
import { S3Store } from './s3.js';
import { S3_OPERATIONS } from './s3/route.js';
import { S3Wire } from './s3/s3-wire.js';
import type { EmulatorContext, ServiceModule } from './service.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;
const OPTION_KEYS = [
  'port', 'host', 'allowNonLoopback', 'region', 'accountId', 'homeRegion', 'speed', 'seed', 'faults', 'rateLimits',
  'discovery', 'mgn', 'hub', 'dms', 'state', 'dataDir',
] as const;

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
  onlyKeys(plainObject(options, 'options'), OPTION_KEYS, '');
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.test(host) && !options.allowNonLoopback) {
    throw new Error(`refusing to bind ${host}: the emulator binds loopback addresses only unless allowNonLoopback is true`);
  }
  if (!LOOPBACK.test(host) && isIP(host) === 0) throw new Error(`host must be an IP address, got ${host}`);
  const saved = options.state as { region?: unknown; accountId?: unknown } | undefined;
  // A saved state names its region and account; they become the defaults (a different explicit one is refused).
  const region = options.region ?? (typeof saved?.region === 'string' ? saved.region : 'us-west-2');
  const accountId = options.accountId ?? (typeof saved?.accountId === 'string' ? saved.accountId : '111122223333');
  const random = seededRandom(options.seed ?? 1);
  const clock = new EmulatorClock(options.speed ?? 1);
  const s3 = new S3Store(() => clock.now());
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
  const stateParts: StateParts = { clock, homeRegion, s3, region, accountId, services: { discovery, mgn, hub, dms } };
  const detachDataDir = options.dataDir === undefined ? undefined : attachDataDir(s3, dataDirOf(options.dataDir));
  if (options.state !== undefined) loadState(options.state, stateParts);
  const catalog = new OperationCatalog(modules);
  // Faults also reach S3; rate limits only the JSON services (S3 answers its own SlowDown through faults).
  const faults = new FaultInjector(random, new OperationCatalog(modules, { s3: S3_OPERATIONS }), options.faults);
  const rateLimits = new RateLimits(() => clock.now(), catalog, options.rateLimits);
  const requests: Exchange[] = [];
  const listeners = new Set<(exchange: Exchange) => void>();
  const record = (exchange: Exchange): void => {
    requests.push(exchange);
    for (const listener of listeners) listener(exchange);
  };
  const env = {
    modules,
    s3Wire: new S3Wire({ store: s3, faults, region, accountId, record }),
    faults,
    rateLimits,
    bodies: new BodyBudget(),
    record,
  };

  const server = createServer((req, res) => {
    handleRequest(env, req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) send(res, 500, { 'content-type': 'application/json' }, { __type: 'InternalFailure', message: String(error) });
    });
  });

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
    rateLimits,
    discovery,
    mgn,
    hub,
    dms,
    putObject: (bucket, key, body) => s3.put(bucket, key, body),
    getObject: (bucket, key) => s3.get(bucket, key),
    createReplicationTask: async (taskOptions) => dms.createReplicationTask(taskOptions),
    exportState: () => saveState(stateParts),
    requests,
    requestCount: (operation) => (operation === undefined ? requests.length : requests.filter((r) => r.operation === operation).length),
    onExchange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        detachDataDir?.();
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

/** `dataDir` as a non-empty path. */
function dataDirOf(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new EmulatorOptionError('dataDir', 'must be a non-empty directory path');
  return value;
}
