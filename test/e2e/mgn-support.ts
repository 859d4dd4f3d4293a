import type { Clock } from '../../src/core/index.js';
import type { Emulator, Exchange } from '../../src/local/index.js';
import { loadModel, validateOperationError, validateOperationInput, validateOperationOutput } from '../support/model-validator.js';

const model = loadModel('mgn');
const ISO = { timestampFormat: 'iso8601' } as const;

/**
 * Checks one MGN exchange against the model: the answer (success, error, or a handled-then-dropped one) and, unless
 * `checkInput` is false (raw tests that send bad requests on purpose), the request.
 */
export function exchangeProblems(exchange: Exchange, { checkInput = true }: { checkInput?: boolean } = {}): string[] {
  if (exchange.service !== 'mgn') return [];
  const where = (p: string): string => `${exchange.operation} ${exchange.status}${exchange.errorType ? ` ${exchange.errorType}` : ''}: ${p}`;
  const problems = checkInput ? validateOperationInput(model, exchange.operation, exchange.input, ISO) : [];
  if (exchange.errorType !== undefined) {
    problems.push(...validateOperationError(model, exchange.operation, exchange.errorType, exchange.output, ISO));
  } else if (exchange.status === 200 || exchange.fault === 'drop-response') {
    problems.push(...validateOperationOutput(model, exchange.operation, exchange.output, ISO));
  } else if (exchange.fault !== 'drop') {
    problems.push(`unexpected status ${exchange.status} without an error type`);
  }
  return problems.map(where);
}

/** A core Clock on the emulator's time: sleeping advances emulated time at once, so waits never sleep for real. */
export function emulatorClock(emu: Emulator): Clock {
  return {
    now: () => emu.clock.now(),
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      emu.clock.advance(ms);
      await new Promise((resolve) => setImmediate(resolve));
      if (signal?.aborted) throw signal.reason;
    },
  };
}

/** A SigV4-shaped Authorization header for raw requests (the emulator checks its shape, not the signature). */
export const MGN_AUTH = 'AWS4-HMAC-SHA256 Credential=AKIAEMULATOR00000000/20260101/us-west-2/mgn/aws4_request, SignedHeaders=host, Signature=abc';

/** An MGN import template CSV from rows of cells keyed by column. */
export function csv(rows: readonly Readonly<Record<string, string>>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const quote = (v: string): string => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [columns.join(','), ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(','))].join('\n') + '\n';
}
