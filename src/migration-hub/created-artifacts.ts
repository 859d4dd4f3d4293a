import { Paginated, type ListOptions } from '../core/index.js';
import { ASSOCIATION_PAGE_BOUNDS } from './defaults.js';
import { checkDryRun, isDryRunResult, type ApplyOptions, type DryRunOptions, type DryRunResult, type MutationOptions } from './dry-run.js';
import type { HubContext } from './hub-context.js';
import type { CreatedArtifact } from './migration-task-options.js';
import { checkArtifactName, checkDescription, checkKnownKeys } from './validate.js';

/** The AWS resources a migration task created (AssociateCreatedArtifact and friends), reached as `task.createdArtifacts`. */
export class CreatedArtifacts {
  readonly #ctx: HubContext;
  readonly #stream: string;
  readonly #task: string;

  /** @internal Reached through `MigrationTask.createdArtifacts`. */
  constructor(ctx: HubContext, stream: string, task: string) {
    this.#ctx = ctx;
    this.#stream = stream;
    this.#task = task;
  }

  /** Dry run: asks whether the artifact could be associated. */
  associate(artifact: CreatedArtifact, options: DryRunOptions): Promise<DryRunResult>;
  /** Records that the migration created `artifact` (an ARN, e.g. the migrated EC2 instance). */
  associate(artifact: CreatedArtifact, options?: ApplyOptions): Promise<void>;
  /** Records the artifact, or dry-runs it when `options.dryRun` is true. */
  associate(artifact: CreatedArtifact, options?: MutationOptions): Promise<void | DryRunResult>;
  async associate(artifact: CreatedArtifact, options: MutationOptions = {}): Promise<void | DryRunResult> {
    checkKnownKeys('artifact', artifact, ['name', 'description']);
    const name = checkArtifactName('artifact.name', artifact.name);
    const description = artifact.description === undefined ? undefined : checkDescription('artifact.description', artifact.description);
    const result = await this.#ctx.mutate(
      'AssociateCreatedArtifact',
      {
        ProgressUpdateStream: this.#stream,
        MigrationTaskName: this.#task,
        CreatedArtifact: { Name: name, ...(description !== undefined ? { Description: description } : {}) },
      },
      checkDryRun(options.dryRun),
      options.signal,
    );
    return isDryRunResult(result) ? result : undefined;
  }

  /** Dry run: asks whether the artifact could be disassociated. */
  disassociate(name: string, options: DryRunOptions): Promise<DryRunResult>;
  /** Removes the association with the artifact whose ARN is `name`. */
  disassociate(name: string, options?: ApplyOptions): Promise<void>;
  /** Removes the association, or dry-runs it when `options.dryRun` is true. */
  disassociate(name: string, options?: MutationOptions): Promise<void | DryRunResult>;
  async disassociate(name: string, options: MutationOptions = {}): Promise<void | DryRunResult> {
    const artifactName = checkArtifactName('name', name);
    const result = await this.#ctx.mutate(
      'DisassociateCreatedArtifact',
      { ProgressUpdateStream: this.#stream, MigrationTaskName: this.#task, CreatedArtifactName: artifactName },
      checkDryRun(options.dryRun),
      options.signal,
    );
    return isDryRunResult(result) ? result : undefined;
  }

  /** The associated artifacts (ListCreatedArtifacts, at most 10 per page). */
  list(options: ListOptions = {}): Paginated<CreatedArtifact> {
    return new Paginated<CreatedArtifact>(
      async ({ nextToken, pageSize, signal }) => {
        const out = await this.#ctx.call(
          'ListCreatedArtifacts',
          { ProgressUpdateStream: this.#stream, MigrationTaskName: this.#task, MaxResults: pageSize, ...(nextToken ? { NextToken: nextToken } : {}) },
          signal,
        );
        const items = (out.CreatedArtifactList ?? []).map((a): CreatedArtifact => ({
          name: a.Name ?? '',
          ...(a.Description !== undefined ? { description: a.Description } : {}),
        }));
        return { items, nextToken: out.NextToken };
      },
      ASSOCIATION_PAGE_BOUNDS,
      options,
    );
  }
}
