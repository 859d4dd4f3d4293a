import { describe, expectTypeOf, it } from 'vitest';
import { assertNever, type Paginated } from '../../src/core/index.js';
import {
  MigrationHubService,
  type CreatedArtifact,
  type DryRunResult,
  type MigrationTask,
  type MigrationTaskStatus,
  type ProgressUpdateStream,
  type ResourceAttributeType,
} from '../../src/migration-hub/index.js';

const hub = new MigrationHubService();
const task = hub.migrationTask('tool', 'vm');

describe('MigrationTaskStatus', () => {
  it('narrows on kind', () => {
    const status = task.status;
    switch (status.kind) {
      case 'pending':
        expectTypeOf(status.raw).toEqualTypeOf<'NOT_STARTED'>();
        break;
      case 'running':
        expectTypeOf(status.raw).toEqualTypeOf<'IN_PROGRESS'>();
        break;
      case 'failed':
        expectTypeOf(status.message).toEqualTypeOf<string | undefined>();
        break;
      case 'succeeded':
        expectTypeOf(status.raw).toEqualTypeOf<'COMPLETED'>();
        // @ts-expect-error only a failed status has a message
        void status.message;
        break;
      case 'unknown':
        expectTypeOf(status.raw).toEqualTypeOf<string>();
        break;
      default:
        assertNever(status);
    }
    expectTypeOf<MigrationTaskStatus['kind']>().toEqualTypeOf<'pending' | 'running' | 'failed' | 'succeeded' | 'unknown'>();
  });
});

describe('dry runs', () => {
  it('resolve to a DryRunResult only when dryRun is true', () => {
    expectTypeOf(task.notify({ status: 'IN_PROGRESS', nextUpdateSeconds: 60, dryRun: true })).toEqualTypeOf<Promise<DryRunResult>>();
    expectTypeOf(task.notify({ status: 'IN_PROGRESS', nextUpdateSeconds: 60 })).toEqualTypeOf<Promise<MigrationTask>>();
    const flag = Math.random() > 0.5;
    expectTypeOf(task.notify({ status: 'IN_PROGRESS', nextUpdateSeconds: 60, dryRun: flag })).toEqualTypeOf<Promise<MigrationTask | DryRunResult>>();
    expectTypeOf(hub.stream('tool').create()).toEqualTypeOf<Promise<ProgressUpdateStream>>();
    expectTypeOf(hub.stream('tool').create({ dryRun: true })).toEqualTypeOf<Promise<DryRunResult>>();
    expectTypeOf(hub.stream('tool').delete()).toEqualTypeOf<Promise<void>>();
    expectTypeOf(task.import({ dryRun: true })).toEqualTypeOf<Promise<DryRunResult>>();
    expectTypeOf(task.createdArtifacts.associate({ name: 'arn:aws:ec2:::x' })).toEqualTypeOf<Promise<void>>();
  });
});

describe('inputs that must not compile', () => {
  it('refuses wrong updates and options', () => {
    // @ts-expect-error not a Migration Hub status
    void task.notify({ status: 'DONE', nextUpdateSeconds: 60 });
    // @ts-expect-error nextUpdateSeconds is required by the service
    void task.notify({ status: 'IN_PROGRESS' });
    // @ts-expect-error a typo is not an option
    void task.notify({ status: 'IN_PROGRESS', nextUpdateSeconds: 60, progresPercent: 10 });
    // @ts-expect-error failWhenStale belongs to the waits, not to watch()
    void task.watch({ failWhenStale: true });
    // @ts-expect-error not a resource attribute type
    void task.putResourceAttributes([{ type: 'HOSTNAME', value: 'x' }]);
    // @ts-expect-error durations carry their unit
    void task.waitUntilComplete({ timeout: 1000 });
  });
});

describe('results', () => {
  it('keeps the work result type through track() and the handle type through waits', () => {
    expectTypeOf(task.track(async (report) => {
      expectTypeOf(report).parameters.toEqualTypeOf<[percent: number, detail?: string]>();
      return 42;
    })).toEqualTypeOf<Promise<number>>();
    expectTypeOf(task.waitUntilComplete({ failWhenStale: true, onProgress: (t) => expectTypeOf(t).toEqualTypeOf<MigrationTask>() })).toEqualTypeOf<Promise<MigrationTask>>();
    expectTypeOf(task.watch()).toEqualTypeOf<AsyncIterable<MigrationTask>>();
    expectTypeOf(hub.migrationTasks()).toEqualTypeOf<Paginated<MigrationTask>>();
    expectTypeOf(hub.streams()).toEqualTypeOf<Paginated<ProgressUpdateStream>>();
    expectTypeOf(task.createdArtifacts.list()).toEqualTypeOf<Paginated<CreatedArtifact>>();
    expectTypeOf(task.stale).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(hub.homeRegion()).toEqualTypeOf<Promise<string | undefined>>();
    expectTypeOf<ResourceAttributeType>().toExtend<string>();
  });
});
