import { createHash } from 'node:crypto';
import { ServiceFault } from '../service.js';
import { isHidden, statusAt, wireTask, type TaskRecord } from './task-record.js';
import { describeInput, type Filter } from './wire-input.js';

/**
 * Answers DescribeImportTasks over `tasks` (in creation order): filters AND-ed, values OR-ed, and, as the service
 * does, every other filter ignored when a STATUS filter is present. Tokens are opaque, keyed on the last task sent
 * (stable while tasks are added) and bound to the request's filters.
 * @internal
 */
export function describeTasks(
  tasks: readonly TaskRecord[],
  input: Record<string, unknown>,
  now: number,
  sign: (bucket: string, key: string) => string,
): { tasks: Record<string, unknown>[]; nextToken?: string } {
  const { filters, maxResults, nextToken } = describeInput(input);
  const effective = filters.some((f) => f.name === 'STATUS') ? filters.filter((f) => f.name === 'STATUS') : filters;
  const fingerprint = createHash('sha256').update(JSON.stringify(filters)).digest('hex').slice(0, 12);
  let after = -1;
  if (nextToken !== undefined) {
    const decoded = decodeToken(nextToken);
    if (!decoded || decoded.f !== fingerprint) {
      throw new ServiceFault('InvalidParameterValueException', 'Invalid value for nextToken: the token is not valid for this request');
    }
    after = decoded.after;
  }
  const matching = tasks.filter((task) => task.seq > after && !isHidden(task, now) && effective.every((f) => matches(task, f, now)));
  const page = matching.slice(0, maxResults);
  const last = page.at(-1);
  return {
    tasks: page.map((task) => wireTask(task, now, sign)),
    ...(matching.length > maxResults && last ? { nextToken: encodeToken({ after: last.seq, f: fingerprint }) } : {}),
  };
}

function matches(task: TaskRecord, filter: Filter, now: number): boolean {
  switch (filter.name) {
    case 'IMPORT_TASK_ID':
      return filter.values.includes(task.id);
    case 'STATUS':
      return filter.values.includes(statusAt(task, now));
    case 'NAME':
      return filter.values.includes(task.name);
    case 'FILE_CLASSIFICATION':
      return task.outcome.fileClassification !== undefined && filter.values.includes(task.outcome.fileClassification);
    default:
      return false;
  }
}

function encodeToken(token: { after: number; f: string }): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken(token: string): { after: number; f: string } | undefined {
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { after?: unknown; f?: unknown };
    return typeof value.after === 'number' && typeof value.f === 'string' ? { after: value.after, f: value.f } : undefined;
  } catch {
    return undefined;
  }
}
