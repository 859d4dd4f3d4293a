import { ValidationError, checkList } from '../core/index.js';
import { LIMITS } from './defaults.js';
import { checkDryRun, isDryRunResult, type DryRunResult, type MutationOptions } from './dry-run.js';
import type { HubContext } from './hub-context.js';
import type { ResourceAttribute } from './migration-task-options.js';
import { checkAttributeType, checkAttributeValue, checkKnownKeys } from './validate.js';

/** Validates and sends PutResourceAttributes for one task. @internal */
export async function putResourceAttributes(
  ctx: HubContext,
  key: { ProgressUpdateStream: string; MigrationTaskName: string },
  attributes: readonly ResourceAttribute[],
  options: MutationOptions,
): Promise<void | DryRunResult> {
  if (!Array.isArray(attributes)) throw new ValidationError('attributes', 'must be an array of { type, value }');
  const list = checkList('attributes', attributes, LIMITS.resourceAttributes).map((attribute, i) => {
    checkKnownKeys(`attributes[${i}]`, attribute, ['type', 'value']);
    return {
      Type: checkAttributeType(`attributes[${i}].type`, attribute.type),
      Value: checkAttributeValue(`attributes[${i}].value`, attribute.value),
    };
  });
  const result = await ctx.mutate('PutResourceAttributes', { ...key, ResourceAttributeList: list }, checkDryRun(options.dryRun), options.signal);
  return isDryRunResult(result) ? result : undefined;
}
