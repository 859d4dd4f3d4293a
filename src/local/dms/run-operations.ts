import type { DmsStore } from './dms-store.js';
import { EmulatedRun } from './emulated-run.js';
import { dmsFault, invalidCombination, invalidParameter, optionalString, requiredString, stringList } from './request.js';
import { runWire } from './wire.js';

const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const KMS_ARN = /^arn:aws(?:-[a-z]+)*:kms:([a-z0-9-]+):\d{12}:(?:key|alias)\/[\w/-]+$/;

/** StartReplicationTaskAssessmentRun, checked in the order DMS reports problems. @internal */
export function startRun(store: DmsStore, input: Record<string, unknown>): unknown {
  const now = store.ctx.clock.now();
  const taskArn = requiredString(input, 'ReplicationTaskArn');
  const role = requiredString(input, 'ServiceAccessRoleArn');
  const bucket = requiredString(input, 'ResultLocationBucket');
  const name = requiredString(input, 'AssessmentRunName');
  const folder = optionalString(input, 'ResultLocationFolder');
  const mode = optionalString(input, 'ResultEncryptionMode');
  const kmsKey = optionalString(input, 'ResultKmsKeyArn');
  const include = stringList(input, 'IncludeOnly');
  const exclude = stringList(input, 'Exclude');

  const task = store.tasks.get(taskArn);
  if (!task) throw dmsFault('ResourceNotFoundFault', `Replication Task ${taskArn} not found`);
  if (include && exclude) throw invalidCombination('IncludeOnly and Exclude cannot be specified together');
  for (const assessment of [...(include ?? []), ...(exclude ?? [])]) {
    if (!task.applicable.includes(assessment)) throw invalidParameter(`Individual assessment ${assessment} is not applicable to replication task ${taskArn}`);
  }
  const names = include ?? task.applicable.filter((n) => !exclude?.includes(n));
  if (names.length === 0) throw invalidParameter('The assessment run would include no individual assessments');
  if (mode !== undefined && mode !== 'SSE_S3' && mode !== 'SSE_KMS') throw invalidParameter(`ResultEncryptionMode ${mode} is not valid: use SSE_S3 or SSE_KMS`);
  if (kmsKey !== undefined && mode !== 'SSE_KMS') throw invalidCombination('ResultKmsKeyArn can only be set when ResultEncryptionMode is SSE_KMS');
  if (!ROLE_ARN.test(role)) throw invalidParameter(`ServiceAccessRoleArn ${role} is not a valid IAM role ARN`);
  if (store.options.deniedRoleArns?.includes(role)) throw dmsFault('AccessDeniedFault', `DMS is not authorized to assume role ${role}`);
  if (store.options.deniedBuckets?.includes(bucket)) throw dmsFault('S3AccessDeniedFault', `Access denied to S3 bucket ${bucket} with role ${role}`);
  if (store.buckets && !store.buckets.has(bucket)) throw dmsFault('S3ResourceNotFoundFault', `S3 bucket ${bucket} does not exist`);
  if (kmsKey !== undefined) checkKmsKey(store, kmsKey);
  const live = store.liveRuns(now).filter(({ run }) => run.spec.taskArn === taskArn);
  if (live.some(({ run }) => run.spec.name === name)) {
    throw dmsFault('ResourceAlreadyExistsFault', `An assessment run named ${name} already exists for replication task ${taskArn}`);
  }
  if (live.some(({ state }) => state.active)) {
    throw dmsFault('InvalidResourceStateFault', `Replication task ${taskArn} is in state testing: an assessment run is already in progress`);
  }

  const echo: Record<string, string> = { ServiceAccessRoleArn: role, ResultLocationBucket: bucket };
  if (folder !== undefined) echo['ResultLocationFolder'] = folder;
  if (mode !== undefined) echo['ResultEncryptionMode'] = mode;
  if (kmsKey !== undefined) echo['ResultKmsKeyArn'] = kmsKey;
  const spec = {
    arn: store.arn('assessment-run', store.newId()),
    taskArn,
    name,
    assessments: names.map((n) => ({ name: n, arn: store.arn('individual-assessment', store.newId()) })),
    outcome: task.outcome,
    echo,
  };
  const run = new EmulatedRun(spec, now, store.timings);
  store.runs.push(run);
  return { ReplicationTaskAssessmentRun: runWire(store, { run, state: run.stateAt(now) }, now) };
}

function checkKmsKey(store: DmsStore, key: string): void {
  const match = KMS_ARN.exec(key);
  if (!match) throw dmsFault('KMSNotFoundFault', `KMS key ${key} was not found`);
  if (match[1] !== store.ctx.region) throw dmsFault('KMSKeyNotAccessibleFault', `KMS key ${key} is not accessible from ${store.ctx.region}`);
  const { kmsKeys, disabledKmsKeys, kmsKeyFaults } = store.options;
  if (kmsKeys && !kmsKeys.includes(key)) throw dmsFault('KMSNotFoundFault', `KMS key ${key} was not found`);
  if (disabledKmsKeys?.includes(key)) throw dmsFault('KMSDisabledFault', `KMS key ${key} is disabled`);
  const scripted = kmsKeyFaults?.[key];
  if (scripted) throw dmsFault(scripted, `KMS refused key ${key} for the assessment run results (${scripted})`);
}

/** CancelReplicationTaskAssessmentRun: only a run still in progress can be cancelled. @internal */
export function cancelRun(store: DmsStore, input: Record<string, unknown>): unknown {
  const now = store.ctx.clock.now();
  const arn = requiredString(input, 'ReplicationTaskAssessmentRunArn');
  const live = store.liveRun(arn, now);
  if (!live) throw dmsFault('ResourceNotFoundFault', `Assessment run ${arn} not found`);
  if (!live.state.active) throw dmsFault('InvalidResourceStateFault', `Assessment run ${arn} is in state ${live.state.status} and cannot be cancelled`);
  live.run.cancelledAt = now;
  return { ReplicationTaskAssessmentRun: runWire(store, { run: live.run, state: live.run.stateAt(now) }, now) };
}

/** DeleteReplicationTaskAssessmentRun: a run in progress must be cancelled first. @internal */
export function deleteRun(store: DmsStore, input: Record<string, unknown>): unknown {
  const now = store.ctx.clock.now();
  const arn = requiredString(input, 'ReplicationTaskAssessmentRunArn');
  const live = store.liveRun(arn, now);
  if (!live) throw dmsFault('ResourceNotFoundFault', `Assessment run ${arn} not found`);
  if (live.state.active || live.state.status === 'deleting') {
    throw dmsFault('InvalidResourceStateFault', `Assessment run ${arn} is in state ${live.state.status} and cannot be deleted`);
  }
  live.run.deletedAt = now;
  return { ReplicationTaskAssessmentRun: runWire(store, { run: live.run, state: live.run.stateAt(now) }, now) };
}
