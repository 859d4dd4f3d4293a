import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { vi } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs the first ```<language> block after `heading` in the repo file `doc` as written, with its package imports
 * (`'aws-migration-kit'`, `'aws-migration-kit/<subpath>'`) pointed at the sources, and returns what it logged, one
 * string per `console.log` call. So a guide's snippet cannot rot without a test failing.
 */
export async function runDocSnippet(doc: string, heading: string, language: 'ts' | 'js'): Promise<string[]> {
  const text = readFileSync(join(root, doc), 'utf8');
  const code = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(text.slice(text.indexOf(heading)))?.[1];
  if (code === undefined) throw new Error(`no \`\`\`${language} block after ${heading} in ${doc}`);
  const source = code.replace(/'aws-migration-kit(\/[a-z-]+)?'/g, (_match, subpath: string | undefined) =>
    `'${pathToFileURL(join(root, `src${subpath ?? ''}/index.ts`)).href}'`,
  );
  // Every package import must now point at the sources, or the snippet would test the built package (or nothing).
  if (/['"]aws-migration-kit/.test(source)) throw new Error(`${doc}: a package import was not pointed at the sources`);
  const dir = mkdtempSync(join(tmpdir(), 'doc-snippet-'));
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  });
  try {
    const file = join(dir, `snippet.${language === 'ts' ? 'ts' : 'mjs'}`);
    writeFileSync(file, source);
    await import(pathToFileURL(file).href);
  } finally {
    log.mockRestore();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
