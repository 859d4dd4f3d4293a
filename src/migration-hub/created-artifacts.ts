import type { ListOptions, Paginated } from '../core/index.js';
import { AssociationList } from './association-list.js';
import type { ApplyOptions, DryRunOptions, DryRunResult, MutationOptions } from './dry-run.js';
import type { HubContext } from './hub-context.js';
import type { CreatedArtifact } from './migration-task-options.js';
import { checkArtifactName } from './validate.js';
import { CREATED_ARTIFACT } from './input-schemas.js';

/** The AWS resources a migration task created (AssociateCreatedArtifact and friends), reached as `task.createdArtifacts`. */
export class CreatedArtifacts {
  readonly #associations: AssociationList<CreatedArtifact, 'AssociateCreatedArtifact', 'DisassociateCreatedArtifact', 'ListCreatedArtifacts'>;

  /** @internal Reached through `MigrationTask.createdArtifacts`. */
  constructor(ctx: HubContext, stream: string, task: string) {
    this.#associations = new AssociationList(ctx, stream, task, {
      associate: 'AssociateCreatedArtifact',
      associateInput: (artifact) => {
        const { name, description } = CREATED_ARTIFACT.parse(artifact, 'artifact');
        return { CreatedArtifact: { Name: name, ...(description !== undefined ? { Description: description } : {}) } };
      },
      disassociate: 'DisassociateCreatedArtifact',
      disassociateInput: (name) => ({ CreatedArtifactName: checkArtifactName('name', name) }),
      list: 'ListCreatedArtifacts',
      itemsOf: (page) =>
        (page.CreatedArtifactList ?? []).map((a) => ({ name: a.Name ?? '', ...(a.Description !== undefined ? { description: a.Description } : {}) })),
    });
  }

  /** Dry run: asks whether the artifact could be associated. */
  associate(artifact: CreatedArtifact, options: DryRunOptions): Promise<DryRunResult>;
  /** Records that the migration created `artifact` (an ARN, e.g. the migrated EC2 instance). */
  associate(artifact: CreatedArtifact, options?: ApplyOptions): Promise<void>;
  /** Records the artifact, or dry-runs it when `options.dryRun` is true. */
  associate(artifact: CreatedArtifact, options?: MutationOptions): Promise<void | DryRunResult>;
  associate(artifact: CreatedArtifact, options: MutationOptions = {}): Promise<void | DryRunResult> {
    return this.#associations.associate(artifact, options);
  }

  /** Dry run: asks whether the artifact could be disassociated. */
  disassociate(name: string, options: DryRunOptions): Promise<DryRunResult>;
  /** Removes the association with the artifact whose ARN is `name`. */
  disassociate(name: string, options?: ApplyOptions): Promise<void>;
  /** Removes the association, or dry-runs it when `options.dryRun` is true. */
  disassociate(name: string, options?: MutationOptions): Promise<void | DryRunResult>;
  disassociate(name: string, options: MutationOptions = {}): Promise<void | DryRunResult> {
    return this.#associations.disassociate(name, options);
  }

  /** The associated artifacts (ListCreatedArtifacts, at most 10 per page). */
  list(options: ListOptions = {}): Paginated<CreatedArtifact> {
    return this.#associations.list(options);
  }
}
