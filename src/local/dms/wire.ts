import { epochSeconds } from '../service.js';
import type { DmsStore, EmulatedTask, LiveRun } from './dms-store.js';

/** Wire form of `ReplicationTaskAssessmentRun` (timestamps in epoch seconds). @internal */
export function runWire(store: DmsStore, { run, state }: LiveRun, now: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ReplicationTaskAssessmentRunArn: run.spec.arn,
    ReplicationTaskArn: run.spec.taskArn,
    Status: state.status,
    ReplicationTaskAssessmentRunCreationDate: epochSeconds(run.createdAt),
    AssessmentProgress: { IndividualAssessmentCount: run.spec.assessments.length, IndividualAssessmentCompletedCount: state.completed },
    AssessmentRunName: run.spec.name,
    IsLatestTaskAssessmentRun: store.latestRunArn(run.spec.taskArn, now) === run.spec.arn,
    ...run.spec.echo,
  };
  if (state.failureMessage !== undefined) out['LastFailureMessage'] = state.failureMessage;
  if (state.finished) {
    const count = (status: string): number => state.individuals.filter((s) => s === status).length;
    out['ResultStatistic'] = {
      Passed: count('passed'),
      Failed: count('failed'),
      Error: count('error'),
      Warning: count('warning'),
      Cancelled: count('cancelled'),
      Skipped: count('skipped'),
    };
  }
  return out;
}

/** Wire form of each `ReplicationTaskIndividualAssessment` of a run. @internal */
export function individualWires({ run, state }: LiveRun, now: number): Record<string, unknown>[] {
  return run.spec.assessments.map((assessment, i) => {
    const startedAt = run.startedAt(i, now);
    return {
      ReplicationTaskIndividualAssessmentArn: assessment.arn,
      ReplicationTaskAssessmentRunArn: run.spec.arn,
      IndividualAssessmentName: assessment.name,
      Status: state.individuals[i] ?? 'pending',
      ...(startedAt === undefined ? {} : { ReplicationTaskIndividualAssessmentStartDate: epochSeconds(startedAt) }),
    };
  });
}

/** Wire form of `ReplicationTask`. @internal */
export function taskWire(store: DmsStore, task: EmulatedTask, now: number, withSettings: boolean): Record<string, unknown> {
  return {
    ReplicationTaskIdentifier: task.identifier,
    SourceEndpointArn: task.sourceEndpointArn,
    TargetEndpointArn: task.targetEndpointArn,
    ReplicationInstanceArn: task.instanceArn,
    MigrationType: task.migrationType,
    TableMappings: JSON.stringify({ rules: [{ 'rule-type': 'selection', 'rule-id': '1', 'rule-name': '1', 'object-locator': { 'schema-name': '%', 'table-name': '%' }, 'rule-action': 'include' }] }),
    ...(withSettings ? { ReplicationTaskSettings: JSON.stringify({ TargetMetadata: { SupportLobs: true, LimitedSizeLobMode: true, LobMaxSize: 32 } }) } : {}),
    Status: store.taskStatus(task.arn, now),
    ReplicationTaskCreationDate: epochSeconds(task.createdAt),
    ReplicationTaskArn: task.arn,
  };
}
