import { describe, expectTypeOf, it } from 'vitest';
import type {
  AssessmentRun,
  AssessmentRunStatus,
  Checkpoint,
  ImportTask,
  ImportTaskStatus,
  MgnImport,
  MgnImportStatus,
  MigrationKit,
  MigrationTask,
  MigrationTaskStatus,
  PollOptions,
  PollResult,
} from '../../src/index.js';

declare const kit: MigrationKit;
declare const task: ImportTask;
declare const imp: MgnImport;
declare const hubTask: MigrationTask;
declare const run: AssessmentRun;

describe('poll()', () => {
  it("resolves with a PollResult of the handle's own status type", () => {
    expectTypeOf(task.poll()).resolves.toEqualTypeOf<PollResult<ImportTaskStatus>>();
    expectTypeOf(imp.poll()).resolves.toEqualTypeOf<PollResult<MgnImportStatus>>();
    expectTypeOf(hubTask.poll()).resolves.toEqualTypeOf<PollResult<MigrationTaskStatus>>();
    expectTypeOf(run.poll()).resolves.toEqualTypeOf<PollResult<AssessmentRunStatus>>();
  });

  it('narrows on done: nextPollInMs is a number only while not done', async () => {
    const r = await task.poll();
    expectTypeOf(r.nextPollInMs).toEqualTypeOf<number | undefined>();
    expectTypeOf(r.checkpoint).toEqualTypeOf<Checkpoint>();
    if (r.done) {
      expectTypeOf(r.nextPollInMs).toEqualTypeOf<undefined>();
    } else {
      expectTypeOf(r.nextPollInMs).toEqualTypeOf<number>();
    }
    // The status keeps its own union, so a switch on kind narrows as usual.
    if (r.status.kind === 'partially-succeeded') expectTypeOf(r.status.errorsZipUrl).toEqualTypeOf<string | undefined>();
  });

  it('polls a resumed handle of any service, and its status is one of theirs', async () => {
    const r = await kit.resume('{}').poll();
    expectTypeOf(r.status.kind).toExtend<ImportTaskStatus['kind'] | MgnImportStatus['kind'] | MigrationTaskStatus['kind'] | AssessmentRunStatus['kind']>();
    expectTypeOf(r.checkpoint.poll).toEqualTypeOf<{ readonly attempt: number } | undefined>();
  });

  it('refuses options it does not know, and durations that are not numbers', () => {
    expectTypeOf<{ minDelayMs: 1_000; maxDelayMs: 60_000; signal: AbortSignal; random: () => number }>().toExtend<PollOptions>();
    // @ts-expect-error timeoutMs is a wait option, not a poll step's
    void task.poll({ timeoutMs: 10 });
    // @ts-expect-error minDelayMs is in milliseconds, a number
    void task.poll({ minDelayMs: '5s' });
  });

  it('types Migration Hub staleness as a tri-state', () => {
    expectTypeOf(hubTask.stale).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(hubTask.isStaleAt(0)).toEqualTypeOf<boolean | undefined>();
  });
});
