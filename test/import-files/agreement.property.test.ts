/**
 * Property test: thousands of generated import files, good and broken, read in-process (no HTTP) by the library's
 * validateImportFile and by the emulators. Each file is checked against an oracle the generator keeps of where it
 * wrote each record (row numbers as docs/import-files.md says), and the two readings against each other, row for
 * row: the same failing rows with the same codes, and the same file-level refusals.
 */
import { describe, expect, it } from 'vitest';
import { generateImportFile, type GeneratedFile, type Template } from './csv-generator.js';
import { discoveryOutcome, mgnOutcome, type Outcome } from './emulator-outcome.js';
import { libraryOutcome } from './library-outcome.js';

const FILES = 2_000;

/** What `outcome` says, in one comparable line. */
const said = (o: Outcome): string => `file [${o.fileCodes.join(' ')}] rows [${o.rowCodes.join(' ')}]${o.rows === undefined ? '' : ` of ${o.rows}`}`;

/** Where the emulator's row numbers differ from the generator's oracle, if they do. */
function numberingMismatch(template: Template, file: GeneratedFile, emulator: Outcome): string | undefined {
  // A malformed quote refuses the file (as csv-syntax, or for a header that already refuses it).
  if (template === 'mgn' && file.malformed) return emulator.fileCodes.length > 0 ? undefined : `malformed, but ${said(emulator)}`;
  if (emulator.fileCodes.length > 0) return undefined;
  if (template === 'discovery') {
    const lines = file.records.map((r) => r.line).join(',');
    return emulator.rowNumbers?.join(',') === lines ? undefined : `rows ${emulator.rowNumbers?.join(',')} ≠ the lines the records start on, ${lines}`;
  }
  if (emulator.rows !== file.records.length) return `${emulator.rows} rows ≠ ${file.records.length} records`;
  const rows = new Set(file.records.map((r) => String(r.row)));
  const stray = emulator.rowCodes.find((pair) => !rows.has(pair.split(':')[0] ?? ''));
  return stray === undefined ? undefined : `${stray} is no record's row`;
}

describe.each(['discovery', 'mgn'] as const)('%s import files', (template: Template) => {
  it(`validateImportFile and the emulator agree row for row, numbering as documented, over ${FILES} generated files`, async () => {
    const mismatches: string[] = [];
    const tally = { refused: 0, clean: 0, failing: 0 };
    for (let seed = 1; seed <= FILES; seed++) {
      const file = generateImportFile(template, seed);
      const replay = (what: string): number => mismatches.push(`seed ${seed}: ${what} in ${JSON.stringify(file.text)}`);
      const emulator = template === 'discovery' ? { ...discoveryOutcome(file.text), platformMissing: [] } : mgnOutcome(file.text);
      const numbering = numberingMismatch(template, file, emulator);
      if (numbering) replay(numbering);
      const library = await libraryOutcome(template, file.text);
      if (said(library) !== said(emulator)) replay(`library ${said(library)} ≠ emulator ${said(emulator)}`);
      // A new server without a platform: the emulator, knowing the account, refuses the row; the library warns.
      for (const row of emulator.platformMissing) if (!library.platformMissing.includes(row)) replay(`the emulator refuses row ${row} (platform-missing) where the library does not warn`);
      tally[emulator.fileCodes.length > 0 ? 'refused' : emulator.rowCodes.length > 0 ? 'failing' : 'clean'] += 1;
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(mismatches).toHaveLength(0);
    // The generator must reach refused, failing and clean files alike, or agreement says little.
    expect(tally.failing).toBeGreaterThan(FILES * 0.3);
    expect(tally.clean).toBeGreaterThan(FILES * 0.05);
    expect(tally.refused).toBeGreaterThan(FILES * 0.02);
  });
});
