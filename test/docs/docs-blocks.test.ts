/**
 * Every fenced ```ts / ```js block in README.md and docs/*.md runs here, as written, against the BUILT package (its
 * `aws-migration-kit` imports resolve through package.json `exports` to dist/, as in a user's project) and a local
 * emulator, unless its first line is `// fragment: <the context it needs>`. A block that throws, rejects or exits
 * non-zero fails its test, so the docs cannot rot. Blocks that construct clients for AWS (`{ region: 'us-west-2' }`)
 * reach the emulator through `AWS_ENDPOINT_URL`, with the emulator's credentials.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/local/index.js';
// @ts-expect-error: a plain .mjs script without types
import { buildIfStale } from '../../scripts/build-if-stale.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Inside the package, so `import 'aws-migration-kit'` resolves to the package itself (self-reference). */
const runDir = join(root, 'test', 'docs', '.run');
const FRAGMENT = /^\/\/ fragment:(.*)$/;

interface Block {
  readonly doc: string;
  readonly line: number;
  readonly language: 'ts' | 'js';
  readonly code: string;
}

function blocksOf(doc: string): Block[] {
  const text = readFileSync(join(root, doc), 'utf8');
  return [...text.matchAll(/^```(ts|js)\n([\s\S]*?)^```/gm)].map((m) => ({
    doc,
    line: text.slice(0, m.index).split('\n').length,
    language: m[1] as 'ts' | 'js',
    code: m[2] ?? '',
  }));
}

const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const blocks = docs.flatMap(blocksOf);
const fragments = blocks.filter((b) => FRAGMENT.test(b.code.split('\n')[0] ?? ''));
const runnable = blocks.filter((b) => !fragments.includes(b));

/** Runs `file` in its own Node process (a block may start servers or set globals); resolves with its exit and output. */
function run(file: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

let emu: Emulator;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  buildIfStale(() => {}); // the blocks run against dist/: build it when the sources are newer
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  emu = await startEmulator({ speed: 1000 });
  const { endpoint, region, credentials } = emu.clientConfig;
  env = {
    ...process.env,
    AWS_ENDPOINT_URL: endpoint,
    AWS_REGION: region,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}, 600_000);

afterAll(async () => {
  await emu?.close();
  rmSync(runDir, { recursive: true, force: true });
});

it('finds the blocks, and every fragment names the context it needs', () => {
  expect(runnable.length).toBeGreaterThan(5);
  for (const b of fragments) expect(FRAGMENT.exec(b.code.split('\n')[0] ?? '')?.[1]?.trim(), `${b.doc}:${b.line}`).not.toBe('');
});

describe.concurrent('runnable blocks', () => {
  for (const block of runnable) {
    it(`${block.doc}:${block.line} runs as written`, async () => {
      const { code } = await transform(block.code, { loader: block.language, format: 'esm', target: 'node20', sourcefile: `${block.doc}:${block.line}` });
      const file = join(runDir, `${block.doc.replace(/[/.]/g, '-')}-${block.line}.mjs`);
      writeFileSync(file, code);
      const result = await run(file, env);
      expect(result.code, `${block.doc}:${block.line} exited with ${result.code}:\n${result.output}`).toBe(0);
    }, 90_000);
  }
});
