/**
 * Runs the README's quick start as written (package imports pointed at the sources), so the first thing a user
 * pastes cannot rot.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, expect, it, vi } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

it('the README quick start runs and reports the failed row', async () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const code = /```js\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## Quick start')))?.[1] ?? '';
  const source = code
    .replace("'aws-migration-kit/local'", `'${pathToFileURL(join(root, 'src/local/index.ts')).href}'`)
    .replace("'aws-migration-kit'", `'${pathToFileURL(join(root, 'src/index.ts')).href}'`);
  expect(source).not.toMatch(/'aws-migration-kit/);
  dir = mkdtempSync(join(tmpdir(), 'readme-'));
  const file = join(dir, 'quick-start.mjs');
  writeFileSync(file, source);
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
  await import(pathToFileURL(file).href);
  expect(lines[0]).toMatch(/^running/);
  expect(lines).toContain('imported 2, 1 failed:');
  expect(lines.find((l) => l.startsWith('  row 4: '))).toMatch(/no identifier/);
  expect(lines.at(-1)).toMatch(/^import-task-[0-9a-f]{32} IMPORT_COMPLETE_WITH_ERRORS$/);
});
