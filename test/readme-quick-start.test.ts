/** Runs the README's quick start as written (package imports pointed at the sources), so it cannot rot. */
import { expect, it } from 'vitest';
import { runDocSnippet } from './support/doc-snippet.js';

it('the README quick start runs and reports the failed row', async () => {
  const lines = await runDocSnippet('README.md', '## Quick start', 'js');
  expect(lines[0]).toMatch(/^running/);
  expect(lines).toContain('imported 2, 1 failed:');
  expect(lines.find((l) => l.startsWith('  row 4: '))).toMatch(/no identifier/);
  expect(lines.at(-1)).toMatch(/^import-task-[0-9a-f]{32} IMPORT_COMPLETE_WITH_ERRORS$/);
});
