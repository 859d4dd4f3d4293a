/** The one CSV reader and writer, shared by the Discovery errors-archive reader and the emulators. */
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvRecords, formatCsv } from '../../src/core/csv.js';

const records = (text: string, strict = false) => [...csvRecords(text, { strict })];
const rowsOf = (text: string) => records(text).map((record) => record.fields);

describe('csvRecords', () => {
  it('parses quotes, escaped quotes, embedded commas and line breaks, CRLF and a BOM', () => {
    expect(records('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n', true)).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['x, y', 'say "hi"\nthere'] },
    ]);
  });

  it('skips blank lines but counts them, keeps empty fields, and reads a last line without a line end', () => {
    expect(records('a,b\n\n,\nc,d', true)).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 3, fields: ['', ''] },
      { row: 4, fields: ['c', 'd'] },
    ]);
    expect(records('"",x\n', true)).toEqual([{ row: 1, fields: ['', 'x'] }]);
    expect(records('', true)).toEqual([]);
  });

  it('reads a line holding only "" as one empty field, not as a blank line', () => {
    expect(rowsOf('a\n""\nb')).toEqual([['a'], [''], ['b']]);
    expect(rowsOf('a\n""')).toEqual([['a'], ['']]);
  });

  it('takes a lone CR as a line end, and does not count a line break inside quotes as a row', () => {
    expect(records('a\rb\r\nc')).toEqual([
      { row: 1, fields: ['a'] },
      { row: 2, fields: ['b'] },
      { row: 3, fields: ['c'] },
    ]);
    expect(records('"x\ny",1\nz,2').map((r) => r.row)).toEqual([1, 2]);
  });

  it('in strict mode refuses an unterminated quote and a quote inside an unquoted field, naming the record', () => {
    expect(() => records('a\n"open\n', true)).toThrowError(new CsvSyntaxError(2, 'unterminated quoted field'));
    expect(() => records('a\n"open\n', true)).toThrowError(/^record 2: unterminated quoted field$/);
    expect(() => records('a\nb"c\n', true)).toThrowError(/^record 2: a quote inside an unquoted field$/);
    const error = (() => {
      try {
        records('a\nb"c\n', true);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({ name: 'CsvSyntaxError', row: 2 });
  });

  it('by default reads those leniently: the quote as a character, an open quote to the end of the text', () => {
    expect(rowsOf('a\nb"c\n')).toEqual([['a'], ['b"c']]);
    expect(rowsOf('a\n"open\nrest')).toEqual([['a'], ['open\nrest']]);
  });

  it('parses lazily: a caller that stops early reads no further', () => {
    const rows = csvRecords('a\nb\n"never closed', { strict: true });
    expect(rows.next().value).toEqual({ row: 1, fields: ['a'] });
    expect(rows.next().value).toEqual({ row: 2, fields: ['b'] });
    expect(() => rows.next()).toThrowError(CsvSyntaxError);
  });
});

describe('formatCsv', () => {
  it('writes what it reads', () => {
    const rows = [['mgn:app:name', 'mgn:app:description'], ['pay, api', 'multi\nline "desc"'], ['', 'plain']];
    const text = formatCsv(rows);
    expect(text).toBe('mgn:app:name,mgn:app:description\r\n"pay, api","multi\nline ""desc"""\r\n,plain\r\n');
    expect(records(text, true)).toEqual(rows.map((fields, i) => ({ row: i + 1, fields })));
  });

  it('round-trips quotes, commas and newlines', () => {
    const rows = [['a', 'b,c', 'say "hi"', 'line1\nline2', '']];
    expect(rowsOf(formatCsv(rows))).toEqual(rows);
  });
});
