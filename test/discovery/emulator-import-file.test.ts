/** The emulator's reading of import files: row rules, classification and account quotas. */
import { describe, expect, it } from 'vitest';
import { evaluateImport, type ImportLimits } from '../../src/local/discovery/import-outcome.js';
import { readImportFile } from '../../src/local/discovery/import-file.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const LIMITS: ImportLimits = { maxFileBytes: 10_000, maxImportedRecords: 100, maxServersPerApplication: 3, maxApplications: 2, maxTagsPerServer: 2 };
const NONE = { records: 0, applications: new Map<string, number>() };

function codesOf(header: string, row: string): string[] {
  const file = readImportFile(bytes(`${header}\n${row}\n`), 2);
  if (file.kind !== 'template') throw new Error(file.reason);
  return file.rows[0]?.problems.map((p) => p.code) ?? [];
}

describe('row rules', () => {
  it.each([
    ['HostName', 'web-01', []],
    ['IPAddress', '"10.0.0.1, fe80::1"', []],
    ['VMware.MoRefId,VMware.VCenterId', 'vm-1,vc-1', []],
    ['MACAddress', '00-1A-2B-3C-4D-5E', []],
    ['ServerId', 'd-server-01kk9i6ywwaxmp', []],
    ['OS.Name', 'Linux', ['missing-identifier']],
    ['VMware.MoRefId', 'vm-1', ['moref-without-vcenter', 'missing-identifier']],
    ['HostName,VMware.VCenterId', 'web,vc-1', ['vcenter-without-moref']],
    ['IPAddress', '"10.0.0.1,10.0.0.256"', ['invalid-ip']],
    ['MACAddress', '00:1A:2B:3C:4D', ['invalid-mac']],
    ['HostName,CPU.NumberOfCores', 'web,2.5', ['not-an-integer']],
    ['HostName,RAM.TotalSizeInMB', 'web,-1', ['not-a-number']],
    ['HostName,CPU.UsagePct.Max', 'web,101', ['percent-out-of-range']],
    ['HostName,Tags', 'web,"a:1,b:2,c:3"', ['too-many-tags']],
    ['HostName,Tags', 'web,novalue', ['invalid-tag']],
    ['ServerId', 'server-1', ['invalid-server-id']],
    ['HostName', 'web,extra', ['too-many-fields']],
  ])('%s = %s → %j', (header, row, expected) => {
    expect(codesOf(header, row)).toEqual(expected);
  });

  it('numbers rows by the line each record starts on: header line 1, blank lines and quoted line breaks count', () => {
    const file = readImportFile(bytes('\uFEFFHostName,OS.Name\r\n\r\na,"multi\nline"\n,,\nb,x\rc,y\n'), 30);
    if (file.kind !== 'template') throw new Error(file.reason);
    expect(file.rows.map((r) => [r.rowNumber, r.cells[0]])).toEqual([
      [3, 'a'],
      [6, 'b'],
      [7, 'c'],
    ]);
  });
});

describe('classification', () => {
  it.each([
    ['binary-content', new Uint8Array([0x50, 0x4b, 0, 0])],
    ['not-utf8', new Uint8Array([0xc3, 0x28])],
    ['empty-file', bytes('\n,,\n')],
    ['no-template-columns', bytes('name,size\na,1\n')],
    ['duplicate-column', bytes('HostName,HostName\na,b\n')],
  ])('refuses the whole file with %s', (code, file) => {
    expect(readImportFile(file, 30)).toMatchObject({ kind: 'refused', code });
  });
});

describe('evaluateImport', () => {
  it('counts servers and applications, and fails rows that would add too many applications', () => {
    const file = bytes('HostName,Applications\na,"x,y"\nb,z\nc,x\nd,\n,orphan\n');
    const { outcome, failures } = evaluateImport(file, NONE, LIMITS);
    expect(outcome).toMatchObject({ status: 'IMPORT_COMPLETE_WITH_ERRORS', serverImportSuccess: 3, serverImportFailure: 2, applicationImportSuccess: 2, applicationImportFailure: 2 });
    expect(failures?.rows.map((r) => r.rowNumber)).toEqual([3, 6]);
    expect(failures?.rows[0]?.errors[0]).toMatch(/"z" would exceed the limit of 2 applications/);
  });

  it('fails the whole import past the record quota or the servers-per-application quota', () => {
    expect(evaluateImport(bytes('HostName\na\nb\n'), { records: 99, applications: new Map() }, LIMITS).outcome.status).toBe('IMPORT_FAILED_RECORD_LIMIT_EXCEEDED');
    expect(evaluateImport(bytes('HostName,Applications\na,x\nb,x\n'), { records: 0, applications: new Map([['x', 2]]) }, LIMITS).outcome.status).toBe(
      'IMPORT_FAILED_SERVER_LIMIT_EXCEEDED',
    );
  });

  it('fails a missing or oversized file, and one where every row failed', () => {
    expect(evaluateImport(undefined, NONE, LIMITS).outcome.status).toBe('IMPORT_FAILED');
    expect(evaluateImport(bytes(`HostName\n${'a\n'.repeat(6000)}`), NONE, LIMITS).outcome.status).toBe('IMPORT_FAILED');
    expect(evaluateImport(bytes('OS.Name\nLinux\n'), NONE, LIMITS).outcome.status).toBe('IMPORT_FAILED');
  });
});
