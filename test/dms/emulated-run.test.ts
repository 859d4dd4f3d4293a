import { describe, expect, it } from 'vitest';
import { EmulatedRun } from '../../src/local/dms/emulated-run.js';
import type { AssessmentOutcome } from '../../src/local/dms/options.js';

const timings = { startingMs: 10, provisioningMs: 20, assessmentMs: 100, deletingMs: 5 };
// running begins at 30; four assessments end at 130, 230, 330, 430.
function runWith(outcome: AssessmentOutcome): EmulatedRun {
  const assessments = ['a', 'b', 'c', 'd'].map((name) => ({ name, arn: `arn-${name}` }));
  return new EmulatedRun({ arn: 'run', taskArn: 'task', name: 'r', assessments, outcome, echo: {} }, 0, timings);
}

describe('EmulatedRun', () => {
  it.each([
    [0, 'starting', 0, ['pending', 'pending', 'pending', 'pending']],
    [10, 'provisioning', 0, ['pending', 'pending', 'pending', 'pending']],
    [30, 'running', 0, ['running', 'pending', 'pending', 'pending']],
    [130, 'running', 1, ['passed', 'running', 'pending', 'pending']],
    [429, 'running', 3, ['passed', 'passed', 'passed', 'running']],
    [430, 'failed', 4, ['passed', 'passed', 'passed', 'failed']],
  ])('a run scripted to fail is, at %i ms, %s with %i completed', (t, status, completed, individuals) => {
    const state = runWith('failed').stateAt(t);
    expect(state).toMatchObject({ status, completed, individuals, gone: false });
    expect(state.failureMessage !== undefined).toBe(status === 'failed');
  });

  it.each([
    ['passed', 'passed', 4, ['passed', 'passed', 'passed', 'passed']],
    ['warning', 'warning', 4, ['passed', 'passed', 'passed', 'warning']],
    ['error-executing', 'error-executing', 3, ['passed', 'passed', 'error', 'cancelled']],
    ['error-provisioning', 'error-provisioning', 0, ['cancelled', 'cancelled', 'cancelled', 'cancelled']],
  ] as const)('%s ends in %s', (outcome, status, completed, individuals) => {
    const state = runWith(outcome).stateAt(10_000);
    expect(state).toMatchObject({ status, completed, individuals, active: false, finished: true });
  });

  it('error-executing stops half-way through the erroring assessment', () => {
    const run = runWith('error-executing');
    expect(run.stateAt(279).status).toBe('running');
    expect(run.stateAt(280).status).toBe('error-executing');
  });

  it('a cancel freezes the run in cancelling, cancelling what had not finished', () => {
    const run = runWith('passed');
    run.cancelledAt = 150;
    for (const t of [150, 1_000, 100_000]) {
      expect(run.stateAt(t)).toMatchObject({ status: 'cancelling', completed: 1, individuals: ['passed', 'cancelled', 'cancelled', 'cancelled'], active: false });
    }
    expect(run.startedAt(1, 1_000)).toBe(130);
    expect(run.startedAt(2, 1_000)).toBeUndefined();
  });

  it('a delete shows deleting, then the run is gone', () => {
    const run = runWith('passed');
    run.deletedAt = 500;
    expect(run.stateAt(502)).toMatchObject({ status: 'deleting', completed: 4, gone: false });
    expect(run.stateAt(505).gone).toBe(true);
  });
});
