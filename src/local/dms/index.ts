import { ServiceFault, type EmulatorContext, type FaultErrors, type ServiceModule, type ServiceRequest } from '../service.js';

/** Options for the emulated DMS. */
export interface DmsEmulatorOptions {}

/** How assessment runs on an emulated replication task end. */
export type AssessmentOutcome = 'passed' | 'warning' | 'failed' | 'error-provisioning' | 'error-executing';

/** Options for `emu.createReplicationTask()`. */
export interface CreateReplicationTaskOptions {
  /** How assessment runs on this task end. @default 'passed' */
  readonly assessmentOutcome?: AssessmentOutcome;
}

/** The emulated DMS (replication tasks and premigration assessment runs). STUB: being implemented. */
export class DmsEmulator implements ServiceModule {
  /** @internal */ readonly service = 'dms' as const;
  /** @internal */ readonly signingName = 'dms';
  /** @internal */ readonly protocol = 'awsJson1_1' as const;
  /** @internal */ readonly targetPrefix = 'AmazonDMSv20160101';
  /** @internal */ readonly faults: FaultErrors = {
    throttle: new ServiceFault('ThrottlingException', 'Rate exceeded'),
    serverError: new ServiceFault('InternalFailure', 'Internal error', { status: 500 }),
    accessDenied: new ServiceFault('AccessDeniedFault', 'Access denied'),
  };
  readonly #ctx: EmulatorContext;

  /** @internal */
  constructor(ctx: EmulatorContext, _options: DmsEmulatorOptions = {}) {
    this.#ctx = ctx;
  }

  /** Creates a replication task and returns its ARN. */
  createReplicationTask(_options: CreateReplicationTaskOptions = {}): string {
    throw new Error('not implemented');
  }

  /** @internal */
  handle(request: ServiceRequest): unknown {
    void this.#ctx;
    throw new ServiceFault('UnknownOperationException', `${request.operation} is not implemented`);
  }
}
