/** The MGN emulator's reading of import files: spreadsheet row numbers and the codes of docs/import-files.md. */
import { describe, expect, it } from 'vitest';
import { IdFactory } from '../../src/local/mgn/ids.js';
import { runImport } from '../../src/local/mgn/import-file.js';
import { Inventory } from '../../src/local/mgn/inventory.js';

const ACCOUNT = '111122223333';
const run = (text: string): ReturnType<typeof runImport> => runImport(new TextEncoder().encode(text), 's3://b/k.csv', new Inventory(new IdFactory(1)), ACCOUNT);
const codes = (text: string): [number | undefined, string | undefined][] => run(text).errors.map((e) => [e.errorData.rowNumber, e.code]);

describe('MGN emulator import rules', () => {
  it('numbers spreadsheet rows: blank lines count, quoted line breaks do not, a BOM is ignored', () => {
    const text = '\uFEFFmgn:app:name,mgn:app:description\r\n\r\n"multi\nline",d\n,,\r,x\n';
    expect(codes(text)).toEqual([
      [5, 'missing-resource'],
      [5, 'property-without-identifier'],
    ]);
    expect(run(text).rows).toBe(2);
  });

  it.each([
    ['mgn:server:user-provided-id,mgn:server:platform\nweb,SOLARIS\n', [[2, 'invalid-platform']]],
    ['mgn:server:user-provided-id\nweb\n', [[2, 'platform-missing']]],
    ['mgn:server:user-provided-id,mgn:server:platform,mgn:wave:name\nweb,linux,w\n', [[2, 'wave-without-application']]],
    ['mgn:app:name,mgn:app:description\na,one\na,two\n', [[3, 'conflicting-value']]],
    ['mgn:server:id,mgn:account-id,mgn:region\ns-1,12,mars\n', [[2, 'invalid-resource-id'], [2, 'invalid-account-id'], [2, 'invalid-region']]],
    ['mgn:server:user-provided-id,mgn:server:platform,mgn:launch:nic:0:private-ip:0\nweb,linux,fe80::1\n', [[2, 'invalid-launch-value']]],
    ['mgn:app:name\na,b\n', [[2, 'field-count']]],
    ['mgn:app:name\n"open\n', [[2, 'csv-syntax']]],
    ['mgn:app:name,mgn:app:name,mgn:colour,mgn:app:tag:aws:x\na,a,b,c\n', [[undefined, 'duplicate-column'], [undefined, 'unknown-column'], [undefined, 'invalid-tag-key']]],
    ['name,size\n', [[undefined, 'no-mgn-columns']]],
    ['\n,\n', [[undefined, 'empty-file']]],
  ])('%j → %j', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});
