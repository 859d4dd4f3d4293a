/**
 * The command line must cost library users nothing: importing the library (the root and every subpath, ESM and
 * CommonJS, as built) loads no module of src/cli/. Each loaded file of the build is traced back to its sources
 * through its source map.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { builtPackage } from './built-package.js';

/** Every entry point the package exports (`dist/<entry>.js` and `.cjs`), read from package.json. */
const ENTRIES = Object.entries((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> }).exports)
  .filter(([subpath]) => subpath !== './package.json')
  .map(([, target]) => ((target as { import: { default: string } }).import.default).replace(/^\.\/dist\//, '').replace(/\.js$/, ''));
let dist: string;
let work: string;

beforeAll(async () => {
  dist = join(await builtPackage(), 'dist');
  work = mkdtempSync(join(tmpdir(), 'amk-isolation-'));
}, 300_000);

/** The sources a built file was made from, per its source map. */
function sourcesOf(file: string): string[] {
  const map = `${file}.map`;
  if (!existsSync(map)) return [];
  return (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources;
}

/** The files of `dist` that a fresh Node process loads for `script` (ESM through a load hook, CJS from require.cache). */
function loadedFiles(script: string, kind: 'esm' | 'cjs'): string[] {
  const log = join(work, `${kind}-${Math.random().toString(36).slice(2)}.log`);
  const hooks = join(work, 'hooks.mjs');
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`);
  const register = join(work, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  const file = join(work, kind === 'esm' ? 'entry.mjs' : 'entry.cjs');
  writeFileSync(file, kind === 'esm' ? script : `${script}\nrequire('node:fs').appendFileSync(${JSON.stringify(log)}, Object.keys(require.cache).join('\\n') + '\\n');\n`);
  execFileSync(process.execPath, kind === 'esm' ? ['--import', pathToFileURL(register).href, file] : [file], { env: { PATH: process.env['PATH'] ?? '' } });
  const lines = readFileSync(log, 'utf8').split('\n').filter((l) => l !== '');
  return lines.map((l) => (l.startsWith('file:') ? new URL(l).pathname : l)).filter((p) => p.startsWith(dist));
}

it.each(['esm', 'cjs'] as const)('importing every entry point (%s) loads no module of the command line', (kind) => {
  const script = ENTRIES.map((e) => {
    const file = join(dist, `${e}.${kind === 'esm' ? 'js' : 'cjs'}`);
    return kind === 'esm' ? `await import(${JSON.stringify(pathToFileURL(file).href)});` : `require(${JSON.stringify(file)});`;
  }).join('\n');
  const loaded = loadedFiles(script, kind);
  expect(ENTRIES).toContain('local/index');
  // The check can fail: every entry point was seen loading.
  for (const e of ENTRIES) expect(loaded).toContain(join(dist, `${e}.${kind === 'esm' ? 'js' : 'cjs'}`));
  const fromCli = loaded.filter((file) => file.includes(`${join('dist', 'cli')}`) || sourcesOf(file).some((s) => s.includes('src/cli/')));
  expect(fromCli).toEqual([]);
}, 60_000);

it('the bin itself is traced to src/cli/ (so the check above would see it)', () => {
  expect(sourcesOf(join(dist, 'cli', 'index.js')).some((s) => s.includes('src/cli/'))).toBe(true);
  const loaded = loadedFiles(`process.argv[2] = '--version'; await import(${JSON.stringify(pathToFileURL(join(dist, 'cli', 'index.js')).href)});`, 'esm');
  expect(loaded.some((file) => sourcesOf(file).some((s) => s.includes('src/cli/')))).toBe(true);
}, 60_000);
