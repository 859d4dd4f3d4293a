import { describe, expect, it } from 'vitest';
import { TaskFailedError, Waitable, progressOf, type CallOptions, type Checkpoint, type PollDefaults, type Progress } from '../../src/core/index.js';
import { FakeClock } from '../support/fake-clock.js';

type Status = { kind: 'running'; raw: 'RUNNING' } | { kind: 'succeeded'; raw: 'DONE' } | { kind: 'failed'; raw: 'FAILED'; reason: string };

/** A minimal resource whose refresh() steps through a script of (status, done-count) pairs. */
class Job extends Waitable<Status> {
  refreshes = 0;
  #state: readonly [Status, number];
  constructor(private readonly script: readonly (readonly [Status, number])[]) {
    super();
    this.#state = script[0] ?? [{ kind: 'running', raw: 'RUNNING' }, 0];
  }
  get status(): Status {
    return this.#state[0];
  }
  override get progress(): Progress {
    return progressOf(this.#state[1], 10);
  }
  async refresh(_options?: CallOptions): Promise<this> {
    this.#state = this.script[Math.min(this.refreshes, this.script.length - 1)] ?? this.#state;
    this.refreshes += 1;
    return this;
  }
  toJSON(): Checkpoint {
    return { v: 1, service: 'dms', resource: 'Job', id: 'job-1', status: { kind: this.status.kind, raw: this.status.raw } };
  }
  protected clone(): this {
    const copy = new Job(this.script) as this;
    copy.#state = this.#state;
    return copy;
  }
  protected get pollDefaults(): PollDefaults {
    return { minDelayMs: 5, maxDelayMs: 5 };
  }
  protected override describeFailure(): string {
    return this.status.kind === 'failed' ? `job failed: ${this.status.reason}` : super.describeFailure();
  }
}

const running = { kind: 'running', raw: 'RUNNING' } as const;
const done = { kind: 'succeeded', raw: 'DONE' } as const;
const failed = { kind: 'failed', raw: 'FAILED', reason: 'disk full' } as const;

describe('Waitable', () => {
  it('waitUntilComplete resolves with the object itself, updated, reporting progress changes', async () => {
    const job = new Job([[running, 1], [running, 1], [running, 5], [done, 10]]);
    const seen: number[] = [];
    const result = await job.waitUntilComplete({ clock: new FakeClock(), onProgress: (j) => seen.push(j.progress.completed) });
    expect(result).toBe(job);
    expect(job.status.kind).toBe('succeeded');
    expect(seen).toEqual([1, 5, 10]);
  });

  it('waitUntilComplete resolves (does not throw) for a failed terminal status', async () => {
    const job = new Job([[running, 0], [failed, 3]]);
    await expect(job.waitUntilComplete({ clock: new FakeClock() })).resolves.toBe(job);
    expect(job.status.kind).toBe('failed');
  });

  it('waitUntilSucceeded throws TaskFailedError with the terminal snapshot', async () => {
    const job = new Job([[running, 0], [failed, 3]]);
    const error = await job.waitUntilSucceeded({ clock: new FakeClock() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    const failure = error as TaskFailedError<Job>;
    expect(failure.name).toBe('TaskFailedError');
    expect(failure.message).toBe('job failed: disk full');
    expect(failure.snapshot.status).toEqual(failed);
  });

  it('watch yields independent snapshots that keep their own status', async () => {
    const job = new Job([[running, 0], [running, 4], [done, 10]]);
    const snapshots: Job[] = [];
    for await (const s of job.watch({ clock: new FakeClock() })) snapshots.push(s);
    expect(snapshots.map((s) => s.status.kind)).toEqual(['running', 'running', 'succeeded']);
    expect(snapshots.map((s) => s.progress.completed)).toEqual([0, 4, 10]);
    expect(snapshots[0]).not.toBe(job);
  });

  it('uses the resource type polling defaults', async () => {
    const clock = new FakeClock();
    await new Job([[running, 0], [running, 0], [done, 10]]).waitUntilComplete({ clock });
    expect(clock.sleeps).toEqual([5, 5]);
  });
});
