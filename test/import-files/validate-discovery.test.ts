/** validateImportFile against the Discovery (Migration Hub) import template: one case per rule, numbering, counts. */
import { describe, expect, it } from 'vitest';
import { validateImportFile } from '../../src/discovery/index.js';
import { ValidationError } from '../../src/index.js';

const check = (text: string) => validateImportFile(text, { template: 'discovery' });
const codes = async (text: string) => (await check(text)).problems.map((p) => [p.row, p.code, p.column]);
const HEADER = 'ExternalId,HostName,IPAddress,MACAddress,VMware.MoRefId,VMware.VCenterId,CPU.NumberOfCores,CPU.UsagePct.Avg,RAM.TotalSizeInMB,Applications,Tags,ServerId';

describe('validateImportFile: Discovery rules', () => {
  it.each([
    ['a row with no identifier', ',,,,,,4,,,,,', 'missing-identifier', undefined],
    ['MoRefId without VCenterId', ',,,,vm-1,,,,,,,', 'moref-without-vcenter', 'VMware.MoRefId'],
    ['VCenterId without MoRefId', 'x,,,,,vc-1,,,,,,', 'vcenter-without-moref', 'VMware.VCenterId'],
    ['a bad IP in a quoted list', 'x,,"10.0.0.1, 10.0.0.999",,,,,,,,,', 'invalid-ip', 'IPAddress'],
    ['a bad MAC', 'x,,,00:1B:44:11:3A,,,,,,,,', 'invalid-mac', 'MACAddress'],
    ['cores not a whole number', 'x,,,,,,4.5,,,,,', 'not-an-integer', 'CPU.NumberOfCores'],
    ['RAM not a number', 'x,,,,,,,,lots,,,', 'not-a-number', 'RAM.TotalSizeInMB'],
    ['a negative number', 'x,,,,,,,,-1,,,', 'not-a-number', 'RAM.TotalSizeInMB'],
    ['CPU usage over 100', 'x,,,,,,,100.5,,,,', 'percent-out-of-range', 'CPU.UsagePct.Avg'],
    ['a tag without a colon', 'x,,,,,,,,,,"zone:1, critical",', 'invalid-tag', 'Tags'],
    ['a malformed ServerId', 'x,,,,,,,,,,,server-1', 'invalid-server-id', 'ServerId'],
    ['more fields than the header', 'x,,,,,,,,,,,,extra', 'too-many-fields', undefined],
  ])('refuses %s', async (_name, row, code, column) => {
    const report = await check(`${HEADER}\n${row}\n`);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.row, p.code, p.column])).toContainEqual([2, code, column]);
    expect(report.counts).toEqual({ servers: 0, applications: 0 });
  });

  it.each([
    ['ExternalId alone', 'srv-1,,,,,,,,,,,'],
    ['HostName alone', ',web-01,,,,,,,,,,'],
    ['IPv6 addresses', ',,"::1, fe80::1",,,,,,,,,'],
    ['MAC with dashes', ',,,00-15-E9-2B-99-3C,,,,,,,,'],
    ['MoRefId with VCenterId', ',,,,vm-1,vc-1,,,,,,'],
    ['ServerId alone (an existing server)', ',,,,,,,,,,,d-server-01kk9i6ywwaxmp'],
    ['decimals and 100 percent', 'x,,,,,,8,100,64.5,,,'],
    ['tags whose value holds a colon', 'x,,,,,,,,,,"url:http://a, empty:",'],
  ])('accepts %s', async (_name, row) => {
    const report = await check(`${HEADER}\n${row}\n`);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.counts.servers).toBe(1);
  });

  it('numbers rows by physical line: header 1, blank lines and quoted line breaks count', async () => {
    const text = `${HEADER}\r\n\r\nsrv-1,"web\r\n01",,,,,,,,,,\r\n,,,,,,,,,,,\r\n,,,,vm-9,,,,,,,\r\n`;
    expect(await codes(text)).toEqual([
      [6, 'moref-without-vcenter', 'VMware.MoRefId'],
      [6, 'missing-identifier', undefined],
    ]);
    expect((await check(text)).rows).toBe(2); // the all-empty record on line 5 is blank
  });

  it('counts servers and distinct applications of rows without errors, lists split on commas', async () => {
    const report = await check(
      [HEADER, 'a,,,,,,,,,"shop, web",,', 'b,,,,,,,,,shop,,', 'c,,10.0.0.300,,,,,,,billing,,', 'd,,,,,,,,,,,'].join('\n'),
    );
    expect(report).toMatchObject({ rows: 4, rowsWithErrors: 1, errors: 1, counts: { servers: 3, applications: 2 } });
  });

  it('warns about columns outside the template, suggesting the template spelling', async () => {
    const report = await check('ExternalId,VMWare.VCenterId,Owner\nsrv-1,,me\n');
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'unknown-column', severity: 'warning', column: 'VMWare.VCenterId', message: expect.stringMatching(/did you mean VMware\.VCenterId\?/) }),
      expect.objectContaining({ code: 'unknown-column', severity: 'warning', column: 'Owner' }),
    ]);
  });

  it('refuses files the service cannot read at all, importing nothing', async () => {
    expect(await codes('Name,Owner\nweb,me\n')).toEqual([[undefined, 'no-template-columns', undefined]]);
    expect(await codes('\n\n')).toEqual([[undefined, 'empty-file', undefined]]);
    expect(await codes('ExternalId,ExternalId\na,b\n')).toEqual([[undefined, 'duplicate-column', undefined]]);
    expect((await validateImportFile(new Uint8Array([0x45, 0xff, 0x0a]), { template: 'discovery' })).problems[0]?.code).toBe('not-utf8');
    expect((await check('ExternalId\nab\0c\n')).problems[0]?.code).toBe('binary-content');
  });

  it('flags a file over 10 MB and more than 30 tags on a server', async () => {
    const tags = Array.from({ length: 31 }, (_, i) => `k${i}:v`).join(', ');
    expect(await codes(`ExternalId,Tags\nsrv-1,"${tags}"\n`)).toEqual([[2, 'too-many-tags', 'Tags']]);
    const big = `ExternalId,OS.Name\n${`srv,${'x'.repeat(1000)}\n`.repeat(10_500)}`;
    const report = await check(big);
    expect(report.problems.map((p) => p.code)).toEqual(['file-too-large']);
    expect(report.counts).toEqual({ servers: 0, applications: 0 });
  });

  it('warns (not errors) about the account quotas: 25,000 servers, 400 servers in one application', async () => {
    const report = await check(`ExternalId,Applications\n${Array.from({ length: 25_001 }, (_, i) => `s${i},big`).join('\n')}\n`);
    expect(report.ok).toBe(true);
    expect(report.problems.map((p) => [p.code, p.severity])).toEqual([
      ['server-quota', 'warning'],
      ['servers-per-application-quota', 'warning'],
    ]);
  });

  it('keeps maxProblems problems and counts the rest', async () => {
    const report = await validateImportFile(`ExternalId,IPAddress\n${'x,bad\n'.repeat(30)}`, { template: 'discovery', maxProblems: 10 });
    expect(report).toMatchObject({ errors: 30, problemsOmitted: 20, rowsWithErrors: 30 });
    expect(report.problems).toHaveLength(10);
  });

  it('refuses bad options before reading, naming the field', async () => {
    await expect(validateImportFile('x', { template: 'mgn' } as never)).rejects.toThrowError(ValidationError);
    await expect(validateImportFile('x', { template: 'discovery', maxProblem: 3 } as never)).rejects.toThrowError(/unknown option `maxProblem`; did you mean `maxProblems`/);
    await expect(validateImportFile(42 as never, { template: 'discovery' })).rejects.toThrowError(/^input: /);
  });
});
