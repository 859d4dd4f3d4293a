/** A column of {@link renderTable}: a header and how to paint a cell (padding is applied before painting). */
export interface Column {
  readonly header: string;
  /** Cut cells longer than this, with `…`. */
  readonly max?: number;
  /** Colour for a cell's text. */
  readonly paint?: (text: string, row: number) => string;
}

/** Lines of a left-aligned table with a header row; the last column is not padded. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], header: (text: string) => string = (t) => t): string[] {
  const cells = rows.map((row) => columns.map((c, i) => cut(row[i] ?? '', c.max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (values: readonly string[], paint: (text: string, i: number) => string): string =>
    values
      .map((v, i) => paint(i === values.length - 1 ? v : v.padEnd(widths[i] ?? 0), i))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header), (t) => header(t)),
    ...cells.map((row, r) => line(row, (t, i) => columns[i]?.paint?.(t, r) ?? t)),
  ];
}

function cut(text: string, max: number | undefined): string {
  return max !== undefined && text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
