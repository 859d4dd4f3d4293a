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
