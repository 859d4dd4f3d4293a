/** waitAll / waitAny over fake handles whose refreshes go through one BatchLookup, on the FakeClock. */
import { describe, expect, it } from 'vitest';
import {
  BatchLookup,
  ValidationError,
  WaitTimeoutError,
  Waitable,
  waitAll,
  waitAny,
  type CallOptions,
  type Checkpoint,
  type Clock,
  type LifecycleStatus,
  type PollDefaults,
} from '../../src/core/index.js';
import { FakeClock } from '../support/fake-clock.js';

type Status = { kind: 'running'; raw: 'RUNNING' } | { kind: 'succeeded'; raw: 'DONE' } | { kind: 'failed'; raw: 'FAILED' };
const RUNNING: Status = { kind: 'running', raw: 'RUNNING' };

/**
 * A fake service: `script[id]` is the status each lookup of `id` answers, in turn (the last one repeats). Lookups
 * go through one BatchLookup, so `requests` records the ids of each request, the way a describe call would.
 */
class FakeService {
  readonly requests: string[][] = [];
  readonly answered = new Map<string, number>();
  /** Errors to throw for the next requests, in turn. */
  readonly failures: unknown[] = [];
  /** Called as each request is sent. */
  onRequest: (() => void) | undefined;
  readonly lookup: BatchLookup<Status>;

  constructor(
    readonly script: Record<string, readonly Status['raw'][]>,
    maxBatch = 100,
  ) {
    this.lookup = new BatchLookup(async (ids) => {
      this.requests.push(ids);
      this.onRequest?.();
      const failure = this.failures.shift();
      if (failure) throw failure;
      return new Map(ids.flatMap((id) => (this.script[id] ? [[id, this.next(id)] as const] : [])));
    }, maxBatch);
  }

  next(id: string): Status {
    const n = this.answered.get(id) ?? 0;
    this.answered.set(id, n + 1);
    const steps = this.script[id] ?? [];
    const raw = steps[Math.min(n, steps.length - 1)] ?? 'RUNNING';
    return raw === 'DONE' ? { kind: 'succeeded', raw } : raw === 'FAILED' ? { kind: 'failed', raw } : RUNNING;
  }
}

class Job extends Waitable<Status> {
  #status: Status;
  /** Clocks passed to refreshForWait. */
  readonly clocks: (Clock | undefined)[] = [];

  constructor(
    readonly service: FakeService,
    readonly id: string,
    readonly defaults: PollDefaults = { minDelayMs: 100, maxDelayMs: 1_000 },
    status: Status = RUNNING,
  ) {
    super();
    this.#status = status;
  }
  get status(): Status {
    return this.#status;
  }
  async refresh(options: CallOptions = {}): Promise<this> {
    const found = await this.service.lookup.get(this.id, options.signal);
    if (!found) throw Object.assign(new Error(`${this.id} not found`), { name: 'ResourceNotFoundError' });
    this.#status = found;
    return this;
  }
  toJSON(): Checkpoint {
    return { v: 1, service: 'dms', resource: 'Job', id: this.id };
  }
  protected clone(): this {
    return new Job(this.service, this.id, this.defaults, this.#status) as this;
  }
  protected get pollDefaults(): PollDefaults {
    return this.defaults;
  }
  protected override refreshForWait(options: CallOptions, clock: Clock | undefined): Promise<this> {
    this.clocks.push(clock);
    return this.refresh(options);
  }
}

function jobs(service: FakeService): Job[] {
  return Object.keys(service.script).map((id) => new Job(service, id));
}

const throttled = (): Error => Object.assign(new Error('slow down'), { name: 'ThrottlingException' });

describe('waitAll', () => {
  it('checks at once, refreshes every handle on the first tick and only the unfinished after, one request per tick', async () => {
    const service = new FakeService({ a: ['RUNNING', 'DONE'], b: ['DONE'], c: ['RUNNING', 'RUNNING', 'FAILED'] });
    const handles = jobs(service);
    const clock = new FakeClock();
    let sleepsBeforeFirstRequest: number | undefined;
    service.onRequest = () => (sleepsBeforeFirstRequest ??= clock.sleeps.length);
    const result = await waitAll(handles, { clock });
    expect(result).toBe(handles);
    expect(sleepsBeforeFirstRequest).toBe(0);
    expect(service.requests).toEqual([['a', 'b', 'c'], ['a', 'c'], ['c']]);
    expect(handles.map((h) => h.status.kind)).toEqual(['succeeded', 'succeeded', 'failed']);
    expect(clock.sleeps).toHaveLength(2);
  });

  it('re-checks a handle that looks terminal on the first tick, as waitUntilComplete does', async () => {
    const service = new FakeService({ a: ['RUNNING', 'DONE'] });
    const handle = new Job(service, 'a', undefined, { kind: 'succeeded', raw: 'DONE' });
    await waitAll([handle], { clock: new FakeClock() });
    expect(service.requests).toEqual([['a'], ['a']]);
  });

  it('sends one request per batch of the lookup size each tick', async () => {
    const script = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`id-${i}`, ['RUNNING', 'DONE'] as const]));
    const service = new FakeService(script, 10);
    await waitAll(jobs(service), { clock: new FakeClock() });
    expect(service.requests.map((ids) => ids.length)).toEqual([10, 2, 10, 2]);
  });

  it('reports the array of independent snapshots, in input order, on each change only', async () => {
    const service = new FakeService({ a: ['RUNNING', 'RUNNING', 'DONE'], b: ['RUNNING', 'RUNNING', 'RUNNING', 'DONE'] });
    const handles = jobs(service);
    const seen: string[][] = [];
    const snapshots: (readonly Job[])[] = [];
    await waitAll(handles, {
      clock: new FakeClock(),
      onProgress: (all) => {
        snapshots.push(all);
        seen.push(all.map((j) => `${j.id}:${j.status.raw}`));
      },
    });
    expect(seen).toEqual([
      ['a:RUNNING', 'b:RUNNING'],
      ['a:DONE', 'b:RUNNING'],
      ['a:DONE', 'b:DONE'],
    ]);
    expect(snapshots[0]?.[0]).not.toBe(handles[0]);
    expect(snapshots[0]?.[0]?.status.raw).toBe('RUNNING');
  });

  it('backs off with jitter from the smallest minDelayMs default among the handles, up to the smallest maxDelayMs', async () => {
    const service = new FakeService({ a: ['RUNNING'], b: ['RUNNING'] });
    const handles = [new Job(service, 'a', { minDelayMs: 300, maxDelayMs: 5_000 }), new Job(service, 'b', { minDelayMs: 100, maxDelayMs: 1_000 })];
    const clock = new FakeClock();
    await expect(waitAll(handles, { clock, timeoutMs: 3_500, random: () => 1 })).rejects.toBeInstanceOf(WaitTimeoutError);
    expect(clock.sleeps.slice(0, 6)).toEqual([100, 200, 400, 800, 1_000, 1_000]);
    const low = new FakeClock();
    await expect(waitAll(handles, { clock: low, timeoutMs: 1_000, random: () => 0 })).rejects.toBeInstanceOf(WaitTimeoutError);
    expect(new Set(low.sleeps)).toEqual(new Set([100]));
  });

  it('times out with WaitTimeoutError carrying the array of last snapshots', async () => {
    const service = new FakeService({ a: ['RUNNING', 'DONE'], b: ['RUNNING'] });
    const error = (await waitAll(jobs(service), { clock: new FakeClock(), timeoutMs: 1_000 }).catch((e: unknown) => e)) as WaitTimeoutError<readonly Job[]>;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.timeoutMs).toBe(1_000);
    expect(error.lastSnapshot?.map((j) => `${j.id}:${j.status.raw}`)).toEqual(['a:DONE', 'b:RUNNING']);
  });

  it('stops on abort during a sleep with the signal reason and sends nothing after it', async () => {
    const service = new FakeService({ a: ['RUNNING'], b: ['RUNNING'] });
    const controller = new AbortController();
    const reason = new Error('stop');
    const clock = new FakeClock();
    clock.onSleep = () => {
      if (service.requests.length === 2) controller.abort(reason);
    };
    await expect(waitAll(jobs(service), { clock, signal: controller.signal })).rejects.toBe(reason);
    expect(service.requests).toHaveLength(2);
    await expect(waitAll(jobs(service), { clock, signal: controller.signal })).rejects.toBe(reason);
    expect(service.requests).toHaveLength(2);
  });

  it('retries a throttled tick for the handles whose refresh failed only, and fails at once on a final error', async () => {
    const a = new FakeService({ a: ['RUNNING', 'DONE'] });
    const b = new FakeService({ b: ['RUNNING', 'DONE'] });
    b.failures.push(throttled());
    const handles = [new Job(a, 'a'), new Job(b, 'b')];
    const aRequestsAtEachB: number[] = [];
    b.onRequest = () => aRequestsAtEachB.push(a.requests.length);
    await waitAll(handles, { clock: new FakeClock() });
    // b: throttled on the first tick and retried alone (a is not asked again), then seen done on the next tick with a.
    expect(aRequestsAtEachB).toEqual([1, 1, 2]);
    expect(a.requests).toEqual([['a'], ['a']]);
    expect(b.requests).toEqual([['b'], ['b'], ['b']]);

    const missing = new FakeService({ a: ['RUNNING'] });
    const lost = new Job(missing, 'not-there');
    await expect(waitAll([new Job(missing, 'a'), lost], { clock: new FakeClock() })).rejects.toMatchObject({ name: 'ResourceNotFoundError' });
    expect(missing.requests).toEqual([['a', 'not-there']]);
  });

  it('resolves an empty list at once without a request, and refuses what is not a handle', async () => {
    await expect(waitAll([], { clock: new FakeClock() })).resolves.toEqual([]);
    await expect(waitAll([{} as Job])).rejects.toMatchObject({ name: 'ValidationError', field: 'handles[0]' });
  });

  it('hands the wait clock to refreshForWait', async () => {
    const service = new FakeService({ a: ['DONE'] });
    const [handle] = jobs(service);
    const clock = new FakeClock();
    await waitAll([handle as Job], { clock });
    expect(handle?.clocks).toEqual([clock]);
    await waitAll([handle as Job]);
    expect(handle?.clocks).toEqual([clock, undefined]);
  });
});

describe('waitAny', () => {
  it('resolves with the first handle seen terminal and sends nothing more', async () => {
    const service = new FakeService({ a: ['RUNNING', 'RUNNING', 'RUNNING', 'DONE'], b: ['RUNNING', 'RUNNING', 'FAILED'], c: ['RUNNING', 'RUNNING', 'DONE'] });
    const handles = jobs(service);
    const clock = new FakeClock();
    const seen: string[] = [];
    const first = await waitAny(handles, { clock, onProgress: (all) => seen.push(all.map((j) => j.status.raw[0]).join('')) });
    // b and c finish on the same tick: b comes first in input order.
    expect(first).toBe(handles[1]);
    expect(first.status.kind).toBe('failed');
    expect(service.requests).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ]);
    expect(seen).toEqual(['RRR', 'RFD']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(service.requests).toHaveLength(3);
    expect(clock.sleeps).toHaveLength(2);
  });

  it('times out with the snapshots of all handles, and refuses an empty list', async () => {
    const service = new FakeService({ a: ['RUNNING'], b: ['RUNNING'] });
    const error = (await waitAny(jobs(service), { clock: new FakeClock(), timeoutMs: 500 }).catch((e: unknown) => e)) as WaitTimeoutError<readonly Job[]>;
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error.lastSnapshot).toHaveLength(2);
    await expect(waitAny([])).rejects.toBeInstanceOf(ValidationError);
  });

  it('stops on abort with the signal reason', async () => {
    const service = new FakeService({ a: ['RUNNING'] });
    const reason = new Error('stop');
    await expect(waitAny(jobs(service), { clock: new FakeClock(), signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(service.requests).toEqual([]);
  });
});

describe('types', () => {
  it('keeps the handle types of a tuple', async () => {
    const service = new FakeService({ a: ['DONE'] });
    class Other extends Job {}
    const [job, other] = await waitAll([new Job(service, 'a'), new Other(service, 'a')] as const, { clock: new FakeClock() });
    const one: Job | Other = await waitAny([new Job(service, 'a')], { clock: new FakeClock() });
    expect([job, other, one].every((h) => h instanceof Waitable)).toBe(true);
    const status: LifecycleStatus = job.status;
    expect(status.kind).toBe('succeeded');
  });
});
