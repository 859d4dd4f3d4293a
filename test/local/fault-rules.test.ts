import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmulatorOptionError, startEmulator, type Emulator, type FaultRates, type FaultRule } from '../../src/local/index.js';
import { postJson } from './raw-call.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
});
afterAll(() => emu.close());

/** The typed error `action` throws, or fails the test. */
function refusal(action: () => unknown): EmulatorOptionError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(EmulatorOptionError);
    return error as EmulatorOptionError;
  }
  throw new Error('not refused');
}

describe('fault rules are checked before they apply', () => {
  it.each<[string, unknown, string, RegExp]>([
    ['a misspelt kind', { kind: 'throtle' }, 'rule.kind', /did you mean 'throttle'/],
    ["'hub' for migration-hub", { kind: 'throttle', service: 'hub' }, 'rule.service', /did you mean 'migration-hub'/],
    ['an unknown service', { kind: 'throttle', service: 'sqs' }, 'rule.service', /must be one of/],
    ['an operation in the wrong case', { kind: 'throttle', operation: 'describeImportTasks' }, 'rule.operation', /did you mean 'DescribeImportTasks'/],
    ['an inherited name as operation', { kind: 'throttle', operation: 'toString' }, 'rule.operation', /not an operation/],
    ["another service's operation", { kind: 'throttle', service: 'mgn', operation: 'DescribeImportTasks' }, 'rule.operation', /could never match/],
    ['an S3 operation for another service', { kind: 'throttle', service: 'dms', operation: 'PutObject' }, 'rule.operation', /operation of s3/],
    ['a negative latency', { kind: 'latency', latencyMs: -5 }, 'rule.latencyMs', /finite number from 0/],
    ['a NaN latency', { kind: 'latency', latencyMs: Number.NaN }, 'rule.latencyMs', /finite/],
    ['a latency on another kind', { kind: 'throttle', latencyMs: 100 }, 'rule.latencyMs', /kind 'latency' only/],
    ['a zero count', { kind: 'throttle', count: 0 }, 'rule.count', /integer from 1/],
    ['a fractional count', { kind: 'throttle', count: 1.5 }, 'rule.count', /integer/],
    ['an unknown key', { kind: 'throttle', operations: ['DescribeImportTasks'] }, 'rule.operations', /did you mean 'operation'/],
    ['no object', null, 'rule', /must be an object/],
  ])('refuses %s', (_, rule, field, message) => {
    const error = refusal(() => emu.faults.inject(rule as FaultRule));
    expect([error.field, error.message]).toEqual([field, expect.stringMatching(message)]);
  });

  it.each<[string, unknown, string, RegExp]>([
    ['a rate above 1', { throttle: 5 }, 'rates.throttle', /from 0 to 1/],
    ['a NaN rate', { serverError: Number.NaN }, 'rates.serverError', /finite/],
    ['a negative rate', { drop: -0.1 }, 'rates.drop', /from 0 to 1/],
    ['an empty operation list', { throttle: 0.5, operations: [] }, 'rates.operations', /never applies/],
    ['operations with no rate', { operations: ['DescribeImportTasks'] }, 'rates.operations', /limits no rate/],
    ['an unknown operation', { throttle: 0.5, operations: ['ListImport'] }, 'rates.operations[0]', /did you mean 'ListImports'/],
    ['a latency range without a latency rate', { latencyMs: [1, 2] }, 'rates.latencyMs', /needs a latency rate/],
    ['an inverted latency range', { latency: 1, latencyMs: [50, 10] }, 'rates.latencyMs[1]', /from 50/],
    ['a misspelt key', { throttel: 0.1 }, 'rates.throttel', /did you mean 'throttle'/],
  ])('setRates refuses %s', (_, rates, field, message) => {
    const error = refusal(() => emu.faults.setRates(rates as FaultRates));
    expect([error.field, error.message]).toEqual([field, expect.stringMatching(message)]);
  });

  it('refuses bad rates given to startEmulator', async () => {
    await expect(startEmulator({ faults: { throttle: 2 } })).rejects.toMatchObject({ name: 'EmulatorOptionError', field: 'faults.throttle' });
  });

  it('leaves earlier rules in force when one is refused', async () => {
    emu.faults.inject({ kind: 'throttle', operation: 'DescribeImportTasks' });
    expect(() => emu.faults.inject({ kind: 'throtle' as never })).toThrow(EmulatorOptionError);
    expect((await postJson(emu, 'discovery', 'DescribeImportTasks')).body['__type']).toBe('ThrottlingException');
    expect((await postJson(emu, 'discovery', 'DescribeImportTasks')).status).toBe(200);
  });

  it('accepts valid edge values', async () => {
    emu.faults.inject({ kind: 'latency', latencyMs: 0, service: 'migration-hub', operation: 'ListProgressUpdateStreams', count: 1 });
    emu.faults.setRates({ throttle: 0, serverError: 1, operations: ['GetHomeRegion'] });
    expect((await postJson(emu, 'migrationhub-config', 'GetHomeRegion')).status).toBe(500);
    expect((await postJson(emu, 'migration-hub', 'ListProgressUpdateStreams')).status).toBe(200);
    emu.faults.clear();
  });
});
