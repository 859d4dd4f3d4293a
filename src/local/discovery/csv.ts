/**
 * RFC 4180 CSV for the emulator: quoted fields, doubled quotes, CRLF or LF line ends, newlines inside quotes.
 * The library has its own reader (`src/discovery/csv.ts`) on purpose: the emulator writing and the library reading
 * with one shared parser could hide a bug in both.
 */

/** Parses CSV text into rows of cells. A leading UTF-8 BOM is dropped; fully empty lines are skipped. @internal */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = (): void => {
    row.push(cell);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    cell = '';
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** Formats rows as CSV with CRLF line ends, quoting only the cells that need it. @internal */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map(quote).join(',')).join('\r\n') + '\r\n';
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
