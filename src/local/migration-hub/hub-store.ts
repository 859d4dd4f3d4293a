import type { EmulatorClock } from '../clock.js';
import { epochSeconds } from '../service.js';
import { page } from './paging.js';
import { hubFault } from './wire-input.js';

/** One task's stored state, in wire form. @internal */
export interface TaskRecord {
  readonly stream: string;
  readonly name: string;
  task: { Status: string; StatusDetail?: string; ProgressPercent?: number } | undefined;
  /** Epoch ms of the last notification (or of the import). */
  updateDateTime: number;
  /** The last notification's promise, in seconds. */
  nextUpdateSeconds: number | undefined;
  attributes: { Type: string; Value: string }[];
  readonly artifacts: Map<string, { Name: string; Description?: string }>;
  readonly resources: Map<string, { ConfigurationId: string; Description?: string }>;
}

/** The emulated account's progress update streams and their tasks. @internal */
export class HubStore {
  readonly #streams = new Map<string, Map<string, TaskRecord>>();
  readonly #clock: EmulatorClock;

  /** @param clock - The emulator's clock (import times). */
  constructor(clock: EmulatorClock) {
    this.#clock = clock;
  }

  /** @internal Every stream and its tasks (live objects: the caller encodes them). */
  allStreams(): ReadonlyMap<string, ReadonlyMap<string, TaskRecord>> {
    return this.#streams;
  }

  /** @internal Replaces every stream with saved ones. */
  replaceStreams(streams: ReadonlyMap<string, ReadonlyMap<string, TaskRecord>>): void {
    this.#streams.clear();
    for (const [name, tasks] of streams) this.#streams.set(name, new Map(tasks));
  }

  /** Stream names, oldest first. */
  streamNames(): string[] {
    return [...this.#streams.keys()];
  }

  /** The stream's tasks, or ResourceNotFoundException. */
  stream(name: string): Map<string, TaskRecord> {
    const tasks = this.#streams.get(name);
    if (!tasks) throw hubFault('ResourceNotFoundException', `Progress update stream ${name} does not exist`);
    return tasks;
  }

  /** The task, or ResourceNotFoundException (for an unknown stream or task). */
  task(stream: string, name: string): TaskRecord {
    const task = this.stream(stream).get(name);
    if (!task) throw hubFault('ResourceNotFoundException', `Migration task ${name} does not exist in progress update stream ${stream}`);
    return task;
  }

  /** The task, or undefined. */
  find(stream: string, name: string): TaskRecord | undefined {
    return this.#streams.get(stream)?.get(name);
  }

  /** Creates a stream; an existing one is left as it is. */
  createStream(name: string): void {
    if (!this.#streams.has(name)) this.#streams.set(name, new Map());
  }

  /** Deletes a stream and everything under it. */
  deleteStream(name: string): void {
    this.stream(name);
    this.#streams.delete(name);
  }

  /** Registers a task; an existing one is left as it is. */
  importTask(stream: string, name: string): void {
    const tasks = this.stream(stream);
    if (tasks.has(name)) return;
    tasks.set(name, {
      stream,
      name,
      task: undefined,
      updateDateTime: this.#clock.now(),
      nextUpdateSeconds: undefined,
      attributes: [],
      artifacts: new Map(),
      resources: new Map(),
    });
  }

  /** Every task, stream by stream, optionally only those linked to the discovered resource `resourceName`. */
  tasks(resourceName?: string): TaskRecord[] {
    const all = [...this.#streams.values()].flatMap((tasks) => [...tasks.values()]);
    return resourceName === undefined ? all : all.filter((t) => t.resources.has(resourceName));
  }

  /** DescribeMigrationTask's `MigrationTask`, in wire form. */
  describe(record: TaskRecord): Record<string, unknown> {
    return {
      ProgressUpdateStream: record.stream,
      MigrationTaskName: record.name,
      Task: record.task ?? { Status: 'NOT_STARTED' },
      UpdateDateTime: epochSeconds(record.updateDateTime),
      ...(record.attributes.length > 0 ? { ResourceAttributeList: record.attributes } : {}),
    };
  }

  /** A ListMigrationTasks summary, in wire form. */
  summary(record: TaskRecord): Record<string, unknown> {
    const task = record.task ?? { Status: 'NOT_STARTED' };
    return {
      ProgressUpdateStream: record.stream,
      MigrationTaskName: record.name,
      Status: task.Status,
      ...(task.ProgressPercent !== undefined ? { ProgressPercent: task.ProgressPercent } : {}),
      ...(task.StatusDetail !== undefined ? { StatusDetail: task.StatusDetail } : {}),
      UpdateDateTime: epochSeconds(record.updateDateTime),
    };
  }

  /** ListProgressUpdateStreams. */
  listStreams(input: Record<string, unknown>): Record<string, unknown> {
    const { items, nextToken } = page('streams', this.streamNames(), input, 100);
    return { ProgressUpdateStreamSummaryList: items.map((name) => ({ ProgressUpdateStreamName: name })), ...(nextToken ? { NextToken: nextToken } : {}) };
  }

  /** ListMigrationTasks. */
  listTasks(input: Record<string, unknown>): Record<string, unknown> {
    const resourceName = typeof input['ResourceName'] === 'string' ? input['ResourceName'] : undefined;
    const { items, nextToken } = page('tasks', this.tasks(resourceName), input, 100);
    return { MigrationTaskSummaryList: items.map((t) => this.summary(t)), ...(nextToken ? { NextToken: nextToken } : {}) };
  }
}
