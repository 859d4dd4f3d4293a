/** One CSV record with its 1-based record number (the header is record 1). */
export interface CsvRecord {
  /** 1-based row number as a spreadsheet shows it: blank lines count, a quoted field spanning lines does not. */
  readonly row: number;
  /** The record's fields, as written (quotes removed, `""` unescaped). */
  readonly fields: readonly string[];
}

/**
 * Parses RFC 4180 CSV (comma separated, `"` quoted, CRLF or LF line ends, optional UTF-8 BOM). Blank lines are
 * skipped but still counted, so row numbers match what a spreadsheet shows. Returns an error string for an
 * unterminated quoted field or a quote in the middle of an unquoted field.
 */
export function parseCsv(text: string): { readonly records: CsvRecord[] } | { readonly error: string } {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let row = 1;
  let recordStart = 1;
  const endRecord = (): void => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !fieldStarted)) records.push({ row: recordStart, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
      continue;
    }
    switch (char) {
      case '"':
        if (field !== '') return { error: `record ${recordStart}: a quote inside an unquoted field` };
        quoted = true;
        fieldStarted = true;
        break;
      case ',':
        fields.push(field);
        field = '';
        fieldStarted = true;
        break;
      case '\r':
        if (source[i + 1] !== '\n') field += char;
        break;
      case '\n':
        endRecord();
        row++;
        recordStart = row;
        break;
      default:
        field += char ?? '';
    }
  }
  if (quoted) return { error: `record ${recordStart}: unterminated quoted field` };
  if (field !== '' || fields.length > 0 || fieldStarted) endRecord();
  return { records };
}

/** Writes rows as RFC 4180 CSV with CRLF line ends, quoting fields that need it. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((fields) => fields.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
