/**
 * Property test: thousands of generated import files, good and broken, read in-process by the emulators (and by
 * the library's validateImportFile once it exists), checked against an oracle the generator keeps of where it
 * wrote each record, and against each other, row for row.
 */
import { describe, expect, it } from 'vitest';
import { generateImportFile, type Template } from './csv-generator.js';
import { discoveryOutcome, mgnOutcome } from './emulator-outcome.js';

const FILES = 2_000;
const seeds = Array.from({ length: FILES }, (_, i) => i + 1);

/** A mismatch, with the seed and the file so it can be replayed. */
const report = (seed: number, text: string, what: string): string => `seed ${seed}: ${what} in ${JSON.stringify(text)}`;

describe.each(['discovery', 'mgn'] as const)('%s import files', (template: Template) => {
  it(`the emulator numbers rows as docs/import-files.md says, over ${FILES} generated files`, () => {
    const mismatches: string[] = [];
    let checked = 0;
    let failing = 0;
    for (const seed of seeds) {
      const file = generateImportFile(template, seed);
      if (template === 'discovery') {
        const outcome = discoveryOutcome(file.text);
        if (outcome.fileCodes.length > 0) continue;
        const expected = file.records.map((r) => r.line).join(',');
        if (outcome.rowNumbers?.join(',') !== expected) mismatches.push(report(seed, file.text, `rows ${outcome.rowNumbers?.join(',')} ≠ lines ${expected}`));
        failing += outcome.rowCodes.length > 0 ? 1 : 0;
      } else {
        const outcome = mgnOutcome(file.text);
        if (file.malformed) {
          if (outcome.fileCodes.join() !== 'csv-syntax') mismatches.push(report(seed, file.text, `malformed but ${outcome.fileCodes.join()}`));
          continue;
        }
        if (outcome.fileCodes.length > 0) continue;
        if (outcome.rows !== file.records.length) mismatches.push(report(seed, file.text, `${outcome.rows} rows ≠ ${file.records.length} records`));
        const rows = new Set(file.records.map((r) => r.row));
        for (const pair of outcome.rowCodes) if (!rows.has(Number(pair.split(':')[0]))) mismatches.push(report(seed, file.text, `${pair} is no record's row`));
        failing += outcome.rowCodes.length > 0 ? 1 : 0;
      }
      checked += 1;
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    // The generator must reach good and broken files alike, or the property says little.
    expect(checked).toBeGreaterThan(FILES * 0.7);
    expect(failing).toBeGreaterThan(FILES * 0.2);
    expect(failing).toBeLessThan(checked * 0.95);
  });
});
