/** A scripted stand-in for a Discovery client: records each command and answers from a handler. */
import { BatchDeleteImportDataCommand, DescribeImportTasksCommand, StartImportTaskCommand } from '../../src/discovery/client/index.js';
import type { DiscoveryClientLike, DiscoveryCommand } from '../../src/discovery/index.js';

/** One recorded call. */
export interface FakeCall {
  readonly operation: 'StartImportTask' | 'DescribeImportTasks' | 'BatchDeleteImportData';
  readonly input: Record<string, unknown>;
  readonly abortSignal: AbortSignal | undefined;
}

/** A fake client and the calls it received. */
export interface FakeClient {
  readonly client: DiscoveryClientLike;
  readonly calls: FakeCall[];
}

function operationOf(command: DiscoveryCommand): FakeCall['operation'] {
  if (command instanceof StartImportTaskCommand) return 'StartImportTask';
  if (command instanceof DescribeImportTasksCommand) return 'DescribeImportTasks';
  if (command instanceof BatchDeleteImportDataCommand) return 'BatchDeleteImportData';
  throw new Error('unexpected command');
}

/** Builds a fake whose `send` records the call and returns (or throws) what `handler` gives. */
export function fakeClient(handler: (call: FakeCall) => unknown): FakeClient {
  const calls: FakeCall[] = [];
  return {
    calls,
    client: {
      async send(command, options) {
        const call: FakeCall = { operation: operationOf(command), input: command.input as Record<string, unknown>, abortSignal: options?.abortSignal };
        calls.push(call);
        return handler(call);
      },
    },
  };
}

/** A wire-shaped import task (as the SDK returns it) with `overrides`. */
export function rawTask(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    importTaskId: `import-task-${n.toString(16).padStart(32, '0')}`,
    name: `task-${n}`,
    importUrl: 's3://bucket/file.csv',
    status: 'IMPORT_IN_PROGRESS',
    importRequestTime: new Date(1_700_000_000_000),
    serverImportSuccess: 0,
    serverImportFailure: 0,
    applicationImportSuccess: 0,
    applicationImportFailure: 0,
    ...overrides,
  };
}
