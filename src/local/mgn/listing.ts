import { ServiceFault } from '../service.js';
import type { Job } from './jobs.js';
import { EXPORT_ID, IMPORT_ID, page, readIdFilter, readMaxResults, readNextToken } from './wire.js';

/** Page size when a list request sends no `maxResults`. */
const DEFAULT_PAGE_SIZE = 1000;

/**
 * ListImports / ListExports, oldest first. ListExports models no ValidationException (only
 * UninitializedAccountException), so it answers bad input leniently instead of with an error the model does not
 * allow: an out-of-range `maxResults` is clamped, an unknown token or a malformed id simply matches nothing.
 * @internal
 */
export function listJobs(all: readonly Job[], input: Record<string, unknown>, kind: 'import' | 'export', wire: (job: Job) => Record<string, unknown>): unknown {
  const strict = kind === 'import';
  const lenient = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (error) {
      if (strict || !(error instanceof ServiceFault)) throw error;
      return fallback;
    }
  };
  const requested = input['maxResults'];
  const clamped = typeof requested === 'number' ? Math.min(1000, Math.max(1, Math.trunc(requested))) : DEFAULT_PAGE_SIZE;
  const size = lenient(() => readMaxResults(input, DEFAULT_PAGE_SIZE), clamped);
  const rawIds = (input['filters'] as { exportIDs?: unknown } | undefined)?.exportIDs;
  const ids = strict
    ? readIdFilter(input, 'importIDs', IMPORT_ID)
    : lenient(() => readIdFilter(input, 'exportIDs', EXPORT_ID), Array.isArray(rawIds) ? rawIds.filter((id): id is string => typeof id === 'string') : undefined);
  const scope = `${kind}s:${ids?.join(',') ?? '*'}`;
  const offset = lenient(() => readNextToken(input, scope), Number.POSITIVE_INFINITY);
  const jobs = all.filter((job) => job.id.startsWith(`${kind}-`) && (ids === undefined || ids.includes(job.id)));
  const { items, nextToken } = page(jobs, offset, size, scope);
  return { items: items.map(wire), ...(nextToken ? { nextToken } : {}) };
}

/** ListImportErrors / ListExportErrors: the job's errors in row order; an unknown id has none. @internal */
export function listErrors(all: readonly Job[], input: Record<string, unknown>, id: string, wire: (job: Job) => Record<string, unknown>[]): unknown {
  const size = readMaxResults(input, DEFAULT_PAGE_SIZE);
  const offset = readNextToken(input, `errors:${id}`);
  const job = all.find((j) => j.id === id);
  const { items, nextToken } = page(job ? wire(job) : [], offset, size, `errors:${id}`);
  return { items, ...(nextToken ? { nextToken } : {}) };
}
