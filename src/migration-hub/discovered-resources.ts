import { Paginated, type ListOptions } from '../core/index.js';
import { ASSOCIATION_PAGE_BOUNDS } from './defaults.js';
import { checkDryRun, isDryRunResult, type ApplyOptions, type DryRunOptions, type DryRunResult, type MutationOptions } from './dry-run.js';
import type { HubContext } from './hub-context.js';
import type { DiscoveredResource } from './migration-task-options.js';
import { checkConfigurationId, checkDescription, checkKnownKeys } from './validate.js';

/** The discovered resources a migration task migrates (AssociateDiscoveredResource and friends), as `task.discoveredResources`. */
export class DiscoveredResources {
  readonly #ctx: HubContext;
  readonly #stream: string;
  readonly #task: string;

  /** @internal Reached through `MigrationTask.discoveredResources`. */
  constructor(ctx: HubContext, stream: string, task: string) {
    this.#ctx = ctx;
    this.#stream = stream;
    this.#task = task;
  }

  /** Dry run: asks whether the resource could be associated. */
  associate(resource: DiscoveredResource, options: DryRunOptions): Promise<DryRunResult>;
  /** Links the task to a resource in the Application Discovery Service repository. */
  associate(resource: DiscoveredResource, options?: ApplyOptions): Promise<void>;
  /** Links the resource, or dry-runs it when `options.dryRun` is true. */
  associate(resource: DiscoveredResource, options?: MutationOptions): Promise<void | DryRunResult>;
  async associate(resource: DiscoveredResource, options: MutationOptions = {}): Promise<void | DryRunResult> {
    checkKnownKeys('resource', resource, ['configurationId', 'description']);
    const configurationId = checkConfigurationId('resource.configurationId', resource.configurationId);
    const description = resource.description === undefined ? undefined : checkDescription('resource.description', resource.description);
    const result = await this.#ctx.mutate(
      'AssociateDiscoveredResource',
      {
        ProgressUpdateStream: this.#stream,
        MigrationTaskName: this.#task,
        DiscoveredResource: { ConfigurationId: configurationId, ...(description !== undefined ? { Description: description } : {}) },
      },
      checkDryRun(options.dryRun),
      options.signal,
    );
    return isDryRunResult(result) ? result : undefined;
  }

  /** Dry run: asks whether the resource could be disassociated. */
  disassociate(configurationId: string, options: DryRunOptions): Promise<DryRunResult>;
  /** Removes the link to the discovered resource `configurationId`. */
  disassociate(configurationId: string, options?: ApplyOptions): Promise<void>;
  /** Removes the link, or dry-runs it when `options.dryRun` is true. */
  disassociate(configurationId: string, options?: MutationOptions): Promise<void | DryRunResult>;
  async disassociate(configurationId: string, options: MutationOptions = {}): Promise<void | DryRunResult> {
    const id = checkConfigurationId('configurationId', configurationId);
    const result = await this.#ctx.mutate(
      'DisassociateDiscoveredResource',
      { ProgressUpdateStream: this.#stream, MigrationTaskName: this.#task, ConfigurationId: id },
      checkDryRun(options.dryRun),
      options.signal,
    );
    return isDryRunResult(result) ? result : undefined;
  }

  /** The linked discovered resources (ListDiscoveredResources, at most 10 per page). */
  list(options: ListOptions = {}): Paginated<DiscoveredResource> {
    return new Paginated<DiscoveredResource>(
      async ({ nextToken, pageSize, signal }) => {
        const out = await this.#ctx.call(
          'ListDiscoveredResources',
          { ProgressUpdateStream: this.#stream, MigrationTaskName: this.#task, MaxResults: pageSize, ...(nextToken ? { NextToken: nextToken } : {}) },
          signal,
        );
        const items = (out.DiscoveredResourceList ?? []).map((r): DiscoveredResource => ({
          configurationId: r.ConfigurationId ?? '',
          ...(r.Description !== undefined ? { description: r.Description } : {}),
        }));
        return { items, nextToken: out.NextToken };
      },
      ASSOCIATION_PAGE_BOUNDS,
      options,
    );
  }
}
