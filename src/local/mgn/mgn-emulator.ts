import { IdFactory } from './ids.js';
import { Inventory, type MgnEmulatedApplication, type MgnEmulatedServer, type MgnEmulatedWave } from './inventory.js';
import { exportErrorsWire, exportTaskWire, importErrorsWire, importTaskWire, type Job } from './jobs.js';
import { Scheduler } from './scheduler.js';
import { ServiceFault, type EmulatorContext, type FaultErrors, type ServiceModule, type ServiceRequest } from '../service.js';
import { startExport, startImport, type StartContext } from './start.js';
import { listErrors, listJobs } from './listing.js';
import { EXPORT_ID, IMPORT_ID, readString } from './wire.js';
import { checkState } from '../state/state-shape.js';
import { MGN_STATE } from '../state/section-shapes.js';


/** Options for the emulated Application Migration Service. Durations are emulated milliseconds. */
export interface MgnEmulatorOptions {
  /** How long a new import or export stays PENDING. @default 1_000 */
  readonly pendingMs?: number;
  /** Time an import spends per data row (an export per server) while STARTED. @default 100 */
  readonly msPerRow?: number;
  /** The shortest time an import or export spends STARTED. @default 2_000 */
  readonly minRunMs?: number;
  /** Imports that may be PENDING or STARTED at once; one more gets ServiceQuotaExceededException. @default unlimited */
  readonly maxActiveImports?: number;
  /** Exports that may be PENDING or STARTED at once. @default unlimited */
  readonly maxActiveExports?: number;
  /** `false` makes every call fail with UninitializedAccountException, as in an account that never opened MGN. @default true */
  readonly initialized?: boolean;
}

/**
 * The emulated Application Migration Service: imports (StartImport, ListImports, ListImportErrors) and exports
 * (StartExport, ListExports, ListExportErrors) over restJson1. Imports read their CSV from the emulated S3 and
 * create or modify servers, applications and waves; exports write the inventory back as CSV. Statuses move
 * PENDING → STARTED → SUCCEEDED (or FAILED) on the emulator clock.
 */
export class MgnEmulator implements ServiceModule {
  /** @internal */ readonly service = 'mgn' as const;
  /** @internal */ readonly signingName = 'mgn';
  /** @internal */ readonly protocol = 'restJson1' as const;
  /** @internal */ readonly operations: readonly string[] = ['StartImport', 'ListImports', 'ListImportErrors', 'StartExport', 'ListExports', 'ListExportErrors'];
  /** @internal The model's `responseCode` for the starts. */ readonly successStatus: Readonly<Record<string, number>> = { StartImport: 202, StartExport: 202 };
  /** @internal */ readonly faults: FaultErrors = {
    throttle: new ServiceFault('ThrottlingException', 'Rate exceeded', { status: 429, headers: { 'retry-after': '1' } }),
    serverError: new ServiceFault('InternalServerException', 'Internal error', { status: 500 }),
    accessDenied: new ServiceFault('AccessDeniedException', 'Access denied', { status: 403 }),
  };
  /** Whether the account has initialised MGN; set `false` to make every call fail with UninitializedAccountException. */
  initialized: boolean;
  readonly #ctx: EmulatorContext;
  readonly #start: StartContext;
  readonly #jobs: Job[] = [];
  readonly #inventory: Inventory;
  readonly #scheduler: Scheduler;
  readonly #ids: IdFactory;

  /** @internal */
  constructor(ctx: EmulatorContext, options: MgnEmulatorOptions = {}) {
    this.#ctx = ctx;
    const ids = new IdFactory(1);
    this.#ids = ids;
    this.#inventory = new Inventory(ids);
    this.initialized = options.initialized ?? true;
    this.#scheduler = new Scheduler(ctx, this.#jobs, this.#inventory, {
      msPerRow: nonNegative('mgn.msPerRow', options.msPerRow ?? 100),
      minRunMs: nonNegative('mgn.minRunMs', options.minRunMs ?? 2_000),
    });
    this.#start = {
      ctx,
      ids,
      jobs: this.#jobs,
      pendingMs: nonNegative('mgn.pendingMs', options.pendingMs ?? 1_000),
      maxActiveImports: positive('mgn.maxActiveImports', options.maxActiveImports),
      maxActiveExports: positive('mgn.maxActiveExports', options.maxActiveExports),
    };
  }

  /** The servers imports have created, as they stand now (copies). */
  servers(): MgnEmulatedServer[] {
    this.#scheduler.advance();
    return [...this.#inventory.servers.values()].map((s) => ({ ...s, tags: { ...s.tags }, launch: { ...s.launch } }));
  }

  /** The applications imports have created, as they stand now (copies). */
  applications(): MgnEmulatedApplication[] {
    this.#scheduler.advance();
    return [...this.#inventory.applications.values()].map((a) => ({ ...a, tags: { ...a.tags } }));
  }

  /** The waves imports have created, as they stand now (copies). */
  waves(): MgnEmulatedWave[] {
    this.#scheduler.advance();
    return [...this.#inventory.waves.values()].map((w) => ({ ...w, tags: { ...w.tags } }));
  }

  /** Makes the next export that starts end FAILED with one export error carrying `message`. */
  failNextExport(message = 'Export failed: the destination could not be written'): void {
    this.#scheduler.exportFailures.push(message);
  }

  /** @internal The state to save (see `emu.exportState()`). */
  exportState(): unknown {
    this.#scheduler.advance();
    const inventory = this.#inventory;
    return {
      initialized: this.initialized,
      jobs: this.#jobs,
      servers: inventory.servers,
      applications: inventory.applications,
      waves: inventory.waves,
      exportFailures: this.#scheduler.exportFailures,
    };
  }

  /** @internal Replaces the state with a saved one (checked first; EmulatorStateError names what is malformed). */
  importState(state: unknown, path: string): void {
    type Saved = { initialized: boolean; jobs: Job[]; exportFailures: string[] } & Pick<Inventory, 'servers' | 'applications' | 'waves'>;
    const saved = checkState<Saved>(state, MGN_STATE, path);
    this.initialized = saved.initialized;
    this.#jobs.splice(0, this.#jobs.length, ...saved.jobs);
    for (const name of ['servers', 'applications', 'waves'] as const) {
      const target = this.#inventory[name] as Map<string, unknown>;
      target.clear();
      for (const [key, value] of saved[name]) target.set(key, value);
    }
    this.#scheduler.exportFailures.splice(0, this.#scheduler.exportFailures.length, ...saved.exportFailures);
    this.#ids.reserve([
      ...saved.jobs.map((job) => job.id),
      ...[...saved.servers.values()].map((s) => s.id),
      ...[...saved.applications.values()].map((a) => a.id),
      ...[...saved.waves.values()].map((w) => w.id),
    ]);
  }

  /** @internal */
  handle(request: ServiceRequest): unknown {
    if (!this.initialized) {
      throw new ServiceFault('UninitializedAccountException', 'Application Migration Service is not initialized for this account. Call InitializeService first.', { status: 400 });
    }
    this.#scheduler.advance();
    const { input } = request;
    const now = this.#ctx.clock.now();
    switch (request.operation) {
      case 'StartImport':
        return { importTask: importTaskWire(startImport(this.#start, input), now) };
      case 'StartExport':
        return { exportTask: exportTaskWire(startExport(this.#start, input), now) };
      case 'ListImports':
        return listJobs(this.#jobs, input, 'import', (job) => importTaskWire(job, now));
      case 'ListExports':
        return listJobs(this.#jobs, input, 'export', (job) => exportTaskWire(job, now));
      case 'ListImportErrors': {
        const id = readString(input, 'importID', IMPORT_ID, 'an import id');
        return listErrors(this.#jobs, input, id, importErrorsWire);
      }
      case 'ListExportErrors': {
        const id = readString(input, 'exportID', EXPORT_ID, 'an export id');
        return listErrors(this.#jobs, input, id, exportErrorsWire);
      }
      default:
        throw new ServiceFault('ValidationException', `${request.operation} is not implemented by the emulator`, {
          status: 400,
          fields: { reason: 'unknownOperation' },
        });
    }
  }
}

function nonNegative(name: string, value: number): number {
  if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`${name} must be a finite number ≥ 0, got ${value}`);
  return value;
}

function positive(name: string, value: number | undefined): number {
  if (value === undefined) return Number.POSITIVE_INFINITY;
  if (!(Number.isInteger(value) && value >= 1)) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}
