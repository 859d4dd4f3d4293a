import { describe, expect, it } from 'vitest';
import { EmulatorOptionError, RateLimits, type RateLimitsOption, type ServiceModule } from '../../src/local/index.js';
import { OperationCatalog } from '../../src/local/operation-catalog.js';

const catalog = new OperationCatalog([
  { service: 'discovery', operations: ['DescribeImportTasks', 'StartImportTask'] },
  { service: 'dms', operations: ['DescribeReplicationTasks', 'StartReplicationTaskAssessmentRun'] },
] as unknown as ServiceModule[]);

/** A limiter on a hand-moved clock. */
function limiter(option: RateLimitsOption): { limits: RateLimits; advance(ms: number): void } {
  let now = 1_000_000;
  return { limits: new RateLimits(() => now, catalog, option), advance: (ms) => (now += ms) };
}

/** Takes `n` tokens at once; returns how many were throttled. */
function burst(limits: RateLimits, operation: string, n: number): number {
  let throttled = 0;
  for (let i = 0; i < n; i++) if (limits.take(operation) !== undefined) throttled += 1;
  return throttled;
}

describe('RateLimits', () => {
  it('lets the burst through at once, then exactly perSecond per emulated second', () => {
    const { limits, advance } = limiter({ DescribeImportTasks: { perSecond: 10, burst: 20 } });
    expect(burst(limits, 'DescribeImportTasks', 25)).toBe(5);
    advance(100);
    expect(burst(limits, 'DescribeImportTasks', 3)).toBe(2);
    advance(1_000);
    expect(burst(limits, 'DescribeImportTasks', 12)).toBe(2);
    expect(limits.throttledCount('DescribeImportTasks')).toBe(9);
    expect(limits.allowedCount('DescribeImportTasks')).toBe(31);
    expect(limits.counts()).toEqual({ DescribeImportTasks: { allowed: 31, throttled: 9 } });
  });

  it('says how long until the next token, and never refills past the burst', () => {
    const { limits, advance } = limiter({ DescribeImportTasks: { perSecond: 4, burst: 2 } });
    expect(burst(limits, 'DescribeImportTasks', 2)).toBe(0);
    expect(limits.take('DescribeImportTasks')).toBe(250);
    advance(100);
    expect(limits.take('DescribeImportTasks')).toBeCloseTo(150, 6);
    advance(3_600_000);
    expect(limits.tokens('DescribeImportTasks')).toBe(2);
  });

  it('gives every operation its own bucket, the default to those not named', () => {
    const { limits } = limiter({ default: { perSecond: 1, burst: 1 }, StartImportTask: { perSecond: 1, burst: 3 } });
    expect(burst(limits, 'DescribeImportTasks', 2)).toBe(1);
    expect(burst(limits, 'DescribeReplicationTasks', 2)).toBe(1);
    expect(burst(limits, 'StartImportTask', 4)).toBe(1);
    expect(limits.throttledCount()).toBe(3);
  });

  it('leaves operations without a limit alone', () => {
    const { limits } = limiter({ DescribeImportTasks: { perSecond: 1, burst: 1 } });
    expect(burst(limits, 'StartImportTask', 1000)).toBe(0);
    expect(limits.tokens('StartImportTask')).toBeUndefined();
    expect(limits.counts()).toEqual({});
  });

  it("'aws' shares one DMS bucket of 200 refilled at 8 per second across its operations", () => {
    const { limits, advance } = limiter('aws');
    expect(burst(limits, 'DescribeReplicationTasks', 150)).toBe(0);
    expect(burst(limits, 'StartReplicationTaskAssessmentRun', 60)).toBe(10);
    advance(1_000);
    expect(burst(limits, 'DescribeReplicationTasks', 10)).toBe(2);
    expect(burst(limits, 'DescribeImportTasks', 21)).toBe(1);
  });

  it('replaces and removes limits with set(), buckets starting full', () => {
    const { limits } = limiter({ DescribeImportTasks: { perSecond: 1, burst: 1 } });
    expect(burst(limits, 'DescribeImportTasks', 2)).toBe(1);
    limits.set({ DescribeImportTasks: { perSecond: 1, burst: 5 } });
    expect(burst(limits, 'DescribeImportTasks', 6)).toBe(1);
    limits.set(undefined);
    expect(burst(limits, 'DescribeImportTasks', 50)).toBe(0);
    limits.resetCounts();
    expect(limits.throttledCount()).toBe(0);
  });

  it.each([
    [{ DescribeImportTask: { perSecond: 1, burst: 1 } }, 'rateLimits.DescribeImportTask', /did you mean 'DescribeImportTasks'/],
    [{ describeimporttasks: { perSecond: 1, burst: 1 } }, 'rateLimits.describeimporttasks', /did you mean 'DescribeImportTasks'/],
    [{ constructor: { perSecond: 1, burst: 1 } }, 'rateLimits.constructor', /not an operation/],
    [{ DescribeImportTasks: { perSecond: 1, burst: 1, brust: 2 } }, 'rateLimits.DescribeImportTasks.brust', /unknown option; did you mean 'burst'/],
    [{ DescribeImportTasks: { perSecond: 0, burst: 1 } }, 'rateLimits.DescribeImportTasks.perSecond', /greater than 0/],
    [{ DescribeImportTasks: { perSecond: Number.NaN, burst: 1 } }, 'rateLimits.DescribeImportTasks.perSecond', /finite/],
    [{ DescribeImportTasks: { perSecond: -1, burst: 1 } }, 'rateLimits.DescribeImportTasks.perSecond', /finite/],
    [{ DescribeImportTasks: { perSecond: 1, burst: 0.5 } }, 'rateLimits.DescribeImportTasks.burst', /integer/],
    [{ DescribeImportTasks: { perSecond: 1 } }, 'rateLimits.DescribeImportTasks.burst', /required/],
    [{ default: { burst: 1 } }, 'rateLimits.default.perSecond', /required/],
    [{ DescribeImportTasks: 10 }, 'rateLimits.DescribeImportTasks', /must be an object/],
    [{}, 'rateLimits', /limit nothing/],
    ['AWS', 'rateLimits', /'aws'/],
    [null, 'rateLimits', /must be an object/],
  ])('refuses %j with a typed error naming the field', (option, field, message) => {
    const attempt = (): unknown => new RateLimits(() => 0, catalog, option as RateLimitsOption);
    expect(attempt).toThrow(EmulatorOptionError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as EmulatorOptionError).field).toBe(field);
    }
  });

  it('changes nothing when set() refuses', () => {
    const { limits } = limiter({ DescribeImportTasks: { perSecond: 1, burst: 1 } });
    expect(() => limits.set({ DescribeImportTasks: { perSecond: 1, burst: -1 } })).toThrow(EmulatorOptionError);
    expect(burst(limits, 'DescribeImportTasks', 2)).toBe(1);
  });
});
