/**
 * Property test: thousands of generated import files, good and broken, read in-process (no HTTP) by the library's
 * validateImportFile and by the emulators. Each file is checked against an oracle the generator keeps of where it
 * wrote each record (row numbers as docs/import-files.md says), and the two readings against each other, row for
 * row: the same failing rows with the same codes, and the same file-level refusals. For Discovery, both also count
 * the applications as the generator's oracle does (rows naming several, repeats, stray spaces), and the emulator
 * groups the same servers under each.
 */
import { describe, expect, it } from 'vitest';
import { generateImportFile, type GeneratedFile, type Template } from './csv-generator.js';
import { discoveryOutcome, mgnOutcome, type Outcome } from './emulator-outcome.js';
import { libraryOutcome } from './library-outcome.js';

const FILES = 2_000;

/** What `outcome` says, in one comparable line. */
const said = (o: Outcome): string => `file [${o.fileCodes.join(' ')}] rows [${o.rowCodes.join(' ')}]${o.rows === undefined ? '' : ` of ${o.rows}`}`;

/**
 * Where the applications differ from the generator's oracle (Discovery): the servers each application groups, over
 * the records whose rows do not fail, and the number of applications, as the emulator and the library count them.
 */
function applicationMismatch(file: GeneratedFile, emulator: Outcome, library: Outcome): string | undefined {
  if (emulator.fileCodes.length > 0) return undefined;
  const failing = new Set(emulator.rowCodes.map((pair) => Number(pair.split(':')[0])));
  const expected = new Map<string, number>();
  for (const record of file.records) if (!failing.has(record.line)) for (const app of record.applications) expected.set(app, (expected.get(app) ?? 0) + 1);
  const oracle = JSON.stringify(Object.fromEntries([...expected].sort(([a], [b]) => (a < b ? -1 : 1))));
  if (JSON.stringify(emulator.applications) !== oracle) return `the emulator groups ${JSON.stringify(emulator.applications)} ≠ ${oracle}`;
  if (emulator.applicationCount !== expected.size || library.applicationCount !== expected.size) {
    return `applications: emulator ${emulator.applicationCount}, library ${library.applicationCount}, expected ${expected.size}`;
  }
  return undefined;
}

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
    const tally = { refused: 0, clean: 0, failing: 0, multiApplication: 0 };
    for (let seed = 1; seed <= FILES; seed++) {
      const file = generateImportFile(template, seed);
      const replay = (what: string): number => mismatches.push(`seed ${seed}: ${what} in ${JSON.stringify(file.text)}`);
      const emulator = template === 'discovery' ? { ...discoveryOutcome(file.text), platformMissing: [] } : mgnOutcome(file.text);
      const numbering = numberingMismatch(template, file, emulator);
      if (numbering) replay(numbering);
      const library = await libraryOutcome(template, file.text);
      if (said(library) !== said(emulator)) replay(`library ${said(library)} ≠ emulator ${said(emulator)}`);
      const apps = template === 'discovery' ? applicationMismatch(file, emulator, library) : undefined;
      if (apps) replay(apps);
      if (template === 'discovery' && emulator.fileCodes.length === 0 && file.records.some((r) => r.applications.length > 1)) tally.multiApplication += 1;
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
    // Discovery files with rows naming several applications must be common, or the application counts say little.
    if (template === 'discovery') expect(tally.multiApplication).toBeGreaterThan(FILES * 0.1);
  });
});
