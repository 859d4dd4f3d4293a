import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { EmulatorClock } from './clock.js';
import { DiscoveryEmulator, type DiscoveryEmulatorOptions } from './discovery/index.js';
import { DmsEmulator, type CreateReplicationTaskOptions, type DmsEmulatorOptions } from './dms/index.js';
import { FaultInjector, type FaultKind, type FaultRates } from './faults.js';
import { HomeRegionSetting } from './home-region.js';
import { HubEmulator, type HubEmulatorOptions } from './migration-hub/index.js';
import { MgnEmulator, type MgnEmulatorOptions } from './mgn/index.js';
import { seededRandom } from './random.js';
import { S3Store } from './s3.js';
import { ServiceFault, type EmulatedService, type EmulatorContext, type ServiceModule } from './service.js';

/** Options for {@link startEmulator}. */
export interface EmulatorOptions {
  /** TCP port. @default 0 (a random free port) */
  readonly port?: number;
  /** Address to bind. Only loopback addresses are accepted unless `allowNonLoopback` is set. @default '127.0.0.1' */
  readonly host?: string;
  /** Allow binding a non-loopback address (exposes the emulator to the network). @default false */
  readonly allowNonLoopback?: boolean;
  /** The region the emulator claims to be. @default 'us-west-2' */
  readonly region?: string;
  /** The emulated account id. @default '111122223333' */
  readonly accountId?: string;
  /**
   * The account's Migration Hub home region; `null` leaves it unset, so every Discovery and Migration Hub call answers
   * HomeRegionNotSetException. `hub.homeRegion` is the same setting. Change it later with `emu.hub.setHomeRegion()`.
   * @default the emulator's `region`
   */
  readonly homeRegion?: string | null;
  /** Emulated milliseconds per real millisecond; `0` freezes time so only `clock.advance()` moves it. @default 1 */
  readonly speed?: number;
  /** Seed for fault injection and any other randomness. @default 1 */
  readonly seed?: number;
  /** Random fault rates applied from the start. @default none */
  readonly faults?: FaultRates;
  /** Application Discovery Service options. */
  readonly discovery?: DiscoveryEmulatorOptions;
  /** Application Migration Service options. */
  readonly mgn?: MgnEmulatorOptions;
  /** Migration Hub options. */
  readonly hub?: HubEmulatorOptions;
  /** DMS options. */
  readonly dms?: DmsEmulatorOptions;
}

/** One request the emulator answered, as recorded for tests and model validation. */
export interface Exchange {
  /** The service addressed. */
  readonly service: EmulatedService;
  /** The operation called. */
  readonly operation: string;
  /** The parsed request body. */
  readonly input: Record<string, unknown>;
  /** The HTTP status sent. */
  readonly status: number;
  /** The error type, when the answer is an error. */
  readonly errorType?: string;
  /** The parsed response body (undefined for a dropped connection). */
  readonly output?: unknown;
  /** The injected fault, if any. */
  readonly fault?: FaultKind;
}

/** Static credentials and endpoint, to spread into an AWS SDK client or `new MigrationKit(...)`. */
export interface EmulatorClientConfig {
  /** The emulator's base URL. */
  readonly endpoint: string;
  /** The emulator's region. */
  readonly region: string;
  /** Static test credentials (the emulator checks their presence, not their signature). */
  readonly credentials: {
    /** A fixed access key id. */
    readonly accessKeyId: string;
    /** A fixed secret key. */
    readonly secretAccessKey: string;
  };
}

/** A running emulator. */
export interface Emulator {
  /** Base URL, e.g. `http://127.0.0.1:49152`. */
  readonly endpoint: string;
  /** The emulator's region. */
  readonly region: string;
  /** The emulated account id. */
  readonly accountId: string;
  /** Spread into a client or kit config: `new MigrationKit({ ...emu.clientConfig })`. */
  readonly clientConfig: EmulatorClientConfig;
  /** Emulated time: `emu.clock.advance(60_000)` moves every resource a minute on. */
  readonly clock: EmulatorClock;
  /** Fault injection: `emu.faults.inject({ kind: 'throttle', operation: 'DescribeImportTasks', count: 2 })`. */
  readonly faults: FaultInjector;
  /** Application Discovery Service state and controls. */
  readonly discovery: DiscoveryEmulator;
  /** Application Migration Service state and controls. */
  readonly mgn: MgnEmulator;
  /** Migration Hub state and controls. */
  readonly hub: HubEmulator;
  /** DMS state and controls. */
  readonly dms: DmsEmulator;
  /** Stores an object in the emulated S3 (what `s3://bucket/key` import URLs read). */
  putObject(bucket: string, key: string, body: string | Uint8Array): void;
  /** Reads an object from the emulated S3. */
  getObject(bucket: string, key: string): Uint8Array | undefined;
  /** Creates a DMS replication task and resolves to its ARN; `options.assessmentOutcome` scripts how its runs end. */
  createReplicationTask(options?: CreateReplicationTaskOptions): Promise<string>;
  /** Every request answered so far, oldest first. */
  readonly requests: readonly Exchange[];
  /** How many requests were answered, optionally only for one operation. */
  requestCount(operation?: string): number;
  /** Calls `listener` after each answered request; returns a function that unsubscribes. */
  onExchange(listener: (exchange: Exchange) => void): () => void;
  /** Stops the server and closes open connections. */
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;
const AUTH = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request,/;
const MAX_BODY_BYTES = 16 * 1024 * 1024;

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
  const s3 = new S3Store();
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
    objectUrl: (bucket, key) =>
      `${endpoint}/_s3/${encodeURIComponent(bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`,
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

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { 'content-type': 'application/json' }, { __type: 'InternalFailure', message: String(error) });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    if (req.method === 'GET' && url.pathname.startsWith('/_s3/')) {
      const [bucket, ...key] = url.pathname.slice('/_s3/'.length).split('/').map(decodeURIComponent);
      const body = bucket ? s3.get(bucket, key.join('/')) : undefined;
      if (!body) return send(res, 404, { 'content-type': 'application/xml' }, '<Error><Code>NoSuchKey</Code></Error>');
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.byteLength });
      res.end(body);
      return;
    }
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

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(text), 'x-amzn-requestid': crypto.randomUUID() });
  res.end(text);
}

/** The service's real error format: awsJson1_1 puts the type in `__type`; restJson1 in `x-amzn-errortype`. */
function errorResponse(module: ServiceModule, fault: ServiceFault): { status: number; headers: Record<string, string>; body: Record<string, unknown> } {
  if (module.protocol === 'awsJson1_1') {
    return {
      status: fault.status,
      headers: { 'content-type': 'application/x-amz-json-1.1', ...fault.headers },
      body: { __type: fault.type, [fault.messageMember]: fault.message, ...fault.fields },
    };
  }
  return {
    status: fault.status,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': fault.type, ...fault.headers },
    body: { [fault.messageMember]: fault.message, ...fault.fields },
  };
}
