import { describe, expect, it } from 'vitest';
import { isSuccessful, isTerminal } from '../../src/core/index.js';
import { mgnJobStatusOf } from '../../src/mgn/index.js';

describe('mgnJobStatusOf', () => {
  it.each([
    ['PENDING', 'pending', false, false],
    ['STARTED', 'running', false, false],
    ['SUCCEEDED', 'succeeded', true, true],
    ['FAILED', 'failed', true, false],
    ['PAUSED', 'unknown', false, false],
    ['succeeded', 'unknown', false, false],
    ['', 'unknown', false, false],
  ] as const)('maps %j to %s (terminal %s, success %s)', (raw, kind, terminal, success) => {
    const status = mgnJobStatusOf(raw);
    expect(status).toEqual({ kind, raw });
    expect(isTerminal(status)).toBe(terminal);
    expect(isSuccessful(status)).toBe(success);
  });

  it('maps an absent status (a handle not fetched yet) to unknown with an empty raw', () => {
    expect(mgnJobStatusOf(undefined)).toEqual({ kind: 'unknown', raw: '' });
  });
});
