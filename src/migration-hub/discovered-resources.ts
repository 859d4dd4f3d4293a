import type { ListOptions, Paginated } from '../core/index.js';
import { AssociationList } from './association-list.js';
import type { ApplyOptions, DryRunOptions, DryRunResult, MutationOptions } from './dry-run.js';
import type { HubContext } from './hub-context.js';
import type { DiscoveredResource } from './migration-task-options.js';
import { checkConfigurationId } from './validate.js';
import { DISCOVERED_RESOURCE } from './input-schemas.js';

/** The discovered resources a migration task migrates (AssociateDiscoveredResource and friends), as `task.discoveredResources`. */
export class DiscoveredResources {
  readonly #associations: AssociationList<DiscoveredResource, 'AssociateDiscoveredResource', 'DisassociateDiscoveredResource', 'ListDiscoveredResources'>;

  /** @internal Reached through `MigrationTask.discoveredResources`. */
  constructor(ctx: HubContext, stream: string, task: string) {
    this.#associations = new AssociationList(ctx, stream, task, {
      associate: 'AssociateDiscoveredResource',
      associateInput: (resource) => {
        const { configurationId, description } = DISCOVERED_RESOURCE.parse(resource, 'resource');
        return { DiscoveredResource: { ConfigurationId: configurationId, ...(description !== undefined ? { Description: description } : {}) } };
      },
      disassociate: 'DisassociateDiscoveredResource',
      disassociateInput: (configurationId) => ({ ConfigurationId: checkConfigurationId('configurationId', configurationId) }),
      list: 'ListDiscoveredResources',
      itemsOf: (page) =>
        (page.DiscoveredResourceList ?? []).map((r) => ({
          configurationId: r.ConfigurationId ?? '',
          ...(r.Description !== undefined ? { description: r.Description } : {}),
        })),
    });
  }

  /** Dry run: asks whether the resource could be associated. */
  associate(resource: DiscoveredResource, options: DryRunOptions): Promise<DryRunResult>;
  /** Links the task to a resource in the Application Discovery Service repository. */
  associate(resource: DiscoveredResource, options?: ApplyOptions): Promise<void>;
  /** Links the resource, or dry-runs it when `options.dryRun` is true. */
  associate(resource: DiscoveredResource, options?: MutationOptions): Promise<void | DryRunResult>;
  associate(resource: DiscoveredResource, options: MutationOptions = {}): Promise<void | DryRunResult> {
    return this.#associations.associate(resource, options);
  }

  /** Dry run: asks whether the resource could be disassociated. */
  disassociate(configurationId: string, options: DryRunOptions): Promise<DryRunResult>;
  /** Removes the link to the discovered resource `configurationId`. */
  disassociate(configurationId: string, options?: ApplyOptions): Promise<void>;
  /** Removes the link, or dry-runs it when `options.dryRun` is true. */
  disassociate(configurationId: string, options?: MutationOptions): Promise<void | DryRunResult>;
  disassociate(configurationId: string, options: MutationOptions = {}): Promise<void | DryRunResult> {
    return this.#associations.disassociate(configurationId, options);
  }

  /** The linked discovered resources (ListDiscoveredResources, at most 10 per page). */
  list(options: ListOptions = {}): Paginated<DiscoveredResource> {
    return this.#associations.list(options);
  }
}
