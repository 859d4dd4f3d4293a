import type { Emulator, Exchange } from '../../src/local/index.js';
import { loadModel, validateOperationError, validateOperationInput, validateOperationOutput } from '../support/model-validator.js';

const models = { 'migration-hub': loadModel('mgh'), 'migrationhub-config': loadModel('migrationhub-config') } as const;

/**
 * Checks every Migration Hub and Migration Hub Config exchange of `emu` against the models: outputs, errors (name
 * and body), and inputs (except those the emulator refused as invalid, which tests send on purpose). Returns the
 * live list of problems; tests assert it is empty (and `splice(0)` it between tests).
 */
export function checkWireAgainstModels(emu: Emulator): string[] {
  const problems: string[] = [];
  emu.onExchange((x: Exchange) => {
    if (x.service !== 'migration-hub' && x.service !== 'migrationhub-config') return;
    if (x.fault === 'drop') return;
    const model = models[x.service];
    const found = x.errorType ? validateOperationError(model, x.operation, x.errorType, x.output) : validateOperationOutput(model, x.operation, x.output);
    if (x.errorType !== 'InvalidInputException') found.push(...validateOperationInput(model, x.operation, x.input));
    problems.push(...found.map((p) => `${x.operation}${x.errorType ? ` (${x.errorType})` : ''}: ${p}`));
  });
  return problems;
}
