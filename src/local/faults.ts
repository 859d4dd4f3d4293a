import { EmulatorOptionError } from './emulator-error.js';
import { finiteIn, integerIn, oneOf, onlyKeys, plainObject } from './option-check.js';
import type { OperationCatalog } from './operation-catalog.js';
import type { EmulatedService } from './service.js';

/**
 * The kinds of fault the emulator can inject. `drop` closes the connection before the request is handled;
 * `drop-response` handles it (a start really starts) and then closes the connection instead of answering, which is
 * how a retried start's idempotency is tested.
 */
export type FaultKind = 'throttle' | 'server-error' | 'access-denied' | 'drop' | 'drop-response' | 'latency';

/** Every {@link FaultKind}. */
export const FAULT_KINDS: readonly FaultKind[] = ['throttle', 'server-error', 'access-denied', 'drop', 'drop-response', 'latency'];

/** The probabilities of {@link FaultRates}. */
const RATE_KEYS = ['throttle', 'serverError', 'drop', 'latency'] as const;

/** The longest latency a rule may add (what `setTimeout` can wait). */
const MAX_LATENCY_MS = 2_147_483_647;

/** A scripted fault: the next `count` matching requests get it. */
export interface FaultRule {
  /** What happens. */
  readonly kind: FaultKind;
  /** Only requests to this service. @default any */
  readonly service?: EmulatedService;
  /** Only this operation. @default any */
  readonly operation?: string;
  /** How many matching requests it applies to. @default 1 */
  readonly count?: number;
  /** For `latency`: the delay added before answering. @default 200 */
  readonly latencyMs?: number;
}

/** Faults applied at random, at repeatable rates (seeded). */
export interface FaultRates {
  /** Probability of a throttling error per request. @default 0 */
  readonly throttle?: number;
  /** Probability of a 5xx. @default 0 */
  readonly serverError?: number;
  /** Probability of a dropped connection. @default 0 */
  readonly drop?: number;
  /** Probability of added latency. @default 0 */
  readonly latency?: number;
  /** Added latency range for `latency`, in ms. @default [50, 250] */
  readonly latencyMs?: readonly [number, number];
  /** Only requests to these operations are subject to the rates. @default all */
  readonly operations?: readonly string[];
}

/** What the fault injector decided for one request. @internal */
export interface FaultDecision {
  /** The error or drop, if any. */
  readonly kind?: Exclude<FaultKind, 'latency'>;
  /** Latency to add first. */
  readonly latencyMs: number;
}

/**
 * Scripted and random fault injection. Rules and rates are checked before they apply: a misspelt kind, an unknown
 * service or operation (exact case), an out-of-range number or a rule that could never fire throws
 * {@link EmulatorOptionError} naming the field.
 */
export class FaultInjector {
  readonly #rules: { rule: FaultRule; left: number }[] = [];
  #rates: FaultRates;
  readonly #random: () => number;
  readonly #catalog: OperationCatalog;

  /** @internal */
  constructor(random: () => number, catalog: OperationCatalog, rates: FaultRates = {}) {
    this.#random = random;
    this.#catalog = catalog;
    this.#rates = this.#checkRates(rates, 'faults');
  }

  /** Scripts a fault for the next `count` matching requests (rules apply in the order injected). */
  inject(rule: FaultRule): void {
    const checked = this.#checkRule(rule);
    this.#rules.push({ rule: checked, left: checked.count ?? 1 });
  }

  /** Replaces the random fault rates (`{}` turns them off). */
  setRates(rates: FaultRates): void {
    this.#rates = this.#checkRates(rates, 'rates');
  }

  /** Removes every scripted rule and rate. */
  clear(): void {
    this.#rules.length = 0;
    this.#rates = {};
  }

  #checkRule(value: FaultRule): FaultRule {
    const rule = plainObject(value, 'rule');
    onlyKeys(rule, ['kind', 'service', 'operation', 'count', 'latencyMs'], 'rule');
    const kind = oneOf(rule['kind'], FAULT_KINDS, 'rule.kind');
    const service = rule['service'] === undefined ? undefined : this.#catalog.service(rule['service'], 'rule.service');
    const operation = rule['operation'] === undefined ? undefined : this.#catalog.operation(rule['operation'], 'rule.operation', service);
    const count = rule['count'] === undefined ? undefined : integerIn(rule['count'], 1, Number.MAX_SAFE_INTEGER, 'rule.count');
    if (rule['latencyMs'] !== undefined && kind !== 'latency') {
      throw new EmulatorOptionError('rule.latencyMs', `applies to kind 'latency' only, not '${kind}'`);
    }
    const latencyMs = rule['latencyMs'] === undefined ? undefined : finiteIn(rule['latencyMs'], 0, MAX_LATENCY_MS, 'rule.latencyMs');
    return {
      kind,
      ...(service === undefined ? {} : { service }),
      ...(operation === undefined ? {} : { operation }),
      ...(count === undefined ? {} : { count }),
      ...(latencyMs === undefined ? {} : { latencyMs }),
    };
  }

  #checkRates(value: FaultRates, field: string): FaultRates {
    const rates = plainObject(value, field);
    onlyKeys(rates, ['throttle', 'serverError', 'drop', 'latency', 'latencyMs', 'operations'], field);
    const checked: { -readonly [K in keyof FaultRates]: FaultRates[K] } = {};
    for (const key of RATE_KEYS) {
      if (rates[key] !== undefined) checked[key] = finiteIn(rates[key], 0, 1, `${field}.${key}`);
    }
    if (rates['latencyMs'] !== undefined) {
      if (checked.latency === undefined) throw new EmulatorOptionError(`${field}.latencyMs`, 'needs a latency rate: without one it never applies');
      const range = rates['latencyMs'];
      if (!Array.isArray(range) || range.length !== 2) throw new EmulatorOptionError(`${field}.latencyMs`, 'must be a [min, max] pair of milliseconds');
      const min = finiteIn(range[0], 0, MAX_LATENCY_MS, `${field}.latencyMs[0]`);
      const max = finiteIn(range[1], min, MAX_LATENCY_MS, `${field}.latencyMs[1]`);
      checked.latencyMs = [min, max];
    }
    if (rates['operations'] !== undefined) {
      const operations = rates['operations'];
      if (!Array.isArray(operations) || operations.length === 0) {
        throw new EmulatorOptionError(`${field}.operations`, 'must be a non-empty array of operation names: an empty list never applies');
      }
      if (!RATE_KEYS.some((key) => (checked[key] ?? 0) > 0)) {
        throw new EmulatorOptionError(`${field}.operations`, 'limits no rate: give a throttle, serverError, drop or latency rate above 0');
      }
      checked.operations = operations.map((operation, i) => this.#catalog.operation(operation, `${field}.operations[${i}]`));
    }
    return checked;
  }

  /** @internal */
  decide(service: EmulatedService, operation: string): FaultDecision {
    let latencyMs = 0;
    for (let i = 0; i < this.#rules.length; i++) {
      const entry = this.#rules[i];
      if (!entry) continue;
      const { rule } = entry;
      if ((rule.service && rule.service !== service) || (rule.operation && rule.operation !== operation)) continue;
      entry.left -= 1;
      if (entry.left <= 0) this.#rules.splice(i--, 1);
      if (rule.kind === 'latency') {
        latencyMs += rule.latencyMs ?? 200;
        continue;
      }
      return { kind: rule.kind, latencyMs };
    }
    const r = this.#rates;
    if (r.operations && !r.operations.includes(operation)) return { latencyMs };
    if (r.latency && this.#random() < r.latency) {
      const [min, max] = r.latencyMs ?? [50, 250];
      latencyMs += min + this.#random() * (max - min);
    }
    if (r.drop && this.#random() < r.drop) return { kind: 'drop', latencyMs };
    if (r.throttle && this.#random() < r.throttle) return { kind: 'throttle', latencyMs };
    if (r.serverError && this.#random() < r.serverError) return { kind: 'server-error', latencyMs };
    return { latencyMs };
  }
}
