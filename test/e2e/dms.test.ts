/**
 * DMS premigration assessment runs end to end: lifecycle, outcomes, cancel, delete and resumption.
 * The real @aws-sdk/client-database-migration-service over HTTP to the emulator on a random loopback port; every
 * request and response is checked against the DMS model (see test/dms/emulator-support.ts).
 */
import { describe, expect, it } from 'vitest';
import { DmsService } from '../../src/dms/index.js';
import { DEFAULT_NAMES, KEY, ROLE, useDmsEmulator } from '../dms/emulator-support.js';

const bed = useDmsEmulator();

describe('a run that passes', () => {
  it('moves starting → provisioning → running with growing progress → passed', async () => {
    const task = await bed.newTask();
    const startedAt = bed.emu.clock.now();
    const run = await task.startAssessmentRun({
      name: 'pre-cutover',
      serviceAccessRoleArn: ROLE,
      resultLocation: { bucket: 'assessments', folder: 'wave-1' },
      encryption: { mode: 'SSE_KMS', kmsKeyArn: KEY },
      tags: { team: 'databases' },
    });
    expect(run.status).toEqual({ kind: 'pending', raw: 'starting' });
    expect(run.arn).toMatch(/^arn:aws:dms:us-west-2:111122223333:assessment-run:[A-Z2-7]{26}$/);
    expect(run.replicationTaskArn).toBe(task.arn);
    expect(run.name).toBe('pre-cutover');
    expect(run.creationDate?.getTime()).toBe(startedAt);
    expect(run.resultLocation).toEqual({ bucket: 'assessments', folder: 'wave-1' });
    expect(run.encryption).toEqual({ mode: 'SSE_KMS', kmsKeyArn: KEY });
    expect(run.serviceAccessRoleArn).toBe(ROLE);
    expect(run.progress).toEqual({ completed: 0, total: 5, percent: 0 });
    expect((await task.describe()).status).toBe('testing');

    const seen: string[] = [];
    const done = await run.waitUntilComplete({ ...bed.wait, onProgress: (r) => seen.push(`${r.status.raw} ${r.progress?.completed}/${r.progress?.total}`) });

    expect(done).toBe(run);
    expect(run.status).toEqual({ kind: 'succeeded', raw: 'passed' });
    expect(seen[0]).toBe('starting 0/5');
    expect(seen).toContain('provisioning 0/5');
    const completedWhileRunning = seen.filter((s) => s.startsWith('running')).map((s) => Number(s.split(' ')[1]?.split('/')[0]));
    expect(completedWhileRunning.length).toBeGreaterThanOrEqual(3);
    expect(completedWhileRunning).toEqual([...completedWhileRunning].sort((a, b) => a - b));
    expect(new Set(completedWhileRunning).size).toBe(completedWhileRunning.length);
    expect(seen.at(-1)).toBe('passed 5/5');
    expect(run.progress).toEqual({ completed: 5, total: 5, percent: 100 });
    expect(run.statistics).toEqual({ passed: 5, failed: 0, error: 0, warning: 0, cancelled: 0, skipped: 0 });
    expect(run.isLatest).toBe(true);

    const individual = await run.individualAssessments().toArray({ limit: Infinity });
    expect(individual.map((a) => a.name)).toEqual(DEFAULT_NAMES);
    expect(individual.every((a) => a.status === 'passed' && a.startDate instanceof Date && a.assessmentRunArn === run.arn)).toBe(true);
    expect((await task.describe()).status).toBe('ready');
  });

  it('runs only the included assessments, or all but the excluded ones', async () => {
    const task = await bed.newTask();
    const included = await task.startAssessmentRun(bed.options({ include: [DEFAULT_NAMES[1] ?? ''] }));
    expect(included.progress?.total).toBe(1);
    await included.waitUntilComplete(bed.wait);
    const excluded = await task.startAssessmentRun(bed.options({ exclude: [DEFAULT_NAMES[0] ?? ''] }));
    const names = (await excluded.individualAssessments().toArray({ limit: 10 })).map((a) => a.name);
    expect(names).toEqual(DEFAULT_NAMES.slice(1));
    expect(await task.applicableAssessments().toArray({ limit: 10 })).toEqual(DEFAULT_NAMES);
  });
});

describe('runs that end otherwise', () => {
  it('resolves with warning, which waitUntilSucceeded counts as a success', async () => {
    const run = await (await bed.newTask('warning')).startAssessmentRun(bed.options());
    await run.waitUntilSucceeded(bed.wait);
    expect(run.status).toEqual({ kind: 'warning', raw: 'warning' });
    const statuses = (await run.individualAssessments().toArray({ limit: 10 })).map((a) => a.status);
    expect(statuses).toEqual(['passed', 'passed', 'passed', 'passed', 'warning']);
  });

  it('resolves with failed and DMS’s failure message; waitUntilSucceeded throws TaskFailedError', async () => {
    const run = await (await bed.newTask('failed')).startAssessmentRun(bed.options());
    await run.waitUntilComplete(bed.wait);
    expect(run.status).toEqual({ kind: 'failed', raw: 'failed', message: expect.stringContaining(DEFAULT_NAMES[4] ?? '') });
    expect(run.lastFailureMessage).toContain('failed');
    expect(run.statistics?.failed).toBe(1);
    await expect(run.waitUntilSucceeded(bed.wait)).rejects.toMatchObject({
      name: 'TaskFailedError',
      message: expect.stringContaining('failed (failed)'),
      snapshot: { status: { kind: 'failed' } },
    });
  });

  it('resolves with error (executing) when an assessment errors mid-run', async () => {
    const run = await (await bed.newTask('error-executing')).startAssessmentRun(bed.options());
    await run.waitUntilComplete(bed.wait);
    expect(run.status).toMatchObject({ kind: 'error', raw: 'error-executing', reason: 'executing', message: expect.stringContaining(DEFAULT_NAMES[2] ?? '') });
    expect(run.progress).toEqual({ completed: 3, total: 5, percent: 60 });
    const statuses = (await run.individualAssessments().toArray({ limit: 10 })).map((a) => a.status);
    expect(statuses).toEqual(['passed', 'passed', 'error', 'cancelled', 'cancelled']);
  });

  it('resolves with error (provisioning) when no assessment could run', async () => {
    const run = await (await bed.newTask('error-provisioning')).startAssessmentRun(bed.options());
    const kinds: string[] = [];
    await run.waitUntilComplete({ ...bed.wait, onProgress: (r) => kinds.push(r.status.raw) });
    expect(kinds).not.toContain('running');
    expect(run.status).toMatchObject({ kind: 'error', raw: 'error-provisioning', reason: 'provisioning' });
    expect(run.progress).toEqual({ completed: 0, total: 5, percent: 0 });
    expect(run.statistics?.cancelled).toBe(5);
  });
});

describe('cancel and delete', () => {
  it('cancels a run mid-way: it stays cancelling (terminal), unfinished assessments are cancelled', async () => {
    const task = await bed.newTask();
    const run = await task.startAssessmentRun(bed.options());
    bed.emu.clock.advance(5_000 + 20_000 + 15_000); // starting, provisioning, one assessment and a half
    await run.refresh();
    expect(run.status.kind).toBe('running');
    expect(run.progress?.completed).toBe(1);

    await run.cancel();
    expect(run.status).toEqual({ kind: 'cancelled', raw: 'cancelling' });
    const before = bed.emu.requestCount();
    await run.waitUntilComplete(bed.wait);
    expect(bed.emu.requestCount() - before).toBe(1);
    bed.emu.clock.advance(600_000);
    await run.refresh();
    expect(run.status).toEqual({ kind: 'cancelled', raw: 'cancelling' });
    expect(run.progress?.completed).toBe(1);
    const statuses = (await run.individualAssessments().toArray({ limit: 10 })).map((a) => a.status);
    expect(statuses).toEqual(['passed', 'cancelled', 'cancelled', 'cancelled', 'cancelled']);
    await expect(run.cancel()).rejects.toMatchObject({ name: 'InvalidResourceStateFault' });
    expect((await task.describe()).status).toBe('ready');
  });

  it('refuses to delete a run in progress, then deletes it: deleting → deleted', async () => {
    const task = await bed.newTask();
    const run = await task.startAssessmentRun(bed.options());
    await expect(run.delete()).rejects.toMatchObject({ name: 'InvalidResourceStateFault', $metadata: { httpStatusCode: 400 } });
    await run.waitUntilComplete(bed.wait);

    await run.delete();
    expect(run.status).toEqual({ kind: 'deleting', raw: 'deleting' });
    const kinds: string[] = [];
    await run.waitUntilComplete({ ...bed.wait, onProgress: (r) => kinds.push(r.status.kind) });
    expect(kinds).toEqual(['deleting', 'deleted']);
    expect(run.status).toEqual({ kind: 'deleted', raw: 'deleted' });
    expect(run.toJSON().status).toEqual({ kind: 'deleted', raw: 'deleted' });
    await expect(bed.dms.assessmentRun(run.arn).refresh()).rejects.toMatchObject({ name: 'ResourceNotFoundFault' });
    expect(await task.assessmentRuns().toArray({ limit: 10 })).toEqual([]);
    expect(await run.individualAssessments().toArray({ limit: 10 })).toEqual([]);
  });
});

describe('resumption', () => {
  it('resumes a wait from a checkpoint in another service instance', async () => {
    const run = await (await bed.newTask('warning')).startAssessmentRun(bed.options());
    bed.emu.clock.advance(30_000);
    await run.refresh();
    const text = JSON.stringify(run);
    expect(JSON.parse(text)).toEqual({ v: 1, service: 'dms', resource: 'AssessmentRun', id: run.arn, status: { kind: 'running', raw: 'running' } });

    const elsewhere = new DmsService({ ...bed.emu.clientConfig });
    const resumed = elsewhere.resume(text);
    expect(resumed.arn).toBe(run.arn);
    expect(resumed.status).toEqual({ kind: 'running', raw: 'running' });
    await resumed.waitUntilComplete(bed.wait);
    expect(resumed.status.kind).toBe('warning');
    expect(resumed.name).toBe(run.name);
    expect(() => elsewhere.resume({ ...JSON.parse(text), resource: 'ImportTask' })).toThrow(expect.objectContaining({ name: 'CheckpointError' }));
  });
});
