// The emulators' own CSV reader for import files, written apart from the library's so that a bug in one cannot
// hide behind the other (the property test in test/import-files/ compares them row for row).

/** One record of an import file, with both ways the services number it. @internal */
export interface ImportRecord {
  /** The fields, quotes removed and `""` unescaped. */
  readonly fields: readonly string[];
  /** The physical line its first field starts on (Discovery's numbering): quoted line breaks count. */
  readonly line: number;
  /** Its spreadsheet row (MGN's numbering): every record is one row, blank ones too; quoted line breaks do not count. */
  readonly row: number;
  /** All fields empty after trimming whitespace: skipped like a blank line. */
  readonly blank: boolean;
}

/** A file that strict reading refuses, with the record it happened in. @internal */
export interface ImportCsvSyntax {
  /** The record's line and row. */
  readonly line: number;
  /** The record's spreadsheet row. */
  readonly row: number;
  /** What is wrong. */
  readonly problem: string;
}

/**
 * Reads CSV as RFC 4180 says (comma separated, `"` quoted with `""` inside, line breaks inside quotes kept) with
 * CRLF, LF or a lone CR ending a line, and a leading UTF-8 BOM dropped. `strict` refuses an unterminated quoted
 * field or a quote inside an unquoted field (returning where); otherwise such quotes are read as characters and an
 * unterminated field runs to the end of the file. Characters after a closing quote join the field in both modes.
 * @internal
 */
export function readImportCsv(text: string, strict: boolean): { records: ImportRecord[]; syntax?: ImportCsvSyntax } {
  const records: ImportRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldWasQuoted = false;
  let line = 1;
  let recordLine = 1;
  let row = 1;
  const end = (): void => {
    fields.push(field);
    records.push({ fields, line: recordLine, row, blank: fields.every((f) => f.trim() === '') });
    row += 1;
    fields = [];
    field = '';
    fieldWasQuoted = false;
  };
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i] as string;
    const lineBreak = c === '\n' || c === '\r';
    const crlf = c === '\r' && text[i + 1] === '\n';
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') {
        inQuotes = false;
      } else {
        field += crlf ? '\r\n' : c;
        if (crlf) i += 1;
        if (lineBreak) line += 1;
      }
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      fieldWasQuoted = false;
    } else if (lineBreak) {
      if (crlf) i += 1;
      end();
      line += 1;
      recordLine = line;
    } else if (c === '"' && field === '' && !fieldWasQuoted) {
      inQuotes = true;
      fieldWasQuoted = true;
    } else {
      if (c === '"' && strict) return { records, syntax: { line: recordLine, row, problem: 'a quote inside an unquoted field' } };
      field += c;
    }
  }
  if (inQuotes && strict) return { records, syntax: { line: recordLine, row, problem: 'an unterminated quoted field' } };
  if (field !== '' || fields.length > 0 || fieldWasQuoted) end();
  return { records };
}
