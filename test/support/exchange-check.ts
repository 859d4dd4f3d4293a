/**
 * Checks what goes over the wire between the real SDK clients and the emulator against the committed service
 * models: every request, every answer (success or error, with an HTTP status that fits), for one service. Each test
 * file states its allowances in the options, so what is not checked is visible where it is not.
 * @module
 */
import type { EmulatedService, Emulator, Exchange } from '../../src/local/index.js';
import {
  loadModel,
  validateOperationError,
  validateOperationInput,
  validateOperationOutput,
  type ServiceModel,
  type ValidationOptions,
} from './model-validator.js';

/** A service whose exchanges can be checked; `migration-hub` covers Migration Hub Config (home region) too. */
export type CheckedService = 'discovery' | 'mgn' | 'migration-hub' | 'dms';

/** What a test file allows beyond the model. Nothing by default. */
export interface ExchangeCheckOptions {
  /** Check the requests too. `false` for tests that send malformed requests on purpose. @default true */
  readonly checkInput?: boolean;
  /** Errors whose request is not checked: the emulator refused it as invalid, as the tests provoke on purpose. */
  readonly inputUncheckedOn?: readonly string[];
  /**
   * Errors the service really sends that its model lists for no operation. Their body must be the plain
   * `{ __type, message }` the SDK reads.
   */
  readonly unmodelledErrors?: ReadonlySet<string>;
}

/** The live result of {@link checkExchangesAgainstModel}. */
export interface ExchangeCheck {
  /** The problems found so far, each prefixed with the exchange; a test asserts it is empty (`splice(0)` it between tests). */
  readonly problems: string[];
  /** Every exchange of the service, in order. */
  readonly exchanges: Exchange[];
  /** Stops listening. */
  stop(): void;
}

interface Wire {
  readonly models: Partial<Record<EmulatedService, ServiceModel>>;
  readonly options?: ValidationOptions;
}

const wires = new Map<CheckedService, Wire>();

function wireOf(service: CheckedService): Wire {
  let wire = wires.get(service);
  if (wire === undefined) {
    wire =
      service === 'migration-hub'
        ? { models: { 'migration-hub': loadModel('mgh'), 'migrationhub-config': loadModel('migrationhub-config') } }
        : service === 'mgn'
          ? { models: { mgn: loadModel('mgn') }, options: { timestampFormat: 'iso8601' } }
          : { models: { [service]: loadModel(service) } };
    wires.set(service, wire);
  }
  return wire;
}

/**
 * The model problems of one exchange of `service` (none for another service's exchange): the request (unless the
 * options allow it), then the answer. A dropped connection answered nothing; a dropped answer is still checked.
 */
export function exchangeProblems(x: Exchange, service: CheckedService, options: ExchangeCheckOptions = {}): string[] {
  const wire = wireOf(service);
  const model = wire.models[x.service];
  if (model === undefined) return [];
  const where = `${x.operation} ${x.status}${x.errorType ? ` ${x.errorType}` : ''}`;
  const problems: string[] = [];
  const checkInput = options.checkInput !== false && !(x.errorType !== undefined && options.inputUncheckedOn?.includes(x.errorType));
  if (checkInput) problems.push(...validateOperationInput(model, x.operation, x.input, wire.options).map((p) => `${where} request ${p}`));
  if (x.fault === 'drop') return problems;
  if (x.errorType === undefined) {
    const expected = Object.hasOwn(model.operations, x.operation) ? (model.operations[x.operation]?.http.responseCode ?? 200) : 200;
    if (x.status !== expected && x.fault !== 'drop-response') problems.push(`${where}: a success with HTTP ${x.status}, the model says ${expected}`);
    problems.push(...validateOperationOutput(model, x.operation, x.output, wire.options).map((p) => `${where} response ${p}`));
    return problems;
  }
  if (x.status < 400) problems.push(`${where}: an error with HTTP ${x.status}`);
  if (options.unmodelledErrors?.has(x.errorType)) {
    const body = (x.output ?? {}) as Record<string, unknown>;
    const keys = Object.keys(body).sort().join(',');
    if (keys !== '__type,message' || body['__type'] !== x.errorType || typeof body['message'] !== 'string') {
      problems.push(`${where} error body ${JSON.stringify(body)} is not { __type, message }`);
    }
  } else {
    problems.push(...validateOperationError(model, x.operation, x.errorType, x.output, wire.options).map((p) => `${where} error ${p}`));
  }
  return problems;
}

/**
 * Subscribes to `emu` and checks every exchange of `service` against its model (see {@link exchangeProblems}).
 * @example
 * const wire = checkExchangesAgainstModel(emu, 'dms', { unmodelledErrors });
 * afterEach(() => expect(wire.problems.splice(0)).toEqual([]));
 */
export function checkExchangesAgainstModel(emu: Emulator, service: CheckedService, options: ExchangeCheckOptions = {}): ExchangeCheck {
  const problems: string[] = [];
  const exchanges: Exchange[] = [];
  const models = wireOf(service).models;
  const stop = emu.onExchange((x) => {
    if (models[x.service] === undefined) return;
    exchanges.push(x);
    problems.push(...exchangeProblems(x, service, options));
  });
  return { problems, exchanges, stop };
}
