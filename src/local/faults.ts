import type { EmulatedService } from './service.js';

/**
 * The kinds of fault the emulator can inject. `drop` closes the connection before the request is handled;
 * `drop-response` handles it (a start really starts) and then closes the connection instead of answering, which is
 * how a retried start's idempotency is tested.
 */
export type FaultKind = 'throttle' | 'server-error' | 'access-denied' | 'drop' | 'drop-response' | 'latency';

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

/** Scripted and random fault injection. */
export class FaultInjector {
  readonly #rules: { rule: FaultRule; left: number }[] = [];
  #rates: FaultRates;
  readonly #random: () => number;

  /** @internal */
  constructor(random: () => number, rates: FaultRates = {}) {
    this.#random = random;
    this.#rates = rates;
  }

  /** Scripts a fault for the next `count` matching requests (rules apply in the order injected). */
  inject(rule: FaultRule): void {
    const left = rule.count ?? 1;
    if (!(Number.isInteger(left) && left >= 1)) throw new RangeError(`count must be a positive integer, got ${left}`);
    this.#rules.push({ rule, left });
  }

  /** Replaces the random fault rates (`{}` turns them off). */
  setRates(rates: FaultRates): void {
    this.#rates = rates;
  }

  /** Removes every scripted rule and rate. */
  clear(): void {
    this.#rules.length = 0;
    this.#rates = {};
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
