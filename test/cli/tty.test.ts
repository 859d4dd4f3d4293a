/**
 * `amk wait` on a real pseudo-terminal (util-linux `script`): one line per resource redrawn in place by moving the
 * cursor up over the previous frame, colour by status kind, the cursor hidden then restored, a final summary.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { BUCKET, DISCOVERY_CSV, advanceOnPoll, kitOf } from './fixtures.js';
import { emulatorEnv } from '../support/emulator-env.js';
import { binPath, finished } from './run-cli.js';


vi.setConfig({ testTimeout: 120_000 });
let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
  emu.putObject(BUCKET, 'servers.csv', DISCOVERY_CSV);
  emu.putObject(BUCKET, 'good.csv', 'ExternalId,HostName\nsrv-1,web-01\nsrv-2,web-02\n');
});
afterAll(() => emu.close());

const ESC = '\u001b';
const strip = (text: string): string => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

it('redraws one line per resource in place and ends with a summary', async () => {
  const kit = kitOf(emu);
  const tasks = [
    await kit.discovery.startImport({ name: 'wave-1', importUrl: `s3://${BUCKET}/good.csv` }),
    await kit.discovery.startImport({ name: 'wave-2', importUrl: `s3://${BUCKET}/servers.csv` }),
    await kit.discovery.startImport({ name: 'wave-3', importUrl: `s3://${BUCKET}/good.csv` }),
  ];
  const stop = advanceOnPoll(emu, { DescribeImportTasks: 15_000 });
  const command = `stty cols 120 rows 30; ${process.execPath} ${await binPath()} wait ${tasks.map((t) => t.id).join(' ')} --min-delay 20ms --max-delay 40ms`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], { env: emulatorEnv(emu, { TERM: 'xterm-256color' }), stdio: ['ignore', 'pipe', 'pipe'] });
  const { code, stdout } = await finished(child);
  stop();
  expect(code).toBe(0);
  // Frames after the first start by moving the cursor up over the three lines drawn before.
  const frames = stdout.split(`${ESC}[3A`);
  expect(frames.length).toBeGreaterThanOrEqual(3);
  expect(stdout.startsWith(`${ESC}[?25l`)).toBe(true);
  expect(stdout).toContain(`${ESC}[?25h`);
  // Each line is cleared before it is drawn again; no line is printed twice below the others.
  const last = frames.at(-1) ?? '';
  const lines = strip(last).split(/\r?\n/).map((l) => l.replace(/^\r/, '')).filter((l) => l.trim() !== '');
  expect(lines).toHaveLength(4);
  expect(last.match(new RegExp(`\\r${ESC}\\[2K`, 'g'))).toHaveLength(3);
  // Colour: green for succeeded, yellow for partially-succeeded.
  expect(last).toContain(`${ESC}[32msucceeded`);
  expect(last).toContain(`${ESC}[33mpartially-succeeded`);
  const frame = lines
    .map((l) => l.replace(/import-task-[0-9a-f]{32}/g, 'import-task-<id>').replace(/\d+:\d\d/g, 'm:ss').trimEnd())
    .join('\n');
  expect(frame).toMatchInlineSnapshot(`
    "✔ import-task-<id> wave-1         ████████████████████        2/2 succeeded            m:ss
    ✔ import-task-<id> wave-2         ████████████████████        3/3 partially-succeeded  m:ss
    ✔ import-task-<id> wave-3         ████████████████████        2/2 succeeded            m:ss
    3 resources in m:ss: 2 succeeded, 1 partially-succeeded"
  `);
}, 120_000);
