import type { DmsStore } from './dms-store.js';
import { dmsFault, filtersOf, invalidCombination, matches, optionalString, pageOf } from './request.js';
import { individualWires, runWire, taskWire } from './wire.js';

/**
 * DMS answers a `Describe*` whose filters match nothing with `ResourceNotFoundFault` (its `ReplicationTaskDeleted`
 * waiter relies on it); without filters an empty account gives an empty list.
 */
function requireMatches(filtered: boolean, count: number, what: string): void {
  if (filtered && count === 0) throw dmsFault('ResourceNotFoundFault', `No ${what} found matching provided filters`);
}

/** DescribeReplicationTaskAssessmentRuns. @internal */
export function describeRuns(store: DmsStore, input: Record<string, unknown>): unknown {
  const now = store.ctx.clock.now();
  const filters = filtersOf(input, ['replication-task-assessment-run-arn', 'replication-task-arn', 'replication-instance-arn', 'status']);
  const runs = store.liveRuns(now).filter((live) =>
    matches(filters, (name) => {
      switch (name) {
        case 'replication-task-assessment-run-arn':
          return live.run.spec.arn;
        case 'replication-task-arn':
          return live.run.spec.taskArn;
        case 'replication-instance-arn':
          return store.tasks.get(live.run.spec.taskArn)?.instanceArn;
        default:
          return live.state.status;
      }
    }),
  );
  const { page, marker } = pageOf(runs, input);
  requireMatches(filters.size > 0, runs.length, 'assessment runs');
  return { ReplicationTaskAssessmentRuns: page.map((live) => runWire(store, live, now)), ...(marker ? { Marker: marker } : {}) };
}

/** DescribeReplicationTaskIndividualAssessments. @internal */
export function describeIndividuals(store: DmsStore, input: Record<string, unknown>): unknown {
  const now = store.ctx.clock.now();
  const filters = filtersOf(input, ['replication-task-assessment-run-arn', 'replication-task-arn', 'status']);
  const items = store.liveRuns(now).flatMap((live) =>
    individualWires(live, now).filter((item) =>
      matches(filters, (name) => {
        switch (name) {
          case 'replication-task-assessment-run-arn':
            return live.run.spec.arn;
          case 'replication-task-arn':
            return live.run.spec.taskArn;
          default:
            return item['Status'] as string;
        }
      }),
    ),
  );
  const { page, marker } = pageOf(items, input);
  requireMatches(filters.size > 0, items.length, 'individual assessments');
  return { ReplicationTaskIndividualAssessments: page, ...(marker ? { Marker: marker } : {}) };
}

/** DescribeApplicableIndividualAssessments: by task, by a modelled task configuration (all four parts), or all. @internal */
export function describeApplicable(store: DmsStore, input: Record<string, unknown>): unknown {
  const taskArn = optionalString(input, 'ReplicationTaskArn');
  const configArn = optionalString(input, 'ReplicationConfigArn');
  const modelling = ['ReplicationInstanceArn', 'SourceEngineName', 'TargetEngineName', 'MigrationType'].filter((k) => optionalString(input, k) !== undefined);
  let names = store.applicable;
  if (taskArn !== undefined) {
    const task = store.tasks.get(taskArn);
    if (!task) throw dmsFault('ResourceNotFoundFault', `Replication Task ${taskArn} not found`);
    names = task.applicable;
  } else if (configArn !== undefined) {
    throw dmsFault('ResourceNotFoundFault', `Replication config ${configArn} not found`);
  } else if (modelling.length > 0 && modelling.length < 4) {
    throw invalidCombination('ReplicationInstanceArn, SourceEngineName, TargetEngineName and MigrationType must be specified together');
  }
  const { page, marker } = pageOf(names, input);
  return { IndividualAssessmentNames: page, ...(marker ? { Marker: marker } : {}) };
}

/** DescribeReplicationTasks. @internal */
export function describeTasks(store: DmsStore, input: Record<string, unknown>): unknown {
  const now = store.ctx.clock.now();
  const filters = filtersOf(input, ['replication-task-arn', 'replication-task-id', 'migration-type', 'endpoint-arn', 'replication-instance-arn']);
  const tasks = [...store.tasks.values()].filter((task) => {
    const endpointOk = !filters.has('endpoint-arn') || [task.sourceEndpointArn, task.targetEndpointArn].some((arn) => filters.get('endpoint-arn')?.has(arn));
    const rest = new Map([...filters].filter(([name]) => name !== 'endpoint-arn'));
    return (
      endpointOk &&
      matches(rest, (name) => {
        switch (name) {
          case 'replication-task-arn':
            return task.arn;
          case 'replication-task-id':
            return task.identifier;
          case 'migration-type':
            return task.migrationType;
          default:
            return task.instanceArn;
        }
      })
    );
  });
  const { page, marker } = pageOf(tasks, input);
  requireMatches(filters.size > 0, tasks.length, 'tasks');
  const withSettings = input['WithoutSettings'] !== true;
  return { ReplicationTasks: page.map((task) => taskWire(store, task, now, withSettings)), ...(marker ? { Marker: marker } : {}) };
}
