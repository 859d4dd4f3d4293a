/** validateImportFile against the MGN inventory import file: one case per rule, row numbering, counts. */
import { describe, expect, it } from 'vitest';
import { validateImportFile } from '../../src/mgn/index.js';

const check = (text: string) => validateImportFile(text, { template: 'mgn' });
const HEADER = [
  'mgn:account-id', 'mgn:region', 'mgn:wave:name', 'mgn:wave:description', 'mgn:app:name', 'mgn:app:description', 'mgn:app:tag:team',
  'mgn:server:user-provided-id', 'mgn:server:platform', 'mgn:server:fqdn-for-action-framework', 'mgn:server:tag:Name',
  'mgn:launch:instance-type', 'mgn:launch:nic:0:subnet-id', 'mgn:launch:nic:0:private-ip:0', 'mgn:launch:placement:tenancy', 'mgn:server:id',
].join(',');
/** One row from a few named values; every other column empty. */
const row = (values: Record<string, string>): string => HEADER.split(',').map((column) => values[column] ?? '').join(',');
const server = { 'mgn:server:user-provided-id': 'web-1', 'mgn:server:platform': 'LINUX', 'mgn:server:fqdn-for-action-framework': 'web-1.corp.example' };

describe('validateImportFile: MGN rules', () => {
  it.each([
    ['a row naming nothing', { 'mgn:region': 'us-west-2' }, 'missing-resource', undefined],
    ['a bad account id', { ...server, 'mgn:account-id': '1234' }, 'invalid-account-id', 'mgn:account-id'],
    ['a bad region', { ...server, 'mgn:region': 'west' }, 'invalid-region', 'mgn:region'],
    ['an unknown platform', { ...server, 'mgn:server:platform': 'SOLARIS' }, 'invalid-platform', 'mgn:server:platform'],
    ['a bad FQDN', { ...server, 'mgn:server:fqdn-for-action-framework': 'web_1..corp' }, 'invalid-fqdn', 'mgn:server:fqdn-for-action-framework'],
    ['a server in a wave without an application', { ...server, 'mgn:wave:name': 'w1' }, 'wave-without-application', 'mgn:wave:name'],
    ['a server property without the server', { 'mgn:app:name': 'shop', 'mgn:server:platform': 'LINUX' }, 'property-without-identifier', 'mgn:server:platform'],
    ['an application tag without the application', { ...server, 'mgn:app:tag:team': 'blue' }, 'property-without-identifier', 'mgn:app:tag:team'],
    ['a wave description without the wave', { 'mgn:app:name': 'shop', 'mgn:wave:description': 'first' }, 'property-without-identifier', 'mgn:wave:description'],
    ['a description over 600 characters', { 'mgn:app:name': 'shop', 'mgn:app:description': 'd'.repeat(601) }, 'value-too-long', 'mgn:app:description'],
    ['a name over 256 characters', { 'mgn:app:name': 'n'.repeat(257) }, 'value-too-long', 'mgn:app:name'],
    ['a name with a tab', { 'mgn:app:name': 'shop\tfront' }, 'invalid-name', 'mgn:app:name'],
    ['a bad instance type', { ...server, 'mgn:launch:instance-type': 'large' }, 'invalid-launch-value', 'mgn:launch:instance-type'],
    ['a bad subnet', { ...server, 'mgn:launch:nic:0:subnet-id': 'subnet-12' }, 'invalid-launch-value', 'mgn:launch:nic:0:subnet-id'],
    ['an IPv6 private IP', { ...server, 'mgn:launch:nic:0:private-ip:0': '::1' }, 'invalid-launch-value', 'mgn:launch:nic:0:private-ip:0'],
    ['an unknown tenancy', { ...server, 'mgn:launch:placement:tenancy': 'shared' }, 'invalid-launch-value', 'mgn:launch:placement:tenancy'],
    ['a malformed server id', { 'mgn:server:id': 's-123' }, 'invalid-resource-id', 'mgn:server:id'],
  ])('refuses %s', async (_name, values: Record<string, string>, code, column) => {
    const report = await check(`${HEADER}\n${row(values)}\n`);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.row, p.code, p.column])).toContainEqual([2, code, column]);
    expect(report.counts).toEqual({ servers: 0, applications: 0, waves: 0 });
  });

  it('accepts a full row and counts what it names', async () => {
    const report = await check(
      `${HEADER}\n${row({ ...server, 'mgn:account-id': '111122223333', 'mgn:region': 'us-west-2', 'mgn:wave:name': 'w1', 'mgn:app:name': 'shop', 'mgn:launch:instance-type': 'm5.large', 'mgn:launch:nic:0:subnet-id': 'subnet-0123abcd', 'mgn:launch:placement:tenancy': 'dedicated' })}\n`,
    );
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual({ servers: 1, applications: 1, waves: 1 });
  });

  it('refuses conflicting values for one resource across rows, but not a blank one', async () => {
    const rows = [
      row({ 'mgn:app:name': 'Shop', 'mgn:app:description': 'the shop' }),
      row({ 'mgn:app:name': 'shop' }), // the same application: names compare without case
      row({ 'mgn:app:name': 'SHOP', 'mgn:app:description': 'another' }),
      row({ ...server, 'mgn:app:name': 'shop' }),
      row({ ...server, 'mgn:app:name': 'billing' }),
    ];
    const report = await check([HEADER, ...rows].join('\n'));
    expect(report.problems.map((p) => [p.row, p.code, p.column])).toEqual([
      [4, 'conflicting-value', 'mgn:app:description'],
      [6, 'conflicting-value', 'mgn:app:name'],
    ]);
    expect(report.counts).toEqual({ servers: 1, applications: 1, waves: 0 });
  });

  it('warns about a server without a platform or an address, which only an existing server may omit', async () => {
    const report = await check(`${HEADER}\n${row({ 'mgn:server:user-provided-id': 'web-9' })}\n`);
    expect(report.ok).toBe(true);
    expect(report.problems.map((p) => [p.code, p.severity])).toEqual([
      ['platform-missing', 'warning'],
      ['server-address-missing', 'warning'],
    ]);
  });

  it('numbers spreadsheet rows: blank lines count, a quoted line break does not', async () => {
    const text = `${HEADER}\r\n\r\n${row({ 'mgn:app:name': 'shop', 'mgn:app:description': '"two\r\nlines"' })}\r\n${row({ 'mgn:region': 'x' })}\r\n`;
    const report = await check(text);
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([
      [4, 'invalid-region'],
      [4, 'missing-resource'],
    ]);
  });

  it('refuses the whole file on malformed CSV, a bad header or a wrong field count', async () => {
    const codes = async (text: string) => (await check(text)).problems.map((p) => [p.row, p.code, p.column]);
    expect(await codes('mgn:app:name\nshop\n"open\n')).toEqual([[3, 'csv-syntax', undefined]]);
    expect(await codes('mgn:app:name\nsh"op\n')).toEqual([[2, 'csv-syntax', undefined]]);
    expect(await codes('name,platform\nweb,LINUX\n')).toEqual([[undefined, 'no-mgn-columns', undefined]]);
    expect(await codes('mgn:app:name,mgn:app:colour\nshop,red\n')).toEqual([[undefined, 'unknown-column', 'mgn:app:colour']]);
    expect(await codes('mgn:app:name,mgn:app:tag:aws:x\nshop,1\n')).toEqual([[undefined, 'invalid-tag-key', 'mgn:app:tag:aws:x']]);
    expect(await codes('mgn:app:name,mgn:app:description\nshop\n')).toEqual([[2, 'field-count', undefined]]);
    expect((await check('mgn:app:name\nshop\n"open\n')).counts).toEqual({ servers: 0, applications: 0, waves: 0 });
  });

  it('warns about columns MGN ignores or does not document', async () => {
    const report = await check('mgn:server:user-provided-id,mgn:server:platform,mgn:server:fqdn-for-action-framework,Owner,mgn:launch:gpu-count\nweb-1,linux,web-1.example,me,1\n');
    expect(report.ok).toBe(true);
    expect(report.problems.map((p) => [p.code, p.column])).toEqual([
      ['ignored-column', 'Owner'],
      ['unknown-launch-column', 'mgn:launch:gpu-count'],
    ]);
  });
});
