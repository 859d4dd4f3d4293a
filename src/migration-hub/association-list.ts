import { Paginated, s, type ListOptions } from '../core/index.js';
import { ASSOCIATION_PAGE_BOUNDS } from './defaults.js';
import { isDryRun, isDryRunResult, type DryRunResult, type MutationOptions } from './dry-run.js';
import type { HubContext, HubOperation, HubOperations } from './hub-context.js';
import { HUB_LIST_OPTIONS } from './input-schemas.js';

/** The members of an operation's input besides the task key (and `DryRun`, which `mutate` adds). */
type MemberOf<K extends HubOperation> = Omit<HubOperations[K][0], 'ProgressUpdateStream' | 'MigrationTaskName' | 'DryRun'>;

/** The list operations of an association: `MaxResults` 1–10 over the task key. */
type ListOperation = 'ListCreatedArtifacts' | 'ListDiscoveredResources';

/** What one kind of association of a migration task states: its operations, item validation and mapping. @internal */
export interface AssociationSpec<Item, A extends HubOperation, D extends HubOperation, L extends ListOperation> {
  /** The associate operation. */
  readonly associate: A;
  /** Validates an item (throwing `ValidationError`) and returns its input members. */
  readonly associateInput: (item: Item) => MemberOf<A>;
  /** The disassociate operation. */
  readonly disassociate: D;
  /** Validates an item's id (throwing `ValidationError`) and returns its input members. */
  readonly disassociateInput: (id: string) => MemberOf<D>;
  /** The list operation. */
  readonly list: L;
  /** The items of one list page. */
  readonly itemsOf: (page: HubOperations[L][1]) => Item[];
}

/** Associate, disassociate and list for one kind of association, as `CreatedArtifacts` and `DiscoveredResources` share them. @internal */
export class AssociationList<Item, A extends HubOperation, D extends HubOperation, L extends ListOperation> {
  readonly #ctx: HubContext;
  readonly #key: { readonly ProgressUpdateStream: string; readonly MigrationTaskName: string };
  readonly #spec: AssociationSpec<Item, A, D, L>;

  /** @internal */
  constructor(ctx: HubContext, stream: string, task: string, spec: AssociationSpec<Item, A, D, L>) {
    this.#ctx = ctx;
    this.#key = { ProgressUpdateStream: stream, MigrationTaskName: task };
    this.#spec = spec;
  }

  /** Sends the associate operation for `item` (validated first), or dry-runs it. */
  async associate(item: Item, options: MutationOptions): Promise<void | DryRunResult> {
    const input = { ...this.#key, ...this.#spec.associateInput(item) } as HubOperations[A][0];
    const result = await this.#ctx.mutate(this.#spec.associate, input, isDryRun(options), options.signal);
    return isDryRunResult(result) ? result : undefined;
  }

  /** Sends the disassociate operation for `id` (validated first), or dry-runs it. */
  async disassociate(id: string, options: MutationOptions): Promise<void | DryRunResult> {
    const input = { ...this.#key, ...this.#spec.disassociateInput(id) } as HubOperations[D][0];
    const result = await this.#ctx.mutate(this.#spec.disassociate, input, isDryRun(options), options.signal);
    return isDryRunResult(result) ? result : undefined;
  }

  /** The associated items, page by page. */
  list(options: ListOptions): Paginated<Item> {
    s.parse(HUB_LIST_OPTIONS, options);
    return new Paginated<Item>(
      async ({ nextToken, pageSize, signal }) => {
        const input = { ...this.#key, MaxResults: pageSize, ...(nextToken ? { NextToken: nextToken } : {}) };
        const out = await this.#ctx.call(this.#spec.list, input, signal);
        return { items: this.#spec.itemsOf(out), nextToken: out.NextToken };
      },
      ASSOCIATION_PAGE_BOUNDS,
      options,
    );
  }
}
