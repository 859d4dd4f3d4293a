/**
 * The Step Functions recipe (docs/step-functions.md) driven the way the state machine drives it: this test interprets
 * examples/step-functions/state-machine.asl.json, runs each Poll task as a Lambda would, in a separate `node` process
 * against the built package (dist/), passing only the JSON between steps, and plays each Wait state by moving the
 * emulator's clock on by its SecondsPath.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscoveryService } from '../../src/discovery/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { csv, goodRows } from '../discovery/support.js';
import { emulatorEnv } from '../support/emulator-env.js';
// @ts-expect-error: a plain .mjs script without types
import { buildIfStale } from '../../scripts/build-if-stale.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const handlerUrl = pathToFileURL(`${root}examples/step-functions/handler.mjs`).href;
const machine = JSON.parse(readFileSync(`${root}examples/step-functions/state-machine.asl.json`, 'utf8')) as StateMachine;
const run = promisify(execFile);

interface State {
  readonly Type: 'Task' | 'Choice' | 'Wait' | 'Succeed' | 'Fail';
  readonly Next?: string;
  readonly Choices?: readonly { readonly Variable: string; readonly BooleanEquals: boolean; readonly Next: string }[];
  readonly Default?: string;
  readonly SecondsPath?: string;
  readonly Error?: string;
}
interface StateMachine {
  readonly StartAt: string;
  readonly States: Readonly<Record<string, State>>;
}
/** What the handler returns (and so the next state's input). */
interface StepOutput {
  readonly checkpoint: { readonly poll?: { readonly attempt: number }; readonly status?: { readonly kind: string } };
  readonly done: boolean;
  readonly succeeded: boolean;
  readonly status: { readonly kind: string; readonly raw: string };
  readonly waitSeconds: number;
}

/** `$.a.b` of `input`: the only JSONPath form the recipe uses. */
function at(input: unknown, path: string): unknown {
  return path.replace(/^\$\.?/, '').split('.').filter(Boolean).reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], input);
}

let emu: Emulator;
let discovery: DiscoveryService;

beforeAll(async () => {
  buildIfStale(() => {}); // each step runs against dist/: build it when the sources are newer
  // Frozen in time: only the Wait states move the clock, so the import finishes after 30 s of emulated waiting.
  emu = await startEmulator({ speed: 0, discovery: { importDurationMs: 30_000 } });
  discovery = new DiscoveryService({ ...emu.clientConfig });
  emu.putObject('bucket', 'servers.csv', csv(goodRows(3)));
}, 600_000);
afterAll(() => emu?.close());

/** One Lambda invocation, in its own process: a fresh kit, the event in, the result out, as JSON. */
async function invokeLambda(event: unknown): Promise<StepOutput> {
  const script = `import { handler } from ${JSON.stringify(handlerUrl)};
process.stdout.write(JSON.stringify(await handler(JSON.parse(process.argv[1]))));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(event)], {
    cwd: root,
    env: emulatorEnv(emu),
  });
  return JSON.parse(stdout) as StepOutput;
}

/** Runs the state machine on `input` to a Succeed or Fail state; returns the states visited and each Poll's output. */
async function execute(input: unknown): Promise<{ end: State; visited: string[]; polls: StepOutput[]; waitedMs: number }> {
  const visited: string[] = [];
  const polls: StepOutput[] = [];
  let waitedMs = 0;
  let name = machine.StartAt;
  let data = input;
  for (;;) {
    const state = machine.States[name];
    if (!state) throw new Error(`no state ${name}`);
    visited.push(name);
    switch (state.Type) {
      case 'Task':
        data = await invokeLambda(data);
        polls.push(data as StepOutput);
        name = state.Next!;
        break;
      case 'Choice':
        name = state.Choices!.find((c) => at(data, c.Variable) === c.BooleanEquals)?.Next ?? state.Default!;
        break;
      case 'Wait': {
        const seconds = at(data, state.SecondsPath!);
        if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0) throw new Error(`Wait SecondsPath gave ${String(seconds)}`);
        emu.clock.advance(seconds * 1000);
        waitedMs += seconds * 1000;
        name = state.Next!;
        break;
      }
      case 'Succeed':
      case 'Fail':
        return { end: state, visited, polls, waitedMs };
    }
    if (visited.length > 100) throw new Error('the state machine did not end');
  }
}

describe('the Step Functions recipe', () => {
  it('polls an import to succeeded, one process per step, with the attempt count and the backoff growing', async () => {
    const task = await discovery.startImport({ name: 'sfn', importUrl: 's3://bucket/servers.csv' });
    const { end, visited, polls, waitedMs } = await execute({ checkpoint: task.toJSON() });

    expect(end.Type).toBe('Succeed');
    expect(visited.slice(0, 4)).toEqual(['Poll', 'Done?', 'Wait', 'Poll']);
    expect(visited.slice(-3)).toEqual(['Poll', 'Done?', 'Succeeded']);
    const last = polls.at(-1)!;
    expect(last).toMatchObject({ done: true, succeeded: true, status: { kind: 'succeeded', raw: 'IMPORT_COMPLETE' }, waitSeconds: 0 });
    expect(waitedMs).toBeGreaterThanOrEqual(30_000);

    // Each step continued the previous one's count, in another process, through the checkpoint alone.
    expect(polls.map((p) => p.checkpoint.poll?.attempt)).toEqual(polls.map((_, i) => i + 1));
    // Each wait lies in the attempt's backoff band: from Discovery's 5 s floor up to 5 s · 2^(attempt−1), capped at 60 s.
    const waits = polls.slice(0, -1).map((p) => p.waitSeconds);
    waits.forEach((seconds, i) => {
      expect(seconds).toBeGreaterThanOrEqual(5);
      expect(seconds).toBeLessThanOrEqual(Math.min(60, 5 * 2 ** i));
    });
    expect(waits[0]).toBe(5);
    expect(Math.max(...waits.slice(1))).toBeGreaterThan(waits[0]!);
    expect(polls.length).toBeGreaterThanOrEqual(3);
    // Nothing secret crossed between steps.
    expect(JSON.stringify(polls)).not.toMatch(/X-Amz-Signature|secret/i);
  }, 120_000);

  it('ends in the Fail state when the import fails', async () => {
    const task = await discovery.startImport({ name: 'sfn-missing', importUrl: 's3://bucket/missing.csv' });
    const { end, polls } = await execute({ checkpoint: task.toJSON() });
    expect(end).toMatchObject({ Type: 'Fail', Error: 'MigrationFailed' });
    expect(polls.at(-1)).toMatchObject({ done: true, succeeded: false, status: { kind: 'failed' } });
    expect(polls.at(-1)?.checkpoint.status?.kind).toBe('failed');
  }, 120_000);

  it('is the recipe the docs show, word for word', () => {
    const doc = readFileSync(`${root}docs/step-functions.md`, 'utf8');
    const blocks = [...doc.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, language, code]) => ({ language, code: code! }));
    const handler = blocks.find((b) => b.language === 'js' && b.code.includes('export async function handler'));
    expect(handler?.code.replace(/^\/\/ fragment:.*\n/, '')).toBe(readFileSync(`${root}examples/step-functions/handler.mjs`, 'utf8'));
    const asl = blocks.find((b) => b.language === 'json' && b.code.includes('"StartAt"'));
    expect(asl?.code).toBe(readFileSync(`${root}examples/step-functions/state-machine.asl.json`, 'utf8'));
  });
});
