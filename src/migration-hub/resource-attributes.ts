import { isDryRun, isDryRunResult, type DryRunResult, type MutationOptions } from './dry-run.js';
import type { HubContext } from './hub-context.js';
import type { ResourceAttribute } from './migration-task-options.js';
import { RESOURCE_ATTRIBUTES } from './input-schemas.js';

/** Validates and sends PutResourceAttributes for one task. @internal */
export async function putResourceAttributes(
  ctx: HubContext,
  key: { ProgressUpdateStream: string; MigrationTaskName: string },
  attributes: readonly ResourceAttribute[],
  options: MutationOptions,
): Promise<void | DryRunResult> {
  const list = RESOURCE_ATTRIBUTES.parse(attributes, 'attributes').map(({ type, value }) => ({ Type: type, Value: value }));
  const result = await ctx.mutate('PutResourceAttributes', { ...key, ResourceAttributeList: list }, isDryRun(options), options.signal);
  return isDryRunResult(result) ? result : undefined;
}
