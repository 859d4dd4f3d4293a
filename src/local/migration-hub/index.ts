import { ServiceFault, type EmulatorContext, type FaultErrors, type ServiceModule, type ServiceRequest } from '../service.js';

/** Options for the emulated Migration Hub. */
export interface HubEmulatorOptions {
  /** The account's home region; `null` leaves it unset (every call then fails with HomeRegionNotSetException). @default the emulator's region */
  readonly homeRegion?: string | null;
}

/** The emulated Migration Hub (progress update streams, migration tasks) and Migration Hub Config. STUB: being implemented. */
export class HubEmulator implements ServiceModule {
  /** @internal */ readonly service = 'migration-hub' as const;
  /** @internal */ readonly signingName = 'mgh';
  /** @internal */ readonly protocol = 'awsJson1_1' as const;
  /** @internal */ readonly targetPrefix = 'AWSMigrationHub';
  /** @internal */ readonly faults: FaultErrors = {
    throttle: new ServiceFault('ThrottlingException', 'Rate exceeded', { fields: { RetryAfterSeconds: 1 }, messageMember: 'Message' }),
    serverError: new ServiceFault('InternalServerError', 'Internal error', { status: 500, messageMember: 'Message' }),
    accessDenied: new ServiceFault('AccessDeniedException', 'Access denied', { messageMember: 'Message' }),
  };
  readonly #ctx: EmulatorContext;

  /** @internal */
  constructor(ctx: EmulatorContext, _options: HubEmulatorOptions = {}) {
    this.#ctx = ctx;
  }

  /** @internal The modules this emulator serves (Migration Hub, and Migration Hub Config for the home region). */
  modules(): ServiceModule[] {
    return [this];
  }

  /** @internal */
  handle(request: ServiceRequest): unknown {
    void this.#ctx;
    throw new ServiceFault('UnknownOperationException', `${request.operation} is not implemented`);
  }
}
