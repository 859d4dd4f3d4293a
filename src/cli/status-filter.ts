import type { LifecycleStatus } from '../index.js';

/**
 * A predicate for `--status`: a status matches a value equal to its `kind` (`running`, `failed`, ...) or, ignoring
 * case, to its raw string (`IMPORT_COMPLETE`, `error-executing`). No values: everything matches.
 */
export function statusMatcher(wanted: readonly string[] | undefined): (status: LifecycleStatus) => boolean {
  if (wanted === undefined || wanted.length === 0) return () => true;
  const lower = new Set(wanted.map((w) => w.toLowerCase()));
  return (status) => lower.has(status.kind) || lower.has(status.raw.toLowerCase());
}
