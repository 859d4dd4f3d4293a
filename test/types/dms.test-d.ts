import { describe, expectTypeOf, it } from 'vitest';
import { assertNever } from '../../src/core/index.js';
import type { AssessmentRun, AssessmentRunStatus, DmsService, IndividualAssessment, ReplicationTask, StartAssessmentRunOptions } from '../../src/dms/index.js';

declare const task: ReplicationTask;
declare const run: AssessmentRun;
declare const dms: DmsService;
const base = { name: 'r', serviceAccessRoleArn: 'arn:aws:iam::111122223333:role/x', resultLocation: { bucket: 'b' } } as const;

describe('StartAssessmentRunOptions', () => {
  it('accepts include, exclude, or neither', () => {
    expectTypeOf({ ...base, include: ['a'] }).toMatchTypeOf<StartAssessmentRunOptions>();
    expectTypeOf({ ...base, exclude: ['a'] }).toMatchTypeOf<StartAssessmentRunOptions>();
    expectTypeOf(base).toMatchTypeOf<StartAssessmentRunOptions>();
  });

  it('does not compile include together with exclude', () => {
    // @ts-expect-error include and exclude are mutually exclusive
    void task.startAssessmentRun({ ...base, include: ['a'], exclude: ['b'] });
  });

  it('does not compile a KMS key with SSE_S3, or an unknown mode', () => {
    // @ts-expect-error kmsKeyArn only with SSE_KMS
    void task.startAssessmentRun({ ...base, encryption: { mode: 'SSE_S3', kmsKeyArn: 'k' } });
    // @ts-expect-error not a DMS encryption mode
    void task.startAssessmentRun({ ...base, encryption: { mode: 'AES256' } });
    void task.startAssessmentRun({ ...base, encryption: { mode: 'SSE_KMS', kmsKeyArn: 'k' } });
  });

  it('requires the name, role and result location', () => {
    // @ts-expect-error name is required
    void task.startAssessmentRun({ serviceAccessRoleArn: 'r', resultLocation: { bucket: 'b' } });
    // @ts-expect-error resultLocation.bucket is required
    void task.startAssessmentRun({ ...base, resultLocation: { folder: 'f' } });
  });

  it('returns an AssessmentRun', () => {
    expectTypeOf(task.startAssessmentRun(base)).resolves.toEqualTypeOf<AssessmentRun>();
  });
});

describe('AssessmentRunStatus', () => {
  it('narrows on kind', () => {
    const status = run.status;
    switch (status.kind) {
      case 'pending':
        expectTypeOf(status.raw).toEqualTypeOf<'starting' | 'provisioning'>();
        break;
      case 'running':
        expectTypeOf(status.raw).toEqualTypeOf<'running'>();
        break;
      case 'succeeded':
        expectTypeOf(status.raw).toEqualTypeOf<'passed'>();
        break;
      case 'warning':
        expectTypeOf(status.raw).toEqualTypeOf<'warning'>();
        break;
      case 'failed':
        expectTypeOf(status.message).toEqualTypeOf<string | undefined>();
        break;
      case 'error':
        expectTypeOf(status.reason).toEqualTypeOf<'provisioning' | 'executing' | 'invalid-state'>();
        expectTypeOf(status.raw).toEqualTypeOf<'error-provisioning' | 'error-executing' | 'invalid state'>();
        break;
      case 'cancelled':
        expectTypeOf(status.raw).toEqualTypeOf<'cancelling' | 'cancelled'>();
        break;
      case 'deleting':
      case 'deleted':
        break;
      case 'unknown':
        expectTypeOf(status.raw).toEqualTypeOf<string>();
        break;
      default:
        assertNever(status);
    }
  });

  it('has reason and message only where they mean something', () => {
    const status = {} as AssessmentRunStatus;
    // @ts-expect-error reason exists only on the error kind
    void status.reason;
    if (status.kind === 'running') {
      // @ts-expect-error no message while running
      void status.message;
    }
  });
});

describe('lists and waits', () => {
  it('types list items and wait results', async () => {
    for await (const a of run.individualAssessments()) expectTypeOf(a).toEqualTypeOf<IndividualAssessment>();
    expectTypeOf(dms.assessmentRuns({ status: 'passed' }).first()).resolves.toEqualTypeOf<AssessmentRun | undefined>();
    expectTypeOf(run.waitUntilComplete()).resolves.toEqualTypeOf<AssessmentRun>();
    expectTypeOf(run.progress).toEqualTypeOf<{ readonly completed: number; readonly total: number; readonly percent: number } | undefined>();
    // @ts-expect-error the filter is status, not state
    void dms.assessmentRuns({ state: 'passed' });
  });
});
