import type { EmulatorClock } from './clock.js';
import type { DiscoveryEmulator, DiscoveryEmulatorOptions } from './discovery/index.js';
import type { CreateReplicationTaskOptions, DmsEmulator, DmsEmulatorOptions } from './dms/index.js';
import type { FaultInjector, FaultKind, FaultRates } from './faults.js';
import type { RateLimits, RateLimitsOption } from './rate-limits.js';
import type { EmulatorState } from './state/emulator-state.js';
import type { HubEmulator, HubEmulatorOptions } from './migration-hub/index.js';
import type { MgnEmulator, MgnEmulatorOptions } from './mgn/index.js';
import type { EmulatedService } from './service.js';

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
  /**
   * Real rate limits: a token bucket per operation, refilled on the emulator clock, answering over-limit requests
   * with the service's own throttling error. `{ DescribeImportTasks: { perSecond: 10, burst: 20 }, default: {...} }`,
   * or `'aws'` for the published limits (assumed where none is published; see docs/emulator.md).
   * @default none (unlimited)
   */
  readonly rateLimits?: RateLimitsOption;
  /**
   * A state saved by `emu.exportState()` (parsed JSON) to start from: every service's resources, the emulated S3's
   * objects and the emulated time. Its region and account become the defaults. A malformed state, another version,
   * or a conflicting `region`/`accountId` throws `EmulatorStateError` naming the path.
   * @default an empty account
   */
  readonly state?: EmulatorState;
  /**
   * A directory the emulated S3's objects persist to: loaded at start, and every put or delete is written through.
   * Created if missing. @default none (memory only)
   */
  readonly dataDir?: string;
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
  /** The parsed request body (for S3: the request's members in the model's names, from path, query and headers). */
  readonly input: Record<string, unknown>;
  /** The HTTP status sent. */
  readonly status: number;
  /** The error type, when the answer is an error. */
  readonly errorType?: string;
  /** The parsed response body (undefined for a dropped connection; for S3: `{ headers, body }` as sent, body the XML text, object bytes left out). */
  readonly output?: unknown;
  /** The injected fault, if any. */
  readonly fault?: FaultKind;
  /** True when the emulator's rate limits throttled the request (see `rateLimits`). */
  readonly rateLimited?: boolean;
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
  /** Rate limits and their counts: `emu.rateLimits.throttledCount('DescribeImportTasks')`, `emu.rateLimits.set(...)`. */
  readonly rateLimits: RateLimits;
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
  /** The whole state as JSON, to save and load with `startEmulator({ state })`: `JSON.stringify(emu.exportState())`. */
  exportState(): EmulatorState;
  /** Every request answered so far, oldest first. */
  readonly requests: readonly Exchange[];
  /** How many requests were answered, optionally only for one operation. */
  requestCount(operation?: string): number;
  /** Calls `listener` after each answered request; returns a function that unsubscribes. */
  onExchange(listener: (exchange: Exchange) => void): () => void;
  /** Stops the server and closes open connections. */
  close(): Promise<void>;
}
