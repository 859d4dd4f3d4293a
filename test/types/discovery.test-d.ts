import { describe, expectTypeOf, it } from 'vitest';
import { assertNever, type Paginated } from '../../src/core/index.js';
import type {
  DeleteFailureReason,
  DiscoveryClientLike,
  DiscoveryService,
  DiscoveryServiceOptions,
  FailedRecord,
  ImportFailureReason,
  ImportTask,
  ImportTaskDeleteOutcome,
  ImportTaskStatus,
  StartImportInput,
} from '../../src/discovery/index.js';
import type { DiscoveryClient } from '../../src/discovery/client/index.js';

declare const discovery: DiscoveryService;
declare const task: ImportTask;

describe('ImportTaskStatus', () => {
  it('narrows on kind, with errorsZipUrl and reason only where they mean something', () => {
    const s = task.status;
    switch (s.kind) {
      case 'running':
        expectTypeOf(s.raw).toEqualTypeOf<'IMPORT_IN_PROGRESS'>();
        // @ts-expect-error a running import has no archive
        void s.errorsZipUrl;
        break;
      case 'succeeded':
        expectTypeOf(s.raw).toEqualTypeOf<'IMPORT_COMPLETE'>();
        break;
      case 'partially-succeeded':
        expectTypeOf(s.errorsZipUrl).toEqualTypeOf<string | undefined>();
        break;
      case 'failed':
        expectTypeOf(s.reason).toEqualTypeOf<ImportFailureReason | DeleteFailureReason>();
        if (s.phase === 'import') {
          expectTypeOf(s.reason).toEqualTypeOf<ImportFailureReason>();
          expectTypeOf(s.errorsZipUrl).toEqualTypeOf<string | undefined>();
        } else {
          expectTypeOf(s.raw).toEqualTypeOf<'DELETE_FAILED' | 'DELETE_FAILED_LIMIT_EXCEEDED'>();
          // @ts-expect-error a failed deletion has no archive
          void s.errorsZipUrl;
        }
        break;
      case 'deleting':
      case 'deleted':
        break;
      case 'unknown':
        expectTypeOf(s.raw).toEqualTypeOf<string>();
        break;
      default:
        assertNever(s);
    }
  });

  it('lists exactly the kinds an import can reach', () => {
    expectTypeOf<ImportTaskStatus['kind']>().toEqualTypeOf<'running' | 'succeeded' | 'partially-succeeded' | 'failed' | 'deleting' | 'deleted' | 'unknown'>();
  });
});

describe('DiscoveryService', () => {
  it('requires name and importUrl, and knows no other start option', () => {
    expectTypeOf({ name: 'a', importUrl: 's3://b/k' }).toMatchTypeOf<StartImportInput>();
    // @ts-expect-error importUrl is required
    void discovery.startImport({ name: 'a' });
    // @ts-expect-error not an option
    void discovery.startImport({ name: 'a', importUrl: 's3://b/k', bucket: 'b' });
    // @ts-expect-error the token is a string
    void discovery.startImport({ name: 'a', importUrl: 's3://b/k', clientRequestToken: 1 });
    expectTypeOf(discovery.startImport({ name: 'a', importUrl: 's3://b/k' })).resolves.toEqualTypeOf<ImportTask>();
  });

  it('types list filters with the model enums, one value or many', () => {
    expectTypeOf(discovery.importTasks({ status: ['IMPORT_COMPLETE', 'IMPORT_FAILED'], name: 'wave-1' })).toEqualTypeOf<Paginated<ImportTask>>();
    // @ts-expect-error not an ImportStatus
    void discovery.importTasks({ status: 'DONE' });
    // @ts-expect-error not a FileClassification
    void discovery.importTasks({ fileClassification: 'CSV' });
    // @ts-expect-error not a filter field
    void discovery.importTasks({ owner: 'me' });
  });

  it('narrows delete outcomes on deleted', async () => {
    const [outcome] = await discovery.deleteImportTasks(['id'], { deleteHistory: true });
    if (outcome && !outcome.deleted) expectTypeOf(outcome.error.code).toMatchTypeOf<string>();
    expectTypeOf<ImportTaskDeleteOutcome>().toHaveProperty('id');
    // @ts-expect-error deleteHistory is a boolean
    void discovery.deleteImportTasks(['id'], { deleteHistory: 'yes' });
  });

  it('accepts our DiscoveryClient (or any structural sender) as the client', () => {
    expectTypeOf<DiscoveryClient>().toMatchTypeOf<DiscoveryClientLike>();
    expectTypeOf({ client: { send: async () => ({}) } }).toMatchTypeOf<DiscoveryServiceOptions>();
    // @ts-expect-error a client needs send()
    const noSend: DiscoveryServiceOptions = { client: {} };
    void noSend;
    // @ts-expect-error maxAttempts is a number
    const badAttempts: DiscoveryServiceOptions = { maxAttempts: '3' };
    void badAttempts;
  });
});

describe('ImportTask', () => {
  it('exposes dates, counts and failed records with precise types', () => {
    expectTypeOf(task.requestTime).toEqualTypeOf<Date | undefined>();
    expectTypeOf(task.serverImportSuccess).toEqualTypeOf<number>();
    expectTypeOf(task.failedRecords()).toMatchTypeOf<AsyncIterable<FailedRecord>>();
    expectTypeOf<FailedRecord['record']>().toEqualTypeOf<Readonly<Record<string, string>>>();
    expectTypeOf(task.waitUntilComplete()).resolves.toEqualTypeOf<ImportTask>();
    // @ts-expect-error the wait option is timeoutMs
    void task.waitUntilComplete({ timeout: 1000 });
  });
});
