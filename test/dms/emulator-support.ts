/** Shared set-up for the DMS end-to-end tests: model checks on every exchange and a wait clock driven by the emulator. */
import type { Clock } from '../../src/core/index.js';
import type { Emulator, Exchange } from '../../src/local/index.js';
import { loadModel, validateOperationError, validateOperationInput, validateOperationOutput } from '../support/model-validator.js';

const model = loadModel('dms');

/**
 * Errors DMS really sends that its model lists for no operation: the AWS common errors InvalidParameterValue and
 * InvalidParameterCombination, which DMS spells with an `Exception` suffix. Their body must still be the plain
 * `{ __type, message }` the SDK reads.
 */
export const UNMODELLED_DMS_ERRORS: ReadonlySet<string> = new Set(['InvalidParameterValueException', 'InvalidParameterCombinationException']);

/** Every model problem of one DMS exchange (request and response), prefixed with where it was seen. */
export function exchangeProblems(x: Exchange): string[] {
  if (x.service !== 'dms' || x.fault === 'drop') return [];
  const where = `${x.operation} (${x.status}${x.errorType ? ` ${x.errorType}` : ''})`;
  const problems = validateOperationInput(model, x.operation, x.input).map((p) => `${where} request ${p}`);
  if (x.errorType === undefined) {
    problems.push(...validateOperationOutput(model, x.operation, x.output).map((p) => `${where} response ${p}`));
  } else if (UNMODELLED_DMS_ERRORS.has(x.errorType)) {
    const body = (x.output ?? {}) as Record<string, unknown>;
    const keys = Object.keys(body).sort().join(',');
    if (keys !== '__type,message' || body['__type'] !== x.errorType || typeof body['message'] !== 'string') {
      problems.push(`${where} error body ${JSON.stringify(body)} is not { __type, message }`);
    }
  } else {
    problems.push(...validateOperationError(model, x.operation, x.errorType, x.output).map((p) => `${where} error ${p}`));
  }
  return problems;
}

/** Subscribes to the emulator and collects the model problems of every DMS exchange into the returned array. */
export function collectModelProblems(emu: Emulator): string[] {
  const problems: string[] = [];
  emu.onExchange((x) => problems.push(...exchangeProblems(x)));
  return problems;
}

/**
 * A wait clock for an emulator started with `speed: 0`: every sleep of the waiter moves emulated time on by the
 * same amount and returns at once, so a wait over minutes of emulated time runs in milliseconds.
 */
export function emulatorWaitClock(emu: Emulator): Clock {
  return {
    now: () => emu.clock.now(),
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      emu.clock.advance(ms);
    },
  };
}
