import type { MigrationHubClient } from '@aws-sdk/client-migration-hub';
import type { Clock } from '../../src/core/index.js';
import { MigrationHubService } from '../../src/migration-hub/index.js';

/** One request the fake client received. */
export interface FakeCall {
  readonly operation: string;
  readonly input: Record<string, unknown>;
  readonly abortSignal: AbortSignal | undefined;
}

/** Answers one operation: return the output, or throw the error the service would. */
export type FakeHandler = (operation: string, input: Record<string, unknown>) => unknown;

/** An AWS-style error, as the SDK would throw it. */
export function awsError(name: string, message = name, status = 400): Error & { $metadata: { httpStatusCode: number; requestId: string } } {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status, requestId: `req-${name}` } });
}

/** A facade over a fake `send` that records every call. */
export function fakeHub(handler: FakeHandler = () => ({}), clock?: Clock): { hub: MigrationHubService; calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const client = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }, options?: { abortSignal?: AbortSignal }) => {
      const operation = command.constructor.name.replace(/Command$/, '');
      calls.push({ operation, input: command.input, abortSignal: options?.abortSignal });
      return { $metadata: { httpStatusCode: 200 }, ...((await handler(operation, command.input)) as object) };
    },
  } as unknown as MigrationHubClient;
  return { hub: new MigrationHubService(clock ? { client, clock } : { client }), calls };
}
