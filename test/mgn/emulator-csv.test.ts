import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/local/mgn/csv.js';

describe('emulator CSV', () => {
  it('parses quotes, escaped quotes, embedded commas and line breaks, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n')).toEqual({
      records: [
        { row: 1, fields: ['a', 'b'] },
        { row: 2, fields: ['x, y', 'say "hi"\nthere'] },
      ],
    });
  });

  it('skips blank lines but counts them, keeps empty fields, and reads a last line without a line end', () => {
    expect(parseCsv('a,b\n\n,\nc,d')).toEqual({
      records: [
        { row: 1, fields: ['a', 'b'] },
        { row: 3, fields: ['', ''] },
        { row: 4, fields: ['c', 'd'] },
      ],
    });
    expect(parseCsv('"",x\n')).toEqual({ records: [{ row: 1, fields: ['', 'x'] }] });
    expect(parseCsv('')).toEqual({ records: [] });
  });

  it('refuses an unterminated quote and a quote inside an unquoted field', () => {
    expect(parseCsv('a\n"open\n')).toEqual({ error: 'record 2: unterminated quoted field' });
    expect(parseCsv('a\nb"c\n')).toEqual({ error: 'record 2: a quote inside an unquoted field' });
  });

  it('writes what it reads', () => {
    const rows = [['mgn:app:name', 'mgn:app:description'], ['pay, api', 'multi\nline "desc"'], ['', 'plain']];
    const text = toCsv(rows);
    expect(text).toBe('mgn:app:name,mgn:app:description\r\n"pay, api","multi\nline ""desc"""\r\n,plain\r\n');
    expect(parseCsv(text)).toEqual({ records: rows.map((fields, i) => ({ row: i + 1, fields })) });
  });
});
