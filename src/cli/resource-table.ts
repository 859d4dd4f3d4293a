import { progressText, type ResourceJson } from './resource-view.js';
import { renderTable } from './table.js';
import type { Terminal } from './terminal.js';

/** Prints resources as a table: id, name, status kind and raw, progress, times. */
export function printResourceTable(terminal: Terminal, rows: readonly ResourceJson[]): void {
  if (rows.length === 0) {
    terminal.note('no resources');
    return;
  }
  const lines = renderTable(
    [
      { header: 'ID' },
      { header: 'NAME', max: 40 },
      { header: 'STATUS', paint: (text, r) => terminal.kind(rows[r]?.status.kind ?? 'unknown', text) },
      { header: 'RAW' },
      { header: 'PROGRESS' },
      { header: 'CREATED' },
      { header: 'ENDED' },
    ],
    rows.map((json) => [json.ref, json.name ?? '', json.status.kind, json.status.raw, progressText(json), shortTime(json.createdAt), shortTime(json.endedAt)]),
    (text) => terminal.paint('bold', text),
  );
  for (const line of lines) terminal.line(line);
}

/** `2026-11-30 12:03:04` (UTC), or empty. */
export function shortTime(iso: string | null): string {
  return iso === null ? '' : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
