import type { EmulatorClock } from './clock.js';
import type { HomeRegionSetting } from './home-region.js';
import type { S3Store } from './s3.js';

/** The services the emulator speaks. */
export type EmulatedService = 'discovery' | 'mgn' | 'migration-hub' | 'migrationhub-config' | 'dms' | 's3';

/** An error a service module throws to answer with the service's own error format. */
export class ServiceFault extends Error {
  /** The error type sent on the wire (`__type` for awsJson1_1, `x-amzn-errortype` for restJson1). */
  readonly type: string;
  /** HTTP status. */
  readonly status: number;
  /** Extra members of the error body (e.g. `RetryAfterSeconds`), in wire form. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** Extra response headers (e.g. `retry-after`). */
  readonly headers: Readonly<Record<string, string>>;
  /** The body member that carries the message: `message` for most shapes, `Message` for some (Migration Hub). */
  readonly messageMember: string;

  /** @param type - wire error type. @param message - human text. @param init - status (default 400), body fields, headers. */
  constructor(
    type: string,
    message: string,
    init: { status?: number; fields?: Record<string, unknown>; headers?: Record<string, string>; messageMember?: string } = {},
  ) {
    super(message);
    this.type = type;
    this.status = init.status ?? 400;
    this.fields = init.fields ?? {};
    this.headers = init.headers ?? {};
    this.messageMember = init.messageMember ?? 'message';
  }
}

/** Everything a service module shares with the rest of the emulator. */
export interface EmulatorContext {
  /** Emulated time; statuses advance on it. */
  readonly clock: EmulatorClock;
  /** The emulated S3 that import URLs point at. */
  readonly s3: S3Store;
  /** The emulator's region. */
  readonly region: string;
  /** The emulated account id. */
  readonly accountId: string;
  /** The account's Migration Hub home region, which Discovery and Migration Hub both honour (mutable, account-wide). */
  readonly homeRegion: HomeRegionSetting;
  /** A seeded random source. */
  readonly random: () => number;
  /** The emulator's base URL (e.g. for pre-signed-style download URLs); known once the server listens. */
  endpoint(): string;
  /** A path-style URL of an object in the emulated S3 (`<endpoint>/<bucket>/<key>`), served by the emulator itself. */
  objectUrl(bucket: string, key: string): string;
}

/** One request, as a module sees it. */
export interface ServiceRequest {
  /** The operation name, e.g. `StartImportTask`. */
  readonly operation: string;
  /** The parsed JSON body. */
  readonly input: Record<string, unknown>;
  /** The access key id from the SigV4 Authorization header. */
  readonly accessKeyId: string;
}

/** The error types a module answers with when a fault is injected. */
export interface FaultErrors {
  /** Throttling: awsJson1_1 `400 ThrottlingException`, restJson1 `429` with `retry-after`. */
  readonly throttle: ServiceFault;
  /** A server error (5xx). */
  readonly serverError: ServiceFault;
  /** Access denied. */
  readonly accessDenied: ServiceFault;
}

/** A service implementation plugged into the emulator's one HTTP server. */
export interface ServiceModule {
  /** Which service. */
  readonly service: EmulatedService;
  /** The SigV4 signing name the requests must carry. */
  readonly signingName: string;
  /** Wire protocol. awsJson1_1 routes on `x-amz-target`; restJson1 on `POST /<Operation>`. */
  readonly protocol: 'awsJson1_1' | 'restJson1';
  /** awsJson1_1: the `x-amz-target` prefix. */
  readonly targetPrefix?: string;
  /** The operations served, by exact name (restJson1: at `POST /<Operation>`); any other name is unknown. */
  readonly operations: readonly string[];
  /** HTTP status of a success by operation, where the model says other than 200 (MGN's starts: 202). */
  readonly successStatus?: Readonly<Record<string, number>>;
  /** Errors to answer with when a fault is injected. */
  readonly faults: FaultErrors;
  /** Handles one request; returns the output in wire form, or throws a {@link ServiceFault}. */
  handle(request: ServiceRequest): unknown;
}

/** Epoch milliseconds to the awsJson1_1 wire form: epoch seconds (fractional). */
export function epochSeconds(ms: number): number {
  return ms / 1000;
}

/** Epoch milliseconds to the restJson1 ISO-8601 form. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
