import { describe, expectTypeOf, it } from 'vitest';
import {
  MigrationKit,
  isTerminal,
  type AssessmentRun,
  type ImportTask,
  type LifecycleKind,
  type MgnImport,
  type MigrationTask,
  type Paginated,
  type Progress,
  type ResumableHandle,
  type WaitOptions,
  waitAll,
  waitAny,
} from '../../src/index.js';

declare const kit: MigrationKit;
declare const task: ImportTask;
declare const list: Paginated<ImportTask>;
declare const run: AssessmentRun;
declare const imp: MgnImport;
declare const tasks: ImportTask[];

describe('the shared vocabulary', () => {
  it('every service status is a union on kind drawn from LifecycleKind, with raw', () => {
    expectTypeOf<ImportTask['status']['kind']>().toExtend<LifecycleKind>();
    expectTypeOf<MgnImport['status']['kind']>().toExtend<LifecycleKind>();
    expectTypeOf<MigrationTask['status']['kind']>().toExtend<LifecycleKind>();
    expectTypeOf<AssessmentRun['status']['kind']>().toExtend<LifecycleKind>();
    expectTypeOf<AssessmentRun['status']['raw']>().toExtend<string>();
    expectTypeOf(isTerminal).parameter(0).toExtend<{ kind: LifecycleKind; raw: string }>();
  });

  it('progress is normalised', () => {
    expectTypeOf(task.progress).toEqualTypeOf<Progress | undefined>();
    expectTypeOf<Progress>().toEqualTypeOf<{ readonly completed: number; readonly total: number; readonly percent: number }>();
  });
});

describe('waits', () => {
  it('resolve with the handle and report snapshots of the same type', () => {
    expectTypeOf(task.waitUntilComplete()).resolves.toEqualTypeOf<ImportTask>();
    void task.waitUntilComplete({ onProgress: (t) => expectTypeOf(t).toEqualTypeOf<ImportTask>() });
    expectTypeOf(task.watch()).toEqualTypeOf<AsyncIterable<ImportTask>>();
  });

  it('refuse options of the wrong type or without a unit', () => {
    // @ts-expect-error durations are numbers of milliseconds
    void task.waitUntilComplete({ timeoutMs: '5m' });
    // @ts-expect-error the option is timeoutMs: every duration carries its unit
    void task.waitUntilComplete({ timeout: 5000 });
    // @ts-expect-error signal must be an AbortSignal
    void task.waitUntilComplete({ signal: true });
    const ok: WaitOptions<ImportTask> = { timeoutMs: 1, minDelayMs: 1, maxDelayMs: 2, signal: AbortSignal.timeout(5) };
    void ok;
  });
});

describe('waitAll / waitAny', () => {
  it('keep the handle types: a tuple stays a tuple, an array an array, waitAny gives the union', () => {
    expectTypeOf(waitAll([task, run, imp])).resolves.toEqualTypeOf<readonly [ImportTask, AssessmentRun, MgnImport]>();
    expectTypeOf(waitAll(tasks)).resolves.toEqualTypeOf<ImportTask[]>();
    expectTypeOf(waitAny([task, run])).resolves.toEqualTypeOf<ImportTask | AssessmentRun>();
    void waitAll([task, run], { onProgress: (all) => expectTypeOf(all).toEqualTypeOf<readonly [ImportTask, AssessmentRun]>() });
  });

  it('refuse what is not a handle, and options of the wrong type', () => {
    // @ts-expect-error only handles (Waitable) can be waited for
    void waitAll([task, { status: { kind: 'running', raw: 'x' } }]);
    // @ts-expect-error durations are numbers of milliseconds
    void waitAny([task], { timeoutMs: '5m' });
  });
});

describe('lists', () => {
  it('are async iterables with pages, a bounded toArray and first', () => {
    expectTypeOf(list).toExtend<AsyncIterable<ImportTask>>();
    expectTypeOf(list.pages()).toExtend<AsyncIterable<readonly ImportTask[]>>();
    expectTypeOf(list.toArray({ limit: 10 })).resolves.toEqualTypeOf<ImportTask[]>();
    expectTypeOf(list.first()).resolves.toEqualTypeOf<ImportTask | undefined>();
    // @ts-expect-error toArray needs a limit, so a list of unknown size cannot exhaust memory
    void list.toArray();
    // @ts-expect-error toArray needs a limit
    void list.toArray({});
  });
});

describe('MigrationKit', () => {
  it('resumes to the union of every handle type', () => {
    expectTypeOf(kit.resume('{}')).toEqualTypeOf<ResumableHandle>();
    expectTypeOf<ResumableHandle>().toEqualTypeOf<ImportTask | MgnImport | import('../../src/index.js').MgnExport | MigrationTask | AssessmentRun>();
  });

  it('refuses unknown options', () => {
    // @ts-expect-error there is no such service
    void new MigrationKit({ clients: { s3: {} } });
    // @ts-expect-error region is a string
    void new MigrationKit({ region: 1 });
  });
});
