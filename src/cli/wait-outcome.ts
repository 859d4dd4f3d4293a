import type { ResourceJson } from './resource-view.js';

/** How the wait ended for one resource, in the final `--json` event and the summary. */
export type WaitOutcome = 'succeeded' | 'failed' | 'timeout' | 'interrupted' | 'unfinished';

/** Why a whole wait ended. */
export type WaitEnd = 'done' | 'timeout' | 'interrupted' | 'error';

const SUCCESS = new Set(['succeeded', 'partially-succeeded', 'warning']);

/** A resource's outcome: from its status when terminal, else from why the wait ended. */
export function outcomeOf(json: ResourceJson, end: WaitEnd): WaitOutcome {
  if (json.terminal) return SUCCESS.has(json.status.kind) ? 'succeeded' : 'failed';
  switch (end) {
    case 'timeout':
      return 'timeout';
    case 'interrupted':
      return 'interrupted';
    case 'done':
    case 'error':
      return 'unfinished';
  }
}

/** `3 resources in 0:12: 2 succeeded, 1 partially-succeeded`: counts per status kind. */
export function summaryLine(rows: readonly ResourceJson[], elapsed: string, paint: (kind: ResourceJson['status']['kind'], text: string) => string): string {
  const counts = new Map<ResourceJson['status']['kind'], number>();
  for (const row of rows) counts.set(row.status.kind, (counts.get(row.status.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => paint(kind, `${n} ${kind}`));
  return `${rows.length} resource${rows.length === 1 ? '' : 's'} in ${elapsed}: ${parts.join(', ')}`;
}

/** The key of what a change is: status, progress and counts (the same rule as the library's waits, per resource). */
export function changeKeyOf(json: ResourceJson): string {
  return JSON.stringify([json.status.raw, json.progress, json.summary, json.terminal]);
}
