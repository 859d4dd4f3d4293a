import { describe, expect, it } from 'vitest';
import { isSuccessful, isTerminal } from '../../src/core/index.js';
import { ASSESSMENT_RUN_RAW_STATUSES, assessmentRunStatusOf, type AssessmentRunStatus } from '../../src/dms/index.js';

describe('assessmentRunStatusOf', () => {
  const table: [string, AssessmentRunStatus, terminal: boolean, successful: boolean][] = [
    ['starting', { kind: 'pending', raw: 'starting' }, false, false],
    ['provisioning', { kind: 'pending', raw: 'provisioning' }, false, false],
    ['running', { kind: 'running', raw: 'running' }, false, false],
    ['passed', { kind: 'succeeded', raw: 'passed' }, true, true],
    ['warning', { kind: 'warning', raw: 'warning' }, true, true],
    ['failed', { kind: 'failed', raw: 'failed', message: 'boom' }, true, false],
    ['error-provisioning', { kind: 'error', raw: 'error-provisioning', reason: 'provisioning', message: 'boom' }, true, false],
    ['error-executing', { kind: 'error', raw: 'error-executing', reason: 'executing', message: 'boom' }, true, false],
    ['invalid state', { kind: 'error', raw: 'invalid state', reason: 'invalid-state', message: 'boom' }, true, false],
    ['cancelling', { kind: 'cancelled', raw: 'cancelling' }, true, false],
    ['deleting', { kind: 'deleting', raw: 'deleting' }, false, false],
  ];

  it('covers every status DMS documents', () => {
    expect(table.map(([raw]) => raw).sort()).toEqual([...ASSESSMENT_RUN_RAW_STATUSES].sort());
  });

  it.each(table)('maps %s', (raw, expected, terminal, successful) => {
    const status = assessmentRunStatusOf(raw, 'boom');
    expect(status).toEqual(expected);
    expect(isTerminal(status)).toBe(terminal);
    expect(isSuccessful(status)).toBe(successful);
  });

  it('keeps the failure message absent when DMS sends none', () => {
    expect(assessmentRunStatusOf('failed')).toEqual({ kind: 'failed', raw: 'failed', message: undefined });
  });

  it.each(['Passed', 'completed', 'queued', ''])('maps the undocumented %j to unknown, never terminal', (raw) => {
    const status = assessmentRunStatusOf(raw);
    expect(status).toEqual({ kind: 'unknown', raw });
    expect(isTerminal(status)).toBe(false);
  });

  it('maps an absent status (a handle not fetched yet) to unknown with an empty raw', () => {
    expect(assessmentRunStatusOf(undefined)).toEqual({ kind: 'unknown', raw: '' });
  });

  it('accepts cancelled, the status individual assessments use, as cancelled', () => {
    expect(assessmentRunStatusOf('cancelled')).toEqual({ kind: 'cancelled', raw: 'cancelled' });
  });
});
