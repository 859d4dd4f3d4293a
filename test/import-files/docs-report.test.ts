/**
 * docs/import-files.md shows a validation report "exactly as a user sees it": its ```ts block runs here as written
 * (against the sources), and what it prints must be the ```text block below it, character for character.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { runDocSnippet } from '../support/doc-snippet.js';

const HEADING = '## What a report looks like';

it('prints the report the guide shows', async () => {
  const printed = (await runDocSnippet('docs/import-files.md', HEADING, 'ts')).join('\n');
  const doc = readFileSync(new URL('../../docs/import-files.md', import.meta.url), 'utf8');
  const shown = /```text\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf(HEADING)))?.[1];
  expect(printed).toContain('3 errors in 2 rows');
  expect(`${printed}\n`).toBe(shown);
});
