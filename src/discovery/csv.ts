/**
 * Yields the rows of RFC 4180 CSV text: quoted fields, doubled quotes, CRLF or LF line ends, newlines inside quotes.
 * A leading UTF-8 BOM is dropped and fully empty lines are skipped. One row at a time, so a caller that stops early
 * parses no further.
 * @internal
 */
export function* csvRows(text: string): Generator<string[], void, undefined> {
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.length > 1 || row[0] !== '') yield row;
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    yield row;
  }
}
