/** The emulator's reading of import files: row rules, classification and account quotas. */
import { describe, expect, it } from 'vitest';
import { evaluateImport, type ImportLimits } from '../../src/local/discovery/import-outcome.js';
import { readImportFile } from '../../src/local/discovery/import-file.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const LIMITS: ImportLimits = { maxFileBytes: 10_000, maxImportedRecords: 100, maxServersPerApplication: 3, maxApplications: 2, maxTagsPerServer: 2 };
const NONE = { records: 0, applications: new Map<string, number>() };

function errorsOf(header: string, row: string): string[] {
  const file = readImportFile(bytes(`${header}\n${row}\n`), 2);
  if (file.kind !== 'template') throw new Error(file.reason);
  return file.rows[0]?.errors ?? [];
}

describe('row rules', () => {
  it.each([
    ['HostName', 'web-01', []],
    ['IPAddress', '"10.0.0.1,fe80::1"', []],
    ['VMware.MoRefId,VMware.VCenterId', 'vm-1,vc-1', []],
    ['MACAddress', '00-1A-2B-3C-4D-5E', []],
    ['OS.Name', 'Linux', [/no identifier/]],
    ['VMware.MoRefId', 'vm-1', [/VCenterId is empty/, /no identifier/]],
    ['HostName,VMware.VCenterId', 'web,vc-1', [/MoRefId is empty/]],
    ['IPAddress', '10.0.0.256', [/not an IPv4 or IPv6/]],
    ['MACAddress', '00:1A:2B:3C:4D', [/not a MAC address/]],
    ['HostName,CPU.NumberOfCores', 'web,2.5', [/not a whole number/]],
    ['HostName,RAM.TotalSizeInMB', 'web,-1', [/not a number/]],
    ['HostName,CPU.UsagePct.Max', 'web,101', [/above 100/]],
    ['HostName,Tags', 'web,"a:1;b:2;c:3"', [/3 tags exceed the limit of 2/]],
    ['HostName,Tags', 'web,novalue', [/not key:value/]],
    ['HostName', 'web,extra', [/2 fields but the header has 1/]],
  ])('%s = %s → %j', (header, row, expected) => {
    const errors = errorsOf(header, row);
    expect(errors).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(errors[i]).toMatch(pattern));
  });
});

describe('classification', () => {
  it.each([
    ['binary', new Uint8Array([0x50, 0x4b, 0, 0])],
    ['not UTF-8', new Uint8Array([0xc3, 0x28])],
    ['no template column', bytes('name,size\na,1\n')],
  ])('treats %s as unsupported', (_, file) => {
    expect(readImportFile(file, 30).kind).toBe('unsupported');
  });
});

describe('evaluateImport', () => {
  it('counts servers and applications, and fails rows that would add too many applications', () => {
    const file = bytes('HostName,Applications\na,"x;y"\nb,z\nc,x\nd,\n,orphan\n');
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
