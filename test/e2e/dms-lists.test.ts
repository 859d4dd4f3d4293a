/**
 * DMS end to end: pagination request counts and throttling survived.
 * The real @aws-sdk/client-database-migration-service over HTTP to the emulator on a random loopback port; every
 * request and response is checked against the DMS model (see test/dms/emulator-support.ts).
 */
import { DatabaseMigrationServiceClient, DescribeReplicationTaskAssessmentRunsCommand } from '@aws-sdk/client-database-migration-service';
import { describe, expect, it } from 'vitest';
import { DmsService, type AssessmentRun } from '../../src/dms/index.js';
import { useDmsEmulator } from '../dms/emulator-support.js';

const bed = useDmsEmulator();

describe('lists', () => {
  it('pages through runs with the fewest requests the page size allows', async () => {
    const task = await bed.newTask();
    for (let i = 0; i < 45; i++) await (await task.startAssessmentRun(bed.options())).cancel();
    const count = (): number => bed.emu.requestCount('DescribeReplicationTaskAssessmentRuns');
    const maxRecords = (): unknown[] => bed.emu.requests.filter((r) => r.operation === 'DescribeReplicationTaskAssessmentRuns').map((r) => r.input['MaxRecords']);

    let before = count();
    const all = await task.assessmentRuns({ pageSize: 20 }).toArray({ limit: Infinity });
    expect(all).toHaveLength(45);
    expect(new Set(all.map((r) => r.arn)).size).toBe(45);
    expect(count() - before).toBe(3);

    before = count();
    expect(await task.assessmentRuns().toArray({ limit: Infinity })).toHaveLength(45);
    expect(count() - before).toBe(1);
    expect(maxRecords().at(-1)).toBe(100);

    before = count();
    const first = await task.assessmentRuns({ pageSize: 5 }).first();
    expect(first?.name).toBe(all[0]?.name);
    expect(count() - before).toBe(1);
    expect(maxRecords().at(-1)).toBe(20);

    before = count();
    for await (const run of task.assessmentRuns({ pageSize: 20 })) if (run) break;
    expect(count() - before).toBe(1);

    const untouched = bed.emu.requestCount();
    const lazy = task.assessmentRuns({ pageSize: 20 });
    expect(lazy).toBeDefined();
    expect(bed.emu.requestCount()).toBe(untouched);

    const cancelled = await bed.dms.assessmentRuns({ replicationTaskArn: task.arn, status: 'cancelling' }).toArray({ limit: 100 });
    expect(cancelled).toHaveLength(45);
    expect(await bed.dms.assessmentRuns({ replicationTaskArn: task.arn, status: ['passed', 'failed'] }).toArray({ limit: 100 })).toEqual([]);
    const byInstance = await bed.dms.assessmentRuns({ replicationInstanceArn: bed.emu.dms.defaultReplicationInstanceArn }).toArray({ limit: Infinity });
    expect(byInstance.length).toBeGreaterThanOrEqual(45);
    const one = await bed.dms.assessmentRuns({ assessmentRunArn: all[44]?.arn ?? '' }).toArray({ limit: 2 });
    expect(one.map((r) => r.name)).toEqual([all[44]?.name]);
  });

  it('answers a run-ARN filter of several values with those runs, skips unknown ARNs, and faults when none match', async () => {
    const runs: AssessmentRun[] = [];
    for (let i = 0; i < 3; i++) runs.push(await (await (await bed.newTask()).startAssessmentRun(bed.options())).cancel());
    const unknown = runs[0]?.arn.replace(/[A-Z2-7]{26}$/, 'A'.repeat(26)) ?? '';
    const client = new DatabaseMigrationServiceClient({ ...bed.emu.clientConfig, maxAttempts: 1 });
    const query = (values: string[]) =>
      client.send(new DescribeReplicationTaskAssessmentRunsCommand({ Filters: [{ Name: 'replication-task-assessment-run-arn', Values: values }], MaxRecords: 100 }));
    const out = await query([runs[2]?.arn ?? '', unknown, runs[0]?.arn ?? '', runs[0]?.arn ?? '']);
    expect(out.ReplicationTaskAssessmentRuns?.map((r) => r.ReplicationTaskAssessmentRunArn).sort()).toEqual([runs[0]?.arn, runs[2]?.arn].sort());
    expect(out.Marker).toBeUndefined();
    await expect(query([unknown])).rejects.toMatchObject({ name: 'ResourceNotFoundFault' });
    client.destroy();
  });

  it('pages through individual and applicable assessments', async () => {
    const names = Array.from({ length: 45 }, (_, i) => `assessment-${i}`);
    const task = await bed.newTask('passed', names);
    const run = await task.startAssessmentRun(bed.options());
    const count = (op: string): number => bed.emu.requestCount(op);

    let before = count('DescribeReplicationTaskIndividualAssessments');
    const pages: number[] = [];
    for await (const page of run.individualAssessments({ pageSize: 20 }).pages()) pages.push(page.length);
    expect(pages).toEqual([20, 20, 5]);
    expect(count('DescribeReplicationTaskIndividualAssessments') - before).toBe(3);

    before = count('DescribeApplicableIndividualAssessments');
    expect(await task.applicableAssessments({ pageSize: 20 }).toArray({ limit: Infinity })).toEqual(names);
    expect(count('DescribeApplicableIndividualAssessments') - before).toBe(3);
  });

  it('survives throttling: the SDK retries a throttled start, the waiter retries throttled polls', async () => {
    const task = await bed.newTask();
    bed.emu.faults.inject({ kind: 'throttle', operation: 'StartReplicationTaskAssessmentRun', count: 1 });
    const before = bed.emu.requestCount('StartReplicationTaskAssessmentRun');
    const run = await task.startAssessmentRun(bed.options());
    expect(bed.emu.requestCount('StartReplicationTaskAssessmentRun') - before).toBe(2);

    const noRetries = new DmsService({ ...bed.emu.clientConfig, maxAttempts: 1 });
    const handle = noRetries.assessmentRun(run.arn);
    bed.emu.faults.inject({ kind: 'throttle', operation: 'DescribeReplicationTaskAssessmentRuns', count: 3 });
    const throttledBefore = bed.emu.requests.filter((r) => r.fault === 'throttle').length;
    await handle.waitUntilComplete(bed.wait);
    expect(handle.status.kind).toBe('succeeded');
    expect(bed.emu.requests.filter((r) => r.fault === 'throttle').length - throttledBefore).toBe(3);
  });
});
