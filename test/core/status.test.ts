import { describe, expect, it } from 'vitest';
import { assertNever, isSuccessful, isTerminal, progressOf, type LifecycleKind } from '../../src/core/index.js';

const table: readonly [LifecycleKind, boolean, boolean][] = [
  // kind, terminal, successful
  ['pending', false, false],
  ['running', false, false],
  ['succeeded', true, true],
  ['partially-succeeded', true, true],
  ['warning', true, true],
  ['failed', true, false],
  ['error', true, false],
  ['cancelling', false, false],
  ['cancelled', true, false],
  ['deleting', false, false],
  ['deleted', true, false],
  ['unknown', false, false],
];

describe('lifecycle vocabulary', () => {
  it.each(table)('%s: terminal=%s successful=%s', (kind, terminal, successful) => {
    expect(isTerminal({ kind, raw: 'X' })).toBe(terminal);
    expect(isSuccessful({ kind, raw: 'X' })).toBe(successful);
  });

  it('progressOf derives a rounded percentage and survives a zero total', () => {
    expect(progressOf(1, 3)).toEqual({ completed: 1, total: 3, percent: 33.3 });
    expect(progressOf(0, 0)).toEqual({ completed: 0, total: 0, percent: 0 });
    expect(progressOf(40, 100).percent).toBe(40);
  });

  it('assertNever throws naming the unexpected value', () => {
    expect(() => assertNever('surprise' as never, 'status')).toThrow('Unexpected status: "surprise"');
  });
});
