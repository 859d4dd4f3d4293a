/** The wire checker must catch what it is there to catch, or every e2e file's afterEach would pass vacuously. */
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/local/index.js';
import { exchangeProblems } from './exchange-check.js';

const ok: Exchange = { service: 'dms', operation: 'DescribeReplicationTaskAssessmentRuns', input: {}, status: 200, output: { ReplicationTaskAssessmentRuns: [] } };

describe('exchangeProblems', () => {
  it('passes a modelled exchange and ignores other services', () => {
    expect(exchangeProblems(ok, 'dms')).toEqual([]);
    expect(exchangeProblems({ ...ok, output: { Nope: 1 } }, 'mgn')).toEqual([]);
  });

  it('flags a bad request, a bad response and a status that does not fit the answer', () => {
    expect(exchangeProblems({ ...ok, input: { MaxRecords: 'x' } }, 'dms')).toEqual([expect.stringMatching(/request \$\.MaxRecords/)]);
    expect(exchangeProblems({ ...ok, output: { Nope: 1 } }, 'dms')).toEqual([expect.stringMatching(/response \$\.Nope/)]);
    expect(exchangeProblems({ ...ok, status: 202 }, 'dms')).toEqual([expect.stringMatching(/a success with HTTP 202/)]);
    expect(exchangeProblems({ ...ok, status: 200, errorType: 'ResourceNotFoundFault', output: { message: 'x' } }, 'dms')).toEqual([
      expect.stringMatching(/an error with HTTP 200/),
    ]);
  });

  it('skips only what the options allow', () => {
    const refused: Exchange = { ...ok, input: { MaxRecords: 'x' }, status: 400, errorType: 'InvalidParameterValueException', output: { __type: 'InvalidParameterValueException', message: 'm' } };
    const unmodelledErrors = new Set(['InvalidParameterValueException']);
    expect(exchangeProblems(refused, 'dms', { unmodelledErrors })).toEqual([expect.stringMatching(/request \$\.MaxRecords/)]);
    expect(exchangeProblems(refused, 'dms', { unmodelledErrors, inputUncheckedOn: ['InvalidParameterValueException'] })).toEqual([]);
    expect(exchangeProblems(refused, 'dms', { unmodelledErrors, checkInput: false })).toEqual([]);
    expect(exchangeProblems({ ...refused, output: { message: 'm' } }, 'dms', { unmodelledErrors, checkInput: false })).toEqual([
      expect.stringMatching(/is not \{ __type, message \}/),
    ]);
  });

  it('checks the request but no answer of a dropped connection, and the answer of a dropped response', () => {
    expect(exchangeProblems({ ...ok, status: 0, output: undefined, fault: 'drop' }, 'dms')).toEqual([]);
    expect(exchangeProblems({ ...ok, status: 0, input: { MaxRecords: 'x' }, fault: 'drop' }, 'dms')).toHaveLength(1);
    expect(exchangeProblems({ ...ok, status: 0, output: { Nope: 1 }, fault: 'drop-response' }, 'dms')).toEqual([expect.stringMatching(/response \$\.Nope/)]);
  });

  it('checks Migration Hub Config exchanges under migration-hub', () => {
    const config: Exchange = { service: 'migrationhub-config', operation: 'GetHomeRegion', input: {}, status: 200, output: { HomeRegion: 7 } };
    expect(exchangeProblems(config, 'migration-hub')).toEqual([expect.stringMatching(/response \$\.HomeRegion/)]);
  });
});
