import {
  CancelReplicationTaskAssessmentRunCommand,
  DeleteReplicationTaskAssessmentRunCommand,
  DescribeReplicationTaskAssessmentRunsCommand,
  DescribeReplicationTaskIndividualAssessmentsCommand,
  DescribeReplicationTasksCommand,
  StartReplicationTaskAssessmentRunCommand,
  type DatabaseMigrationServiceClient,
  type ReplicationTaskAssessmentRun,
} from '@aws-sdk/client-database-migration-service';
import { describe, expect, it } from 'vitest';
import { DmsService } from '../../src/dms/index.js';

const TASK = 'arn:aws:dms:us-west-2:111122223333:task:TASK';
const RUN = 'arn:aws:dms:us-west-2:111122223333:assessment-run:RUN';
const ROLE = 'arn:aws:iam::111122223333:role/dms';

interface Call {
  readonly command: { readonly input: Record<string, unknown> };
  readonly abortSignal: AbortSignal | undefined;
}

/** A client whose `send` records each command and answers with `reply` (aws-sdk-client-mock style, by hand). */
function fakeDms(reply: (command: object, index: number) => unknown) {
  const calls: Call[] = [];
  const client = {
    send: async (command: Call['command'], options?: { abortSignal?: AbortSignal }) => {
      calls.push({ command, abortSignal: options?.abortSignal });
      const answer = reply(command, calls.length - 1);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { dms: new DmsService({ client: client as unknown as DatabaseMigrationServiceClient }), calls };
}

function run(fields: Partial<ReplicationTaskAssessmentRun> = {}): ReplicationTaskAssessmentRun {
  return {
    ReplicationTaskAssessmentRunArn: RUN,
    ReplicationTaskArn: TASK,
    Status: 'running',
    AssessmentRunName: 'pre-cutover',
    ReplicationTaskAssessmentRunCreationDate: new Date(1_700_000_000_000),
    AssessmentProgress: { IndividualAssessmentCount: 4, IndividualAssessmentCompletedCount: 1 },
    ResultLocationBucket: 'assessments',
    ...fields,
  };
}

function awsError(name: string): Error {
  return Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: 400, requestId: 'req-1' } });
}

describe('DmsService over a fake client', () => {
  it('sends StartReplicationTaskAssessmentRun with the validated input and wraps the answer', async () => {
    const { dms, calls } = fakeDms(() => ({ ReplicationTaskAssessmentRun: run({ Status: 'starting' }) }));
    const signal = new AbortController().signal;
    const started = await dms.replicationTask(TASK).startAssessmentRun({ name: 'pre-cutover', serviceAccessRoleArn: ROLE, resultLocation: { bucket: 'assessments' } }, { signal });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.command).toBeInstanceOf(StartReplicationTaskAssessmentRunCommand);
    expect(calls[0]?.command.input).toEqual({ ReplicationTaskArn: TASK, ServiceAccessRoleArn: ROLE, ResultLocationBucket: 'assessments', AssessmentRunName: 'pre-cutover' });
    expect(calls[0]?.abortSignal).toBe(signal);
    expect(started.status).toEqual({ kind: 'pending', raw: 'starting' });
    expect(started.progress).toEqual({ completed: 1, total: 4, percent: 25 });
    expect(started.creationDate).toEqual(new Date(1_700_000_000_000));
    expect(started.resultLocation).toEqual({ bucket: 'assessments' });
    expect(started.encryption).toBeUndefined();
    expect(String(started)).toBe('AssessmentRun(pre-cutover, starting)');
  });

  it('passes AWS errors through unchanged, $metadata included', async () => {
    const error = awsError('ResourceNotFoundFault');
    const { dms } = fakeDms(() => error);
    await expect(dms.replicationTask(TASK).startAssessmentRun({ name: 'a', serviceAccessRoleArn: ROLE, resultLocation: { bucket: 'abc' } })).rejects.toBe(error);
  });

  it('sends nothing when the signal has already aborted, and rejects with its reason', async () => {
    const { dms, calls } = fakeDms(() => ({}));
    const controller = new AbortController();
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(dms.assessmentRun(RUN).refresh({ signal: controller.signal })).rejects.toBe(reason);
    expect(calls).toHaveLength(0);
  });

  it('refresh() asks for this run by ARN and updates in place', async () => {
    const { dms, calls } = fakeDms(() => ({ ReplicationTaskAssessmentRuns: [run({ Status: 'failed', LastFailureMessage: 'no PK on t1' })] }));
    const handle = dms.assessmentRun(RUN);
    expect(handle.status).toEqual({ kind: 'unknown', raw: '' });
    expect(await handle.refresh()).toBe(handle);
    expect(calls[0]?.command).toBeInstanceOf(DescribeReplicationTaskAssessmentRunsCommand);
    expect(calls[0]?.command.input).toEqual({ Filters: [{ Name: 'replication-task-assessment-run-arn', Values: [RUN] }] });
    expect(handle.status).toEqual({ kind: 'failed', raw: 'failed', message: 'no PK on t1' });
    expect(handle.replicationTaskArn).toBe(TASK);
  });

  it('a deleting run that DMS no longer finds becomes deleted; any other missing run is an error', async () => {
    const notFound = awsError('ResourceNotFoundFault');
    const { dms } = fakeDms((command) => (command instanceof DeleteReplicationTaskAssessmentRunCommand ? { ReplicationTaskAssessmentRun: run({ Status: 'deleting' }) } : notFound));
    const handle = dms.assessmentRun(RUN);
    await expect(handle.refresh()).rejects.toBe(notFound);
    await handle.delete();
    expect(handle.status.kind).toBe('deleting');
    await handle.refresh();
    expect(handle.status).toEqual({ kind: 'deleted', raw: 'deleted' });
  });

  it('an empty answer for a run that is not being deleted rejects instead of inventing a status', async () => {
    const { dms } = fakeDms(() => ({ ReplicationTaskAssessmentRuns: [] }));
    await expect(dms.assessmentRun(RUN).refresh()).rejects.toMatchObject({ name: 'MigrationKitError', message: expect.stringContaining(RUN) });
  });

  it('cancel() sends CancelReplicationTaskAssessmentRun and takes the answer', async () => {
    const { dms, calls } = fakeDms(() => ({ ReplicationTaskAssessmentRun: run({ Status: 'cancelling' }) }));
    const handle = await dms.assessmentRun(RUN).cancel();
    expect(calls[0]?.command).toBeInstanceOf(CancelReplicationTaskAssessmentRunCommand);
    expect(calls[0]?.command.input).toEqual({ ReplicationTaskAssessmentRunArn: RUN });
    expect(handle.status).toEqual({ kind: 'cancelled', raw: 'cancelling' });
  });

  it('waitUntilComplete polls until terminal, reporting each change once', async () => {
    const statuses = ['starting', 'provisioning', 'provisioning', 'running', 'passed'];
    const { dms, calls } = fakeDms((_, i) => ({ ReplicationTaskAssessmentRuns: [run({ Status: statuses[i] ?? 'passed' })] }));
    const seen: string[] = [];
    await dms.assessmentRun(RUN).waitUntilComplete({ minDelayMs: 0, maxDelayMs: 0, onProgress: (r) => seen.push(r.status.raw) });
    expect(calls).toHaveLength(5);
    expect(seen).toEqual(['starting', 'provisioning', 'running', 'passed']);
  });

  it('pages with Marker and MaxRecords inside 20–100, and reads ResourceNotFoundFault as an empty list', async () => {
    const { dms, calls } = fakeDms((_, i) =>
      i === 0
        ? { ReplicationTaskAssessmentRuns: [run({ ReplicationTaskAssessmentRunArn: `${RUN}1` })], Marker: 'm1' }
        : i === 1
          ? { ReplicationTaskAssessmentRuns: [run({ ReplicationTaskAssessmentRunArn: `${RUN}2` })] }
          : awsError('ResourceNotFoundFault'),
    );
    const runs = await dms.assessmentRuns({ status: 'running', pageSize: 7 }).toArray({ limit: 10 });
    expect(runs.map((r) => r.arn)).toEqual([`${RUN}1`, `${RUN}2`]);
    expect(calls.map((c) => c.command.input)).toEqual([
      { Filters: [{ Name: 'status', Values: ['running'] }], MaxRecords: 20 },
      { Filters: [{ Name: 'status', Values: ['running'] }], MaxRecords: 20, Marker: 'm1' },
    ]);
    expect(await dms.replicationTask(TASK).assessmentRuns({ pageSize: 500 }).toArray({ limit: 500 })).toEqual([]);
    expect(calls[2]?.command.input).toEqual({ Filters: [{ Name: 'replication-task-arn', Values: [TASK] }], MaxRecords: 100 });
  });

  it('lists the individual assessments of one run', async () => {
    const { dms, calls } = fakeDms(() => ({
      ReplicationTaskIndividualAssessments: [
        { ReplicationTaskIndividualAssessmentArn: 'ia-1', ReplicationTaskAssessmentRunArn: RUN, IndividualAssessmentName: 'unsupported-data-types-in-source', Status: 'passed', ReplicationTaskIndividualAssessmentStartDate: new Date(5) },
      ],
    }));
    const [first] = await dms.assessmentRun(RUN).individualAssessments().toArray({ limit: 5 });
    expect(calls[0]?.command).toBeInstanceOf(DescribeReplicationTaskIndividualAssessmentsCommand);
    expect(calls[0]?.command.input).toEqual({ Filters: [{ Name: 'replication-task-assessment-run-arn', Values: [RUN] }], MaxRecords: 20 });
    expect(first).toMatchObject({ arn: 'ia-1', name: 'unsupported-data-types-in-source', status: 'passed', startDate: new Date(5), assessmentRunArn: RUN });
  });

  it('describe() reads the task without its settings', async () => {
    const { dms, calls } = fakeDms(() => ({ ReplicationTasks: [{ ReplicationTaskArn: TASK, ReplicationTaskIdentifier: 'orders', Status: 'ready', MigrationType: 'full-load' }] }));
    const details = await dms.replicationTask(TASK).describe();
    expect(calls[0]?.command).toBeInstanceOf(DescribeReplicationTasksCommand);
    expect(calls[0]?.command.input).toEqual({ Filters: [{ Name: 'replication-task-arn', Values: [TASK] }], WithoutSettings: true });
    expect(details).toMatchObject({ arn: TASK, identifier: 'orders', status: 'ready', migrationType: 'full-load' });
  });

  it('resume() restores the checkpoint status, including deleted, and refuses foreign checkpoints', () => {
    const { dms, calls } = fakeDms(() => ({}));
    expect(dms.resume({ v: 1, service: 'dms', resource: 'AssessmentRun', id: RUN, status: { kind: 'running', raw: 'running' } }).status).toEqual({ kind: 'running', raw: 'running' });
    expect(dms.resume(JSON.stringify({ v: 1, service: 'dms', resource: 'AssessmentRun', id: RUN, status: { kind: 'deleted', raw: 'deleted' } })).status.kind).toBe('deleted');
    expect(() => dms.resume({ v: 1, service: 'dms', resource: 'AssessmentRun', id: TASK })).toThrow(expect.objectContaining({ name: 'CheckpointError' }));
    expect(() => dms.resume({ v: 1, service: 'mgn', resource: 'AssessmentRun', id: RUN })).toThrow(expect.objectContaining({ name: 'CheckpointError' }));
    expect(calls).toHaveLength(0);
  });

  it('validates handles and filters before anything is sent', () => {
    const { dms, calls } = fakeDms(() => ({}));
    expect(() => dms.assessmentRun(TASK)).toThrow(expect.objectContaining({ name: 'ValidationError', field: 'assessmentRunArn' }));
    expect(() => dms.assessmentRuns({ replicationInstanceArn: TASK })).toThrow(expect.objectContaining({ field: 'replicationInstanceArn' }));
    expect(calls).toHaveLength(0);
  });
});
