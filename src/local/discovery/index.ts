import { ServiceFault, type EmulatorContext, type FaultErrors, type ServiceModule, type ServiceRequest } from '../service.js';

/** Options for the emulated Application Discovery Service. */
export interface DiscoveryEmulatorOptions {}

/** The emulated Application Discovery Service (import tasks). STUB: being implemented. */
export class DiscoveryEmulator implements ServiceModule {
  /** @internal */ readonly service = 'discovery' as const;
  /** @internal */ readonly signingName = 'discovery';
  /** @internal */ readonly protocol = 'awsJson1_1' as const;
  /** @internal */ readonly targetPrefix = 'AWSPoseidonService_V2015_11_01';
  /** @internal */ readonly faults: FaultErrors = {
    throttle: new ServiceFault('ThrottlingException', 'Rate exceeded'),
    serverError: new ServiceFault('ServerInternalErrorException', 'Internal error', { status: 500 }),
    accessDenied: new ServiceFault('AuthorizationErrorException', 'Not authorized'),
  };
  readonly #ctx: EmulatorContext;

  /** @internal */
  constructor(ctx: EmulatorContext, _options: DiscoveryEmulatorOptions = {}) {
    this.#ctx = ctx;
  }

  /** @internal */
  handle(request: ServiceRequest): unknown {
    void this.#ctx;
    throw new ServiceFault('UnknownOperationException', `${request.operation} is not implemented`);
  }
}
