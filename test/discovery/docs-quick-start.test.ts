/**
 * Runs the quick start of docs/discovery.md as written (imports pointed at the sources), so the guide cannot rot.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, expect, it, vi } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

it('the quick start in docs/discovery.md runs and prints what it promises', async () => {
  const guide = readFileSync(join(root, 'docs/discovery.md'), 'utf8');
  const quickStart = guide.slice(guide.indexOf('## Quick start'));
  const code = /```ts\n([\s\S]*?)```/.exec(quickStart)?.[1];
  expect(code).toBeDefined();
  const source = (code ?? '')
    .replace("'aws-migration-kit/discovery'", `'${pathToFileURL(join(root, 'src/discovery/index.ts')).href}'`)
    .replace("'aws-migration-kit/local'", `'${pathToFileURL(join(root, 'src/local/index.ts')).href}'`);
  expect(source).not.toContain('aws-migration-kit/');
  dir = mkdtempSync(join(tmpdir(), 'discovery-doc-'));
  const file = join(dir, 'quick-start.ts');
  writeFileSync(file, source);
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')));
  await import(pathToFileURL(file).href);
  expect(lines[0]).toMatch(/^running \d+$/);
  expect(lines).toContain('2 imported, 2 failed');
  // Row 4 has no HostName: the log line is the row number, an empty string and the errors.
  const row4 = lines.find((l) => l.startsWith('4 '));
  expect(row4).toMatch(/^4  \["VMware\.MoRefId is set but VMware\.VCenterId is empty.*","no identifier: .*"\]$/);
  expect(lines.some((l) => l.startsWith('5 db-01 ') && l.includes('10.0.0.400'))).toBe(true);
});
