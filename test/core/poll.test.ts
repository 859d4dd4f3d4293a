import { describe, expect, it } from 'vitest';
import { pollChanges, pollUntilDone, WaitTimeoutError, type PollSpec } from '../../src/core/index.js';
import { FakeClock } from '../support/fake-clock.js';

interface Snap {
  readonly state: string;
  readonly n: number;
}

/** A spec that answers from a script of states (or errors) and counts observations. */
function scripted(script: readonly (string | Error)[]): PollSpec<Snap> & { calls: number } {
  const spec = {
    calls: 0,
    async observe(): Promise<Snap> {
      const step = script[Math.min(spec.calls, script.length - 1)];
      spec.calls += 1;
      if (step instanceof Error) throw step;
      return { state: step ?? 'missing', n: spec.calls };
    },
    isDone: (s: Snap) => s.state === 'done' || s.state === 'failed',
    changeKey: (s: Snap) => s.state,
  };
  return spec;
}

function throttling(): Error {
  return Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
}

describe('pollUntilDone', () => {
  it('checks immediately and resolves without sleeping when the first snapshot is terminal', async () => {
    const clock = new FakeClock();
    const spec = scripted(['done']);
    const result = await pollUntilDone(spec, { clock });
    expect(result.state).toBe('done');
    expect(spec.calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('grows the delay from min towards max with jitter, capped at max', async () => {
    const clock = new FakeClock();
    const spec = scripted(['a', 'a', 'a', 'a', 'a', 'a', 'done']);
    await pollUntilDone(spec, { clock, minDelayMs: 100, maxDelayMs: 1000, random: () => 1 });
    // random() = 1 puts each delay at its ceiling: min·2^(attempt−1), capped at max.
    expect(clock.sleeps).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('never polls faster than minDelayMs whatever the jitter', async () => {
    const clock = new FakeClock();
    await pollUntilDone(scripted(['a', 'a', 'a', 'a', 'done']), { clock, minDelayMs: 250, maxDelayMs: 5000, random: () => 0 });
    expect(clock.sleeps).toEqual([250, 250, 250, 250]);
  });

  it('reports each change once to onProgress, including the first observation', async () => {
    const clock = new FakeClock();
    const seen: string[] = [];
    await pollUntilDone(scripted(['pending', 'pending', 'running', 'running', 'done']), {
      clock,
      minDelayMs: 1,
      maxDelayMs: 1,
      onProgress: (s) => seen.push(s.state),
    });
    expect(seen).toEqual(['pending', 'running', 'done']);
  });

  it('times out with WaitTimeoutError carrying the last snapshot, never sleeping past the deadline', async () => {
    const clock = new FakeClock();
    const spec = scripted(['running']);
    const error = await pollUntilDone(spec, { clock, timeoutMs: 1000, minDelayMs: 300, maxDelayMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    const timeout = error as WaitTimeoutError<Snap>;
    expect(timeout.name).toBe('WaitTimeoutError');
    expect(timeout.lastSnapshot?.state).toBe('running');
    expect(timeout.timeoutMs).toBe(1000);
    expect(clock.sleeps).toEqual([300, 300, 300, 100]);
    expect(clock.time).toBe(1000);
  });

  it('retries throttling and transient errors while polling without surfacing them', async () => {
    const clock = new FakeClock();
    const serverError = Object.assign(new Error('boom'), { name: 'InternalFailure', $metadata: { httpStatusCode: 500 } });
    const dropped = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const spec = scripted(['running', throttling(), serverError, dropped, 'done']);
    const result = await pollUntilDone(spec, { clock, minDelayMs: 10, maxDelayMs: 10 });
    expect(result.state).toBe('done');
    expect(spec.calls).toBe(5);
  });

  it('fails at once on an error no wait can cure', async () => {
    const clock = new FakeClock();
    const denied = Object.assign(new Error('denied'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
    const spec = scripted(['running', denied, 'done']);
    await expect(pollUntilDone(spec, { clock, minDelayMs: 10, maxDelayMs: 10 })).rejects.toBe(denied);
    expect(spec.calls).toBe(2);
  });

  it('gives up retrying after the retry budget and rejects with the service error', async () => {
    const clock = new FakeClock();
    const spec = scripted([throttling()]);
    await expect(pollUntilDone(spec, { clock, minDelayMs: 10, maxDelayMs: 10 })).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(spec.calls).toBe(6);
  });

  it('rejects with signal.reason and sends nothing after an abort during the sleep', async () => {
    const clock = new FakeClock();
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    clock.onSleep = () => controller.abort(reason);
    const spec = scripted(['running', 'done']);
    await expect(pollUntilDone(spec, { clock, signal: controller.signal })).rejects.toBe(reason);
    expect(spec.calls).toBe(1);
  });

  it('rejects at once, with no request, when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('early'));
    const spec = scripted(['done']);
    await expect(pollUntilDone(spec, { clock: new FakeClock(), signal: controller.signal })).rejects.toThrow('early');
    expect(spec.calls).toBe(0);
  });

  it('validates its options before the first request', async () => {
    const spec = scripted(['done']);
    await expect(pollUntilDone(spec, { timeoutMs: -1 })).rejects.toMatchObject({ name: 'ValidationError', field: 'timeoutMs' });
    await expect(pollUntilDone(spec, { minDelayMs: Number.NaN })).rejects.toMatchObject({ field: 'minDelayMs' });
    expect(spec.calls).toBe(0);
  });

  it('uses the spec defaults when the caller sets no delays', async () => {
    const clock = new FakeClock();
    await pollUntilDone({ ...scripted(['a', 'done']), defaults: { minDelayMs: 7, maxDelayMs: 7 } }, { clock });
    expect(clock.sleeps).toEqual([7]);
  });
});

describe('pollChanges (watch)', () => {
  it('yields de-duplicated changes ending with the terminal one', async () => {
    const clock = new FakeClock();
    const states: string[] = [];
    for await (const s of pollChanges(scripted(['a', 'a', 'b', 'b', 'b', 'done']), { clock, minDelayMs: 1, maxDelayMs: 1 })) {
      states.push(s.state);
    }
    expect(states).toEqual(['a', 'b', 'done']);
  });

  it('stops polling when the consumer breaks out', async () => {
    const clock = new FakeClock();
    const spec = scripted(['a', 'b', 'c', 'done']);
    for await (const s of pollChanges(spec, { clock, minDelayMs: 1, maxDelayMs: 1 })) {
      if (s.state === 'b') break;
    }
    expect(spec.calls).toBe(2);
  });
});
