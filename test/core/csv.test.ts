/** The one CSV reader and writer, shared by the Discovery errors-archive reader and the emulators. */
import { describe, expect, it } from 'vitest';
import { CsvReader, CsvSyntaxError, csvRecords, csvRecordsOf, formatCsv } from '../../src/core/csv.js';

const records = (text: string, strict = false) => [...csvRecords(text, { strict })].map(({ row, fields }) => ({ row, fields }));
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
    expect(rows.next().value).toEqual({ row: 1, line: 1, fields: ['a'] });
    expect(rows.next().value).toEqual({ row: 2, line: 2, fields: ['b'] });
    expect(() => rows.next()).toThrowError(CsvSyntaxError);
  });
});

describe('line numbers', () => {
  it('count every physical line, inside quotes too, with CRLF, LF and a lone CR as one break each', () => {
    const text = 'h\r\n"a\r\nb\nc",1\r\n\r\nx\r"y\rz"\nlast';
    expect([...csvRecords(text)].map(({ row, line }) => [row, line])).toEqual([
      [1, 1],
      [2, 2],
      [4, 6],
      [5, 7],
      [6, 9],
    ]);
  });

  it('name the line a record starts on in a strict-mode error', () => {
    expect(() => [...csvRecords('h\n"a\nb",1\nc"d\n', { strict: true })]).toThrowError(expect.objectContaining({ row: 3, line: 4 }));
  });
});

describe('CsvReader', () => {
  const sample = '\uFEFFid,note\r\n1,"say ""hi""\r\nthere"\r\n\r\n2,"a,b"\r3,plain\n"",\n4,"end"';
  const whole = [...csvRecords(sample)];

  it('reads the same records whatever the chunk boundaries (inside quotes, between CR and LF, inside "")', () => {
    for (let size = 1; size <= sample.length; size++) {
      const reader = new CsvReader();
      const got = [];
      for (let i = 0; i < sample.length; i += size) got.push(...reader.feed(sample.slice(i, i + size)));
      got.push(...reader.end());
      expect(got, `chunks of ${size}`).toEqual(whole);
    }
  });

  it('skips a BOM only at the very start, even after empty chunks', async () => {
    const got = [];
    for await (const record of csvRecordsOf(['', '\uFEFFa', '\n\uFEFFb'])) got.push(record.fields);
    expect(got).toEqual([['a'], ['\uFEFFb']]);
  });

  it('in strict mode refuses an unterminated quote at the end of the last chunk', () => {
    const reader = new CsvReader({ strict: true });
    expect([...reader.feed('a\n"b')]).toHaveLength(1);
    expect(() => [...reader.end()]).toThrowError(/record 2: unterminated quoted field/);
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
