/** AssessmentRun over a fake client `send`: refresh, cancel, delete, waits and individual assessments. */
import {
  CancelReplicationTaskAssessmentRunCommand,
  DeleteReplicationTaskAssessmentRunCommand,
  DescribeReplicationTaskAssessmentRunsCommand,
  DescribeReplicationTaskIndividualAssessmentsCommand,
} from '@aws-sdk/client-database-migration-service';
import { describe, expect, it } from 'vitest';
import { awsError, fakeDms, RUN, run, TASK } from './fake-dms.js';

describe('AssessmentRun over a fake client', () => {
  it('refresh() asks for this run by ARN and updates in place', async () => {
    const { dms, calls } = fakeDms(() => ({ ReplicationTaskAssessmentRuns: [run({ Status: 'failed', LastFailureMessage: 'no PK on t1' })] }));
    const handle = dms.assessmentRun(RUN);
    expect(handle.status).toEqual({ kind: 'unknown', raw: '' });
    expect(await handle.refresh()).toBe(handle);
    expect(calls[0]?.command).toBeInstanceOf(DescribeReplicationTaskAssessmentRunsCommand);
    expect(calls[0]?.command.input).toEqual({ Filters: [{ Name: 'replication-task-assessment-run-arn', Values: [RUN] }], MaxRecords: 100 });
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
    await expect(dms.assessmentRun(RUN).refresh()).rejects.toMatchObject({ name: 'ResourceNotFoundError', resourceType: 'AssessmentRun', id: RUN });
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
});

describe('concurrent refreshes share DescribeReplicationTaskAssessmentRuns', () => {
  const arn = (i: number): string => `${RUN}${i}`;
  const valuesOf = (call: { command: { input: Record<string, unknown> } } | undefined): string[] =>
    ((call?.command.input['Filters'] as { Values: string[] }[] | undefined) ?? [])[0]?.Values ?? [];

  it('refreshes 150 runs with one request per 100 ARNs, each run updated from its own record', async () => {
    const { dms, calls } = fakeDms((command) => {
      const values = valuesOf({ command: command as { input: Record<string, unknown> } });
      return { ReplicationTaskAssessmentRuns: values.map((a) => run({ ReplicationTaskAssessmentRunArn: a, AssessmentRunName: a.slice(-3) })) };
    });
    const runs = Array.from({ length: 150 }, (_, i) => dms.assessmentRun(arn(i)));
    await Promise.all(runs.map((r) => r.refresh()));
    expect(calls.map((c) => valuesOf(c).length)).toEqual([100, 50]);
    expect(calls.every((c) => c.command.input['MaxRecords'] === 100)).toBe(true);
    expect(runs.map((r) => r.name)).toEqual(runs.map((r) => r.arn.slice(-3)));
  });

  it('follows Marker until the batch is answered', async () => {
    const { dms, calls } = fakeDms((_, i) =>
      i === 0 ? { ReplicationTaskAssessmentRuns: [run({ ReplicationTaskAssessmentRunArn: arn(0) })], Marker: 'm1' } : { ReplicationTaskAssessmentRuns: [run({ ReplicationTaskAssessmentRunArn: arn(1), Status: 'passed' })] },
    );
    const [a, b] = [dms.assessmentRun(arn(0)), dms.assessmentRun(arn(1))];
    await Promise.all([a.refresh(), b.refresh()]);
    expect(calls.map((c) => c.command.input['Marker'])).toEqual([undefined, 'm1']);
    expect([a.status.raw, b.status.raw]).toEqual(['running', 'passed']);
  });

  it('a run missing from an answer that has the others rejects with ResourceNotFoundError; a deleting one becomes deleted', async () => {
    const { dms, calls } = fakeDms((command) =>
      command instanceof DeleteReplicationTaskAssessmentRunCommand
        ? { ReplicationTaskAssessmentRun: run({ ReplicationTaskAssessmentRunArn: arn(2), Status: 'deleting' }) }
        : { ReplicationTaskAssessmentRuns: [run({ ReplicationTaskAssessmentRunArn: arn(0) })] },
    );
    const [found, missing, deleting] = [dms.assessmentRun(arn(0)), dms.assessmentRun(arn(1)), dms.assessmentRun(arn(2))];
    await deleting.delete();
    const results = await Promise.allSettled([found.refresh(), missing.refresh(), deleting.refresh()]);
    expect(calls.filter((c) => c.command instanceof DescribeReplicationTaskAssessmentRunsCommand)).toHaveLength(1);
    expect(results[0]).toEqual({ status: 'fulfilled', value: found });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { name: 'ResourceNotFoundError', resourceType: 'AssessmentRun', id: arn(1) } });
    expect(results[2]).toEqual({ status: 'fulfilled', value: deleting });
    expect(deleting.status).toEqual({ kind: 'deleted', raw: 'deleted' });
  });

  it('when DMS finds none of the batch (ResourceNotFoundFault), each run rejects with the fault unless it was deleting', async () => {
    const notFound = awsError('ResourceNotFoundFault');
    const { dms, calls } = fakeDms((command) =>
      command instanceof DeleteReplicationTaskAssessmentRunCommand ? { ReplicationTaskAssessmentRun: run({ ReplicationTaskAssessmentRunArn: arn(1), Status: 'deleting' }) } : notFound,
    );
    const [gone, deleting] = [dms.assessmentRun(arn(0)), dms.assessmentRun(arn(1))];
    await deleting.delete();
    const results = await Promise.allSettled([gone.refresh(), deleting.refresh()]);
    expect(calls.filter((c) => c.command instanceof DescribeReplicationTaskAssessmentRunsCommand).map(valuesOf)).toEqual([[arn(0), arn(1)]]);
    expect(results).toEqual([
      { status: 'rejected', reason: notFound },
      { status: 'fulfilled', value: deleting },
    ]);
    expect(deleting.status.kind).toBe('deleted');
  });

  it('an aborted refresh rejects with the signal reason at once while the others get their answer', async () => {
    const { dms } = fakeDms(() => ({ ReplicationTaskAssessmentRuns: [run({ ReplicationTaskAssessmentRunArn: arn(0) }), run({ ReplicationTaskAssessmentRunArn: arn(1) })] }));
    const controller = new AbortController();
    const reason = new Error('stop');
    const aborted = dms.assessmentRun(arn(0)).refresh({ signal: controller.signal });
    const kept = dms.assessmentRun(arn(1)).refresh();
    controller.abort(reason);
    await expect(aborted).rejects.toBe(reason);
    await expect(kept).resolves.toMatchObject({ status: { kind: 'running' } });
  });
});
