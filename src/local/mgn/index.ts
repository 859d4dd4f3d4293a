import { ServiceFault, type EmulatorContext, type FaultErrors, type ServiceModule, type ServiceRequest } from '../service.js';

/** Options for the emulated Application Migration Service. */
export interface MgnEmulatorOptions {}

/** The emulated Application Migration Service (imports and exports). STUB: being implemented. */
export class MgnEmulator implements ServiceModule {
  /** @internal */ readonly service = 'mgn' as const;
  /** @internal */ readonly signingName = 'mgn';
  /** @internal */ readonly protocol = 'restJson1' as const;
  /** @internal */ readonly operations: readonly string[] = ['StartImport', 'ListImports', 'ListImportErrors', 'StartExport', 'ListExports', 'ListExportErrors'];
  /** @internal */ readonly faults: FaultErrors = {
    throttle: new ServiceFault('ThrottlingException', 'Rate exceeded', { status: 429, headers: { 'retry-after': '1' } }),
    serverError: new ServiceFault('InternalServerException', 'Internal error', { status: 500 }),
    accessDenied: new ServiceFault('AccessDeniedException', 'Access denied', { status: 403 }),
  };
  readonly #ctx: EmulatorContext;

  /** @internal */
  constructor(ctx: EmulatorContext, _options: MgnEmulatorOptions = {}) {
    this.#ctx = ctx;
  }

  /** @internal */
  handle(request: ServiceRequest): unknown {
    void this.#ctx;
    throw new ServiceFault('UnknownOperationException', `${request.operation} is not implemented`, { status: 404 });
  }
}
