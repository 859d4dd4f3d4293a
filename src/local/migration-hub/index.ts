import { ServiceFault, type EmulatorContext, type FaultErrors, type ServiceModule, type ServiceRequest } from '../service.js';
import { HubConfigEmulator } from './config-emulator.js';
import { runHubOperation } from './hub-operations.js';
import { HUB_INPUT_RULES } from './hub-rules.js';
import { HubStore, type TaskRecord } from './hub-store.js';
import { checkWire, hubFault } from './wire-input.js';
import { EmulatorStateError } from '../emulator-error.js';
import { checkState } from '../state/state-shape.js';
import { HUB_STATE } from '../state/section-shapes.js';

/** Options for the emulated Migration Hub. */
export interface HubEmulatorOptions {
  /**
   * The same setting as the top-level `startEmulator({ homeRegion })`: the account's home region, which Discovery
   * honours too. Either may be given, but not two different values.
   * @default the emulator's region
   */
  readonly homeRegion?: string | null;
}

/** A migration task as the emulated Migration Hub stores it (`emu.hub.migrationTask(stream, name)`). */
export interface HubTaskState {
  /** The progress update stream. */
  readonly stream: string;
  /** The task name. */
  readonly name: string;
  /** The last notified status (`NOT_STARTED` before the first notification). */
  readonly status: string;
  /** The last notified percentage, if any. */
  readonly progressPercent: number | undefined;
  /** The last notified status detail, if any. */
  readonly detail: string | undefined;
  /** The last notification's `UpdateDateTime` (the import time before the first notification). */
  readonly updatedAt: Date;
  /** The last notification's `NextUpdateSeconds` (not returned by the API; kept here for tests). */
  readonly nextUpdateSeconds: number | undefined;
  /** True when the task is unfinished and its next update is overdue on the emulator's clock. */
  readonly stale: boolean;
  /** The resource attributes last put. */
  readonly resourceAttributes: readonly {
    /** The attribute type, e.g. `IPV4_ADDRESS`. */
    readonly type: string;
    /** The attribute value. */
    readonly value: string;
  }[];
  /** ARNs of the associated created artifacts. */
  readonly createdArtifacts: readonly string[];
  /** Configuration ids of the associated discovered resources. */
  readonly discoveredResources: readonly string[];
}

/**
 * The emulated Migration Hub (progress update streams, migration tasks) and, as a second module, Migration Hub
 * Config (the home region). Errors use the service's shapes, with the message in `Message`.
 */
export class HubEmulator implements ServiceModule {
  /** @internal */ readonly service = 'migration-hub' as const;
  /** @internal */ readonly signingName = 'mgh';
  /** @internal */ readonly protocol = 'awsJson1_1' as const;
  /** @internal */ readonly targetPrefix = 'AWSMigrationHub';
  /** @internal */ readonly operations: readonly string[] = Object.keys(HUB_INPUT_RULES);
  /** @internal */ readonly faults: FaultErrors = {
    throttle: new ServiceFault('ThrottlingException', 'Rate exceeded', { fields: { RetryAfterSeconds: 1 }, messageMember: 'Message' }),
    serverError: new ServiceFault('InternalServerError', 'Internal error', { status: 500, messageMember: 'Message' }),
    accessDenied: new ServiceFault('AccessDeniedException', 'Access denied', { messageMember: 'Message' }),
  };
  readonly #ctx: EmulatorContext;
  readonly #store: HubStore;
  readonly #config: HubConfigEmulator;
  #denied: ReadonlySet<string> = new Set();

  /** @internal The home region is the account's (`ctx.homeRegion`), set from the emulator's options. */
  constructor(ctx: EmulatorContext) {
    this.#ctx = ctx;
    this.#store = new HubStore(ctx.clock);
    this.#config = new HubConfigEmulator(ctx);
  }

  /** @internal The modules this emulator serves (Migration Hub, and Migration Hub Config for the home region). */
  modules(): ServiceModule[] {
    return [this, this.#config];
  }

  /** The account's home region, or null when it is not set. */
  get homeRegion(): string | null {
    return this.#ctx.homeRegion.region;
  }

  /**
   * Sets the account's home region. `null` unsets it, so every Migration Hub and every Discovery call fails with
   * HomeRegionNotSetException (the setting is the account's, shared by both services).
   */
  setHomeRegion(region: string | null): void {
    this.#ctx.homeRegion.set(region, this.#ctx.clock.now());
  }

  /**
   * Denies the caller `operations` (e.g. `['NotifyMigrationTaskState']`) until called again: they fail with
   * AccessDeniedException, or UnauthorizedOperation for a dry run. `deny([])` allows everything again.
   */
  deny(operations: readonly string[]): void {
    this.#denied = new Set(operations);
  }

  /** Stream names, oldest first. */
  streamNames(): string[] {
    return this.#store.streamNames();
  }

  /** The stored state of a migration task, or undefined. */
  migrationTask(stream: string, name: string): HubTaskState | undefined {
    const record = this.#store.find(stream, name);
    return record && this.#state(record);
  }

  /** @internal The state to save (see `emu.exportState()`); the home region is saved with the account. */
  exportState(): unknown {
    return { streams: this.#store.allStreams(), denied: [...this.#denied] };
  }

  /** @internal Replaces the state with a saved one (checked first; EmulatorStateError names what is malformed). */
  importState(state: unknown, path: string): void {
    const saved = checkState<{ streams: Map<string, Map<string, TaskRecord>>; denied: string[] }>(state, HUB_STATE, path);
    for (const [stream, tasks] of saved.streams) {
      for (const [name, task] of tasks) {
        if (task.stream !== stream || task.name !== name) throw new EmulatorStateError(`${path}.streams[${JSON.stringify(stream)}][${JSON.stringify(name)}]`, 'names another stream or task than its key');
      }
    }
    this.#store.replaceStreams(saved.streams);
    this.#denied = new Set(saved.denied);
  }

  /** @internal */
  handle(request: ServiceRequest): unknown {
    const { operation, input } = request;
    const rule = Object.hasOwn(HUB_INPUT_RULES, operation) ? HUB_INPUT_RULES[operation] : undefined;
    if (!rule) throw new ServiceFault('UnknownOperationException', `${operation} is not supported by the emulated Migration Hub`);
    if (this.#ctx.homeRegion.region === null) throw hubFault('HomeRegionNotSetException', 'The home region is not set. Set your home region to continue.');
    const dryRun = input['DryRun'] === true;
    if (this.#denied.has(operation)) {
      const who = `arn:aws:iam::${this.#ctx.accountId}:user/emulator`;
      if (dryRun) throw hubFault('UnauthorizedOperation', `${who} is not authorized to perform: mgh:${operation}`);
      throw hubFault('AccessDeniedException', `User: ${who} is not authorized to perform: mgh:${operation}`);
    }
    checkWire(rule, input, '');
    return runHubOperation(this.#store, operation, input, dryRun);
  }

  #state(r: TaskRecord): HubTaskState {
    const status = r.task?.Status ?? 'NOT_STARTED';
    const due = r.nextUpdateSeconds === undefined ? undefined : r.updateDateTime + r.nextUpdateSeconds * 1000;
    return {
      stream: r.stream,
      name: r.name,
      status,
      progressPercent: r.task?.ProgressPercent,
      detail: r.task?.StatusDetail,
      updatedAt: new Date(r.updateDateTime),
      nextUpdateSeconds: r.nextUpdateSeconds,
      stale: due !== undefined && status !== 'COMPLETED' && status !== 'FAILED' && this.#ctx.clock.now() > due,
      resourceAttributes: r.attributes.map((a) => ({ type: a.Type, value: a.Value })),
      createdArtifacts: [...r.artifacts.keys()],
      discoveredResources: [...r.resources.keys()],
    };
  }
}
