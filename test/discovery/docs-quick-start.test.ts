/** Runs the quick start of docs/discovery.md as written (imports pointed at the sources), so the guide cannot rot. */
import { expect, it } from 'vitest';
import { runDocSnippet } from '../support/doc-snippet.js';

it('the quick start in docs/discovery.md runs and prints what it promises', async () => {
  const lines = await runDocSnippet('docs/discovery.md', '## Quick start', 'ts');
  expect(lines[0]).toMatch(/^running \d+$/);
  expect(lines).toContain('2 imported, 2 failed');
  // Row 4 has no HostName: the log line is the row number, an empty string and the errors.
  const row4 = lines.find((l) => l.startsWith('4 '));
  expect(row4).toMatch(/^4  \["VMware\.MoRefId is set but VMware\.VCenterId is empty.*","no identifier: .*"\]$/);
  expect(lines.some((l) => l.startsWith('5 db-01 ') && l.includes('10.0.0.400'))).toBe(true);
});
