import { EmulatorOptionError } from './emulator-error.js';
import { oneOf, suggestion } from './option-check.js';
import type { EmulatedService, ServiceModule } from './service.js';

/** Every service the emulator speaks, in a stable order. */
export const EMULATED_SERVICES: readonly EmulatedService[] = ['discovery', 'mgn', 'migration-hub', 'migrationhub-config', 'dms', 's3'];

/**
 * The operations each emulated service serves, by exact name: what routing, fault rules and rate limits check
 * operation names against. An own-property lookup, so `constructor` or `__proto__` are no operation of any service.
 * @internal
 */
export class OperationCatalog {
  readonly #serviceOf = new Map<string, EmulatedService>();

  /** @param modules - the emulator's service modules. @param more - operations served outside them (S3's wire). */
  constructor(modules: readonly Pick<ServiceModule, 'service' | 'operations'>[], more: Partial<Record<EmulatedService, readonly string[]>> = {}) {
    const all = [...modules, ...Object.entries(more).map(([service, operations]) => ({ service: service as EmulatedService, operations: operations ?? [] }))];
    for (const { service, operations } of all) {
      for (const operation of operations) {
        const other = this.#serviceOf.get(operation);
        if (other !== undefined && other !== service) throw new Error(`${operation} is served by both ${other} and ${service}`);
        this.#serviceOf.set(operation, service);
      }
    }
  }

  /** The service that serves `operation`, or undefined. */
  serviceOf(operation: string): EmulatedService | undefined {
    return this.#serviceOf.get(operation);
  }

  /** Every operation, or those of one service, in declaration order. */
  operations(service?: EmulatedService): string[] {
    return [...this.#serviceOf].filter(([, s]) => service === undefined || s === service).map(([operation]) => operation);
  }

  /** `value` as a service name, or an {@link EmulatorOptionError} naming `field` (with a suggestion: `hub` → `migration-hub`). */
  service(value: unknown, field: string): EmulatedService {
    const known = EMULATED_SERVICES.filter((s) => this.operations(s).length > 0);
    if (value === 'hub') throw new EmulatorOptionError(field, `must be one of ${known.map((s) => `'${s}'`).join(', ')}, got 'hub'; did you mean 'migration-hub'?`);
    return oneOf(value, known, field);
  }

  /** `value` as an operation name (of `service` when given), or an {@link EmulatorOptionError} naming `field`. */
  operation(value: unknown, field: string, service?: EmulatedService): string {
    if (typeof value !== 'string') throw new EmulatorOptionError(field, `must be an operation name, got ${typeof value}`);
    const owner = this.#serviceOf.get(value);
    if (owner === undefined) throw new EmulatorOptionError(field, `'${value}' is not an operation of any emulated service${suggestion(value, this.operations())}`);
    if (service !== undefined && owner !== service) {
      throw new EmulatorOptionError(field, `'${value}' is an operation of ${owner}, not ${service}: the rule could never match`);
    }
    return value;
  }
}
