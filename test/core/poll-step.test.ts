import { describe, expect, it } from 'vitest';
import { ValidationError, Waitable, type CallOptions, type Checkpoint, type PollDefaults } from '../../src/core/index.js';
import { FakeClock } from '../support/fake-clock.js';

type Status = { kind: 'running'; raw: 'RUNNING' } | { kind: 'succeeded'; raw: 'DONE' };
const running: Status = { kind: 'running', raw: 'RUNNING' };
const done: Status = { kind: 'succeeded', raw: 'DONE' };

/** A resource whose refresh() answers from a script: a status, or an error to throw. */
class Job extends Waitable<Status> {
  refreshes = 0;
  #status: Status = { kind: 'running', raw: 'RUNNING' };
  constructor(private readonly script: readonly (Status | Error)[]) {
    super();
  }
  get status(): Status {
    return this.#status;
  }
  async refresh(options: CallOptions = {}): Promise<this> {
    options.signal?.throwIfAborted();
    const next = this.script[Math.min(this.refreshes, this.script.length - 1)] ?? running;
    this.refreshes += 1;
    if (next instanceof Error) throw next;
    this.#status = next;
    return this;
  }
  toJSON(): Checkpoint {
    return { v: 1, service: 'dms', resource: 'Job', id: 'job-1', status: { ...this.#status } };
  }
  protected clone(): this {
    const copy = new Job(this.script) as this;
    copy.#status = this.#status;
    return copy;
  }
  protected get pollDefaults(): PollDefaults {
    return { minDelayMs: 1_000, maxDelayMs: 10_000 };
  }
}

const throttled = () => Object.assign(new Error('slow down'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });

describe('poll()', () => {
  it('refreshes once per step and, until done, gives the backoff for the attempt: min, then up to min·2^(n−1), capped at max', async () => {
    const job = new Job([running]);
    const steps = [];
    for (let i = 0; i < 6; i++) steps.push(await job.poll({ random: () => 1 }));
    expect(job.refreshes).toBe(6);
    expect(steps.map((s) => s.nextPollInMs)).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
    expect(steps.map((s) => s.checkpoint.poll?.attempt)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(steps.every((s) => s.done === false && s.status.kind === 'running')).toBe(true);
    // The floor holds whatever the jitter draws.
    expect((await job.poll({ random: () => 0 })).nextPollInMs).toBe(1_000);
  });

  it('steps through the same delays a waitUntilComplete() sleeps, with the same randomness', async () => {
    const script = [running, running, running, running, running, done];
    const draws = [0.3, 0.9, 0.5, 0.1, 0.7];
    const seq = () => {
      let i = 0;
      return () => draws[i++ % draws.length]!;
    };
    const clock = new FakeClock();
    await new Job(script).waitUntilComplete({ clock, random: seq() });
    const job = new Job(script);
    const random = seq();
    const delays: number[] = [];
    for (let r = await job.poll({ random }); !r.done; r = await job.poll({ random })) delays.push(r.nextPollInMs);
    expect(delays).toEqual(clock.sleeps);
    expect(delays).toHaveLength(5);
  });

  it('ends with done: true, the terminal status, no nextPollInMs and the final checkpoint', async () => {
    const job = new Job([running, done]);
    await job.poll();
    const last = await job.poll();
    expect(last).toEqual({ done: true, status: done, checkpoint: { v: 1, service: 'dms', resource: 'Job', id: 'job-1', status: done, poll: { attempt: 2 } } });
    expect('nextPollInMs' in last).toBe(false);
    expect(JSON.parse(JSON.stringify(last))).toEqual(last);
  });

  it('takes minDelayMs and maxDelayMs over the defaults', async () => {
    const job = new Job([running]);
    const delays = [];
    for (let i = 0; i < 4; i++) delays.push((await job.poll({ minDelayMs: 50, maxDelayMs: 120, random: () => 1 })).nextPollInMs);
    expect(delays).toEqual([50, 100, 120, 120]);
    // A maxDelayMs below minDelayMs is lifted to it, as in waits.
    expect((await job.poll({ minDelayMs: 300, maxDelayMs: 10, random: () => 1 })).nextPollInMs).toBe(300);
  });

  it('counts a throttled or transient refresh as an attempt that saw nothing new, and does not reject', async () => {
    const job = new Job([running, throttled(), Object.assign(new Error('boom'), { name: 'InternalServerException', $metadata: { httpStatusCode: 500 } }), done]);
    const first = await job.poll({ random: () => 1 });
    const second = await job.poll({ random: () => 1 });
    const third = await job.poll({ random: () => 1 });
    expect([first.nextPollInMs, second.nextPollInMs, third.nextPollInMs]).toEqual([1_000, 2_000, 4_000]);
    expect(second).toMatchObject({ done: false, status: running, checkpoint: { poll: { attempt: 2 } } });
    expect(await job.poll()).toMatchObject({ done: true, status: done });
  });

  it('rejects at once with an error no wait can cure, without counting an attempt', async () => {
    const denied = Object.assign(new Error('no'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } });
    const job = new Job([running, denied]);
    await job.poll();
    await expect(job.poll()).rejects.toBe(denied);
    expect(job.refreshes).toBe(2);
    expect(job.toJSON().poll).toBeUndefined(); // the test resource's own toJSON does not carry poll state
  });

  it('rejects with signal.reason and sends nothing when the signal has aborted', async () => {
    const job = new Job([running]);
    const reason = new Error('stop');
    await expect(job.poll({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(job.refreshes).toBe(0);
  });

  it('suggests the option meant by a misspelt key', async () => {
    const job = new Job([running]);
    await expect(job.poll({ minDelay: 5 } as never)).rejects.toThrow(/did you mean `minDelayMs`/);
    expect(job.refreshes).toBe(0);
  });

  it.each([
    [{ minDelay: 5 }, 'minDelay'],
    [{ timeoutMs: 5 }, 'timeoutMs'],
    [{ minDelayMs: -1 }, 'minDelayMs'],
    [{ maxDelayMs: Number.NaN }, 'maxDelayMs'],
    [{ signal: 'x' }, 'signal'],
    [{ random: 0.5 }, 'random'],
    [null, 'options'],
  ])('refuses %j with a ValidationError naming %s, before any request', async (options, field) => {
    const job = new Job([running]);
    const error = await job.poll(options as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect(job.refreshes).toBe(0);
  });
});
