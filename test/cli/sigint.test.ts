/** Ctrl-C during `amk wait`: exit code 130, and no request reaches the emulator after the signal. */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { BUCKET, DISCOVERY_CSV, kitOf } from './fixtures.js';
import { emulatorEnv } from '../support/emulator-env.js';
import { finished, records, spawnCli } from './run-cli.js';


vi.setConfig({ testTimeout: 120_000 });
let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
  emu.putObject(BUCKET, 'servers.csv', DISCOVERY_CSV);
});
afterAll(() => emu.close());

it('SIGINT aborts the wait through its signal: exit 130, a final event, and no request after the signal', async () => {
  const kit = kitOf(emu);
  const task = await kit.discovery.startImport({ name: 'interrupted', importUrl: `s3://${BUCKET}/servers.csv` });
  const child = await spawnCli(['wait', task.id, '--json', '--min-delay', '50ms', '--max-delay', '50ms'], emulatorEnv(emu));
  const done = finished(child);
  let atSignal = -1;
  await new Promise<void>((resolve) => {
    let polls = 0;
    const off = emu.onExchange((x) => {
      // Right after the second poll is answered, while the bin waits for its response or sleeps before the next.
      if (x.operation !== 'DescribeImportTasks' || ++polls < 2) return;
      atSignal = emu.requestCount();
      child.kill('SIGINT');
      off();
      resolve();
    });
  });
  const result = await done;
  expect(result.code).toBe(130);
  expect(emu.requestCount()).toBe(atSignal);
  expect(records(result.stdout).at(-1)).toMatchObject({ type: 'final', outcome: 'interrupted', resource: { id: task.id, status: { kind: 'running' } } });
  expect(result.stderr).toBe('');
}, 60_000);

it('--debug logs the kit\'s polls to stderr', async () => {
  const task = await kitOf(emu).discovery.startImport({ name: 'debugged', importUrl: `s3://${BUCKET}/servers.csv` });
  emu.clock.advance(10 * 60_000);
  const result = await finished(await spawnCli(['wait', task.id, '--debug', '--json'], emulatorEnv(emu)));
  expect(result.code).toBe(0);
  expect(result.stderr).toMatch(/^\d{4}-\d\d-\d\dT\S+ (debug|info) /m);
});
