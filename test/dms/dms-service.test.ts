/** DmsService and ReplicationTask over a fake client `send`: request mapping, validation, errors, paging, resume. */
import {
  DescribeReplicationTaskAssessmentRunsCommand,
  DescribeReplicationTasksCommand,
  StartReplicationTaskAssessmentRunCommand,
} from '@aws-sdk/client-database-migration-service';
import { describe, expect, it } from 'vitest';
import { awsError, fakeDms, ROLE, RUN, run, TASK } from './fake-dms.js';

describe('DmsService over a fake client', () => {
  it('sends StartReplicationTaskAssessmentRun with the validated input and wraps the answer', async () => {
    const { dms, calls } = fakeDms(() => ({ ReplicationTaskAssessmentRun: run({ Status: 'starting' }) }));
    const signal = new AbortController().signal;
    const started = await dms.replicationTask(TASK).startAssessmentRun({ name: 'pre-cutover', serviceAccessRoleArn: ROLE, resultLocation: { bucket: 'assessments' } }, { signal });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.command).toBeInstanceOf(StartReplicationTaskAssessmentRunCommand);
    expect(calls[0]?.command.input).toEqual({ ReplicationTaskArn: TASK, ServiceAccessRoleArn: ROLE, ResultLocationBucket: 'assessments', AssessmentRunName: 'pre-cutover' });
    // The SDK gets the request's own signal (linked to the caller's), never the caller's: see test/e2e/engine-*.test.ts.
    expect(calls[0]?.abortSignal).toBeInstanceOf(AbortSignal);
    expect(calls[0]?.abortSignal).not.toBe(signal);
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

  it('describe() reads the task without its settings', async () => {
    const { dms, calls } = fakeDms(() => ({ ReplicationTasks: [{ ReplicationTaskArn: TASK, ReplicationTaskIdentifier: 'orders', Status: 'ready', MigrationType: 'full-load' }] }));
    const details = await dms.replicationTask(TASK).describe();
    expect(calls[0]?.command).toBeInstanceOf(DescribeReplicationTasksCommand);
    expect(calls[0]?.command.input).toEqual({ Filters: [{ Name: 'replication-task-arn', Values: [TASK] }], WithoutSettings: true });
    expect(details).toMatchObject({ arn: TASK, identifier: 'orders', status: 'ready', migrationType: 'full-load' });
  });

  it('describe() of a task DMS answers with an empty list rejects with ResourceNotFoundError', async () => {
    const { dms } = fakeDms(() => ({ ReplicationTasks: [] }));
    await expect(dms.replicationTask(TASK).describe()).rejects.toMatchObject({ name: 'ResourceNotFoundError', resourceType: 'ReplicationTask', id: TASK });
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
