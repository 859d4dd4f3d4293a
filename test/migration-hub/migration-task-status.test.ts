import { describe, expect, it } from 'vitest';
import { isSuccessful, isTerminal } from '../../src/core/index.js';
import { MIGRATION_TASK_STATUSES, migrationTaskStatusOf } from '../../src/migration-hub/index.js';

describe('migrationTaskStatusOf', () => {
  it.each([
    ['NOT_STARTED', { kind: 'pending', raw: 'NOT_STARTED' }, false, false],
    ['IN_PROGRESS', { kind: 'running', raw: 'IN_PROGRESS' }, false, false],
    ['FAILED', { kind: 'failed', raw: 'FAILED', message: 'disk unreadable' }, true, false],
    ['COMPLETED', { kind: 'succeeded', raw: 'COMPLETED' }, true, true],
    ['PAUSED', { kind: 'unknown', raw: 'PAUSED' }, false, false],
  ] as const)('maps %s', (raw, expected, terminal, successful) => {
    const status = migrationTaskStatusOf(raw, 'disk unreadable');
    expect(status).toEqual(expected);
    expect(isTerminal(status)).toBe(terminal);
    expect(isSuccessful(status)).toBe(successful);
  });

  it('covers every status of the model', () => {
    expect(MIGRATION_TASK_STATUSES).toEqual(['NOT_STARTED', 'IN_PROGRESS', 'FAILED', 'COMPLETED']);
    for (const raw of MIGRATION_TASK_STATUSES) expect(migrationTaskStatusOf(raw).kind).not.toBe('unknown');
  });

  it('treats a task without a status (imported, never notified) as NOT_STARTED', () => {
    expect(migrationTaskStatusOf(undefined)).toEqual({ kind: 'pending', raw: 'NOT_STARTED' });
  });

  it('keeps a FAILED task without detail honest about it', () => {
    expect(migrationTaskStatusOf('FAILED')).toEqual({ kind: 'failed', raw: 'FAILED', message: undefined });
  });
});
