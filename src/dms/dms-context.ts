import type {
  CancelReplicationTaskAssessmentRunCommandInput,
  CancelReplicationTaskAssessmentRunCommandOutput,
  DatabaseMigrationServiceClient,
  DeleteReplicationTaskAssessmentRunCommandInput,
  DeleteReplicationTaskAssessmentRunCommandOutput,
  DescribeApplicableIndividualAssessmentsCommandInput,
  DescribeApplicableIndividualAssessmentsCommandOutput,
  DescribeReplicationTaskAssessmentRunsCommandInput,
  DescribeReplicationTaskAssessmentRunsCommandOutput,
  DescribeReplicationTaskIndividualAssessmentsCommandInput,
  DescribeReplicationTaskIndividualAssessmentsCommandOutput,
  DescribeReplicationTasksCommandInput,
  DescribeReplicationTasksCommandOutput,
  ReplicationTaskAssessmentRun,
  StartReplicationTaskAssessmentRunCommandInput,
  StartReplicationTaskAssessmentRunCommandOutput,
} from '@aws-sdk/client-database-migration-service';
import { BatchLookup, throwIfCancelled, type RequestEngine } from '../core/index.js';
import type { ObjectStore } from '../storage/index.js';
import { ASSESSMENT_RUN_ARN_BATCH, DMS_PAGE_BOUNDS } from './defaults.js';
import { loadDmsSdk } from './sdk.js';

/** The DMS operations this library calls, with their SDK input and output types. @internal */
export interface DmsOperations {
  /** Starts a premigration assessment run. */
  StartReplicationTaskAssessmentRun: [StartReplicationTaskAssessmentRunCommandInput, StartReplicationTaskAssessmentRunCommandOutput];
  /** Cancels one. */
  CancelReplicationTaskAssessmentRun: [CancelReplicationTaskAssessmentRunCommandInput, CancelReplicationTaskAssessmentRunCommandOutput];
  /** Deletes one. */
  DeleteReplicationTaskAssessmentRun: [DeleteReplicationTaskAssessmentRunCommandInput, DeleteReplicationTaskAssessmentRunCommandOutput];
  /** Lists runs by filter. */
  DescribeReplicationTaskAssessmentRuns: [DescribeReplicationTaskAssessmentRunsCommandInput, DescribeReplicationTaskAssessmentRunsCommandOutput];
  /** Lists the individual assessments of runs. */
  DescribeReplicationTaskIndividualAssessments: [
    DescribeReplicationTaskIndividualAssessmentsCommandInput,
    DescribeReplicationTaskIndividualAssessmentsCommandOutput,
  ];
  /** Lists the assessments a task can run. */
  DescribeApplicableIndividualAssessments: [DescribeApplicableIndividualAssessmentsCommandInput, DescribeApplicableIndividualAssessmentsCommandOutput];
  /** Describes replication tasks. */
  DescribeReplicationTasks: [DescribeReplicationTasksCommandInput, DescribeReplicationTasksCommandOutput];
}

/** One of {@link DmsOperations}. @internal */
export type DmsOperation = keyof DmsOperations;

/** What every DMS handle shares: one way to send a request. @internal */
export interface DmsContext {
  /** Sends `operation`, aborting with `signal`; errors pass through `translateServiceError`. */
  send<K extends DmsOperation>(operation: K, input: DmsOperations[K][0], signal?: AbortSignal): Promise<DmsOperations[K][1]>;
  /**
   * Assessment run lookups by ARN: the lookups of one turn go out as one DescribeReplicationTaskAssessmentRuns per
   * 100 ARNs (one `replication-task-assessment-run-arn` filter with all of them). A run DMS does not return resolves
   * to undefined; when it returns none of the batch it answers `ResourceNotFoundFault`, and every caller of the batch
   * rejects with it.
   */
  readonly assessmentRuns: BatchLookup<ReplicationTaskAssessmentRun>;
  /** The request engine every request goes through. */
  readonly engine: RequestEngine;
  /** S3, for the objects a run writes to its result location (same engine). */
  readonly storage: ObjectStore;
}

type CommandClass = new (input: object) => Parameters<DatabaseMigrationServiceClient['send']>[0];

/**
 * A {@link DmsContext} over a client that is created (or taken from the caller) on first use. The SDK package is
 * loaded then, with a dynamic `import()`. @internal
 */
export function dmsContext(client: () => Promise<DatabaseMigrationServiceClient>, engine: RequestEngine, storage: ObjectStore): DmsContext {
  const ctx: DmsContext = {
    engine,
    storage,
    assessmentRuns: new BatchLookup(async (arns, signal) => {
      const found = new Map<string, ReplicationTaskAssessmentRun>();
      let marker: string | undefined;
      do {
        const out = await ctx.send(
          'DescribeReplicationTaskAssessmentRuns',
          { Filters: [{ Name: 'replication-task-assessment-run-arn', Values: arns }], MaxRecords: DMS_PAGE_BOUNDS.max, ...(marker ? { Marker: marker } : {}) },
          signal,
        );
        for (const run of out.ReplicationTaskAssessmentRuns ?? []) if (run.ReplicationTaskAssessmentRunArn) found.set(run.ReplicationTaskAssessmentRunArn, run);
        marker = out.Marker || undefined;
      } while (marker !== undefined);
      return found;
    }, ASSESSMENT_RUN_ARN_BATCH),
    send(operation, input, signal) {
      const call = async (abortSignal: AbortSignal): Promise<unknown> => {
        const [sdk, dms] = await Promise.all([loadDmsSdk(), client()]);
        throwIfCancelled(abortSignal);
        const Command = sdk[`${operation}Command`] as unknown as CommandClass;
        return dms.send(new Command(input), { abortSignal });
      };
      // The command class matches `operation`, so the output is that operation's.
      return engine.send('dms', operation, call, signal) as never;
    },
  };
  return ctx;
}
