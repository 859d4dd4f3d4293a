/**
 * Every facade promises that an aborted call rejects with `signal.reason`, also when the abort lands while the
 * request is on the wire (the SDK then rejects with its own AbortError, which the facade must not let through).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrationKit } from '../../src/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';

describe('abort while a request is in flight', () => {
  let emu: Emulator;
  let kit: MigrationKit;
  beforeAll(async () => {
    emu = await startEmulator({ speed: 0 });
    kit = new MigrationKit({ ...emu.clientConfig });
    emu.putObject('abort-test', 'ads.csv', 'ExternalId\nx-1\n');
    emu.putObject('abort-test', 'mgn.csv', 'mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform\nw,a,s,LINUX\n');
  });
  afterAll(() => emu.close());

  /** Starts `call` with a signal, aborts it 50 ms into a 400 ms response delay, and returns the rejection. */
  async function abortedDuring(operation: string, call: (signal: AbortSignal) => Promise<unknown>): Promise<unknown> {
    emu.faults.inject({ kind: 'latency', operation, latencyMs: 400 });
    const controller = new AbortController();
    const pending = call(controller.signal).then(
      () => 'resolved',
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const reason = new Error(`stop ${operation}`);
    controller.abort(reason);
    expect(await pending).toBe(reason);
    return reason;
  }

  it('Discovery', async () => {
    const task = await kit.discovery.startImport({ name: 'abort', importUrl: 's3://abort-test/ads.csv' });
    await abortedDuring('DescribeImportTasks', (signal) => task.refresh({ signal }));
  });

  it('MGN', async () => {
    const imp = await kit.mgn.startImport({ bucket: 'abort-test', key: 'mgn.csv' });
    await abortedDuring('ListImports', (signal) => imp.refresh({ signal }));
  });

  it('Migration Hub', async () => {
    await kit.hub.stream('abort-tool').create();
    const task = kit.hub.stream('abort-tool').task('vm-1');
    await task.import();
    await abortedDuring('DescribeMigrationTask', (signal) => task.refresh({ signal }));
  });

  it('DMS', async () => {
    const run = await kit.dms.replicationTask(await emu.createReplicationTask()).startAssessmentRun({
      name: 'abort',
      serviceAccessRoleArn: `arn:aws:iam::${emu.accountId}:role/dms`,
      resultLocation: { bucket: 'abort-results' },
    });
    await abortedDuring('DescribeReplicationTaskAssessmentRuns', (signal) => run.refresh({ signal }));
  });
});
