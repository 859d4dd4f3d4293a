import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isSuccessful, isTerminal } from '../../src/core/index.js';
import { IMPORT_STATUSES, importTaskStatusOf } from '../../src/discovery/index.js';
import { loadModel } from '../support/model-validator.js';

const URL = 'https://bucket.s3.us-west-2.amazonaws.com/errors.zip?X-Amz-Credential=AKIA%2F1&X-Amz-Signature=deadbeef';

describe('importTaskStatusOf', () => {
  const table = [
    ['IMPORT_IN_PROGRESS', { kind: 'running' }, false, false],
    ['IMPORT_COMPLETE', { kind: 'succeeded' }, true, true],
    ['IMPORT_COMPLETE_WITH_ERRORS', { kind: 'partially-succeeded', errorsZipUrl: URL }, true, true],
    ['IMPORT_FAILED', { kind: 'failed', phase: 'import', reason: 'import-failed', errorsZipUrl: URL }, true, false],
    ['IMPORT_FAILED_SERVER_LIMIT_EXCEEDED', { kind: 'failed', phase: 'import', reason: 'server-limit-exceeded', errorsZipUrl: URL }, true, false],
    ['IMPORT_FAILED_RECORD_LIMIT_EXCEEDED', { kind: 'failed', phase: 'import', reason: 'record-limit-exceeded', errorsZipUrl: URL }, true, false],
    ['IMPORT_FAILED_UNSUPPORTED_FILE_TYPE', { kind: 'failed', phase: 'import', reason: 'unsupported-file-type', errorsZipUrl: URL }, true, false],
    ['INTERNAL_ERROR', { kind: 'failed', phase: 'import', reason: 'internal-error', errorsZipUrl: URL }, true, false],
    ['DELETE_IN_PROGRESS', { kind: 'deleting' }, false, false],
    ['DELETE_COMPLETE', { kind: 'deleted' }, true, false],
    ['DELETE_FAILED', { kind: 'failed', phase: 'delete', reason: 'delete-failed' }, true, false],
    ['DELETE_FAILED_LIMIT_EXCEEDED', { kind: 'failed', phase: 'delete', reason: 'delete-limit-exceeded' }, true, false],
    ['IMPORT_PAUSED', { kind: 'unknown' }, false, false],
  ] as const;

  it.each(table)('maps %s to %o (terminal %s, successful %s)', (raw, expected, terminal, successful) => {
    // Pass the archive URL with every status: only the members that carry it keep it.
    const status = importTaskStatusOf(raw, URL);
    expect(status).toEqual({ ...expected, raw });
    expect(isTerminal(status)).toBe(terminal);
    expect(isSuccessful(status)).toBe(successful);
  });

  it('covers every ImportStatus of the model, and nothing else', () => {
    const shape = loadModel('discovery').shapes['ImportStatus'];
    const modelled = shape?.type === 'string' ? shape.enum : undefined;
    expect([...IMPORT_STATUSES]).toEqual(modelled);
    expect(table.slice(0, -1).map(([raw]) => raw).sort()).toEqual([...IMPORT_STATUSES].sort());
  });

  it('maps an absent status to unknown with an empty raw', () => {
    expect(importTaskStatusOf(undefined)).toEqual({ kind: 'unknown', raw: '' });
  });

  it('leaves errorsZipUrl out when the service sent none', () => {
    expect(importTaskStatusOf('IMPORT_COMPLETE_WITH_ERRORS')).toEqual({ kind: 'partially-succeeded', raw: 'IMPORT_COMPLETE_WITH_ERRORS' });
  });

  it('redacts the archive URL when printed or serialised, but keeps it readable', () => {
    const status = importTaskStatusOf('IMPORT_COMPLETE_WITH_ERRORS', URL);
    expect(inspect(status)).not.toContain('X-Amz-Signature');
    expect(JSON.stringify(status)).not.toContain('X-Amz-Signature');
    expect(JSON.parse(JSON.stringify(status))).toEqual({
      kind: 'partially-succeeded',
      raw: 'IMPORT_COMPLETE_WITH_ERRORS',
      errorsZipUrl: 'https://bucket.s3.us-west-2.amazonaws.com/errors.zip?[redacted]',
    });
    expect(status.kind === 'partially-succeeded' && status.errorsZipUrl).toBe(URL);
    expect({ ...status }).toEqual({ kind: 'partially-succeeded', raw: 'IMPORT_COMPLETE_WITH_ERRORS', errorsZipUrl: URL });
  });
});
