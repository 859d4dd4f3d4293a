import { parseS3Url, type S3Location } from '../s3.js';
import { ServiceFault } from '../service.js';

/** Every ImportStatus value of the model. @internal */
export const IMPORT_STATUSES: readonly string[] = [
  'IMPORT_IN_PROGRESS',
  'IMPORT_COMPLETE',
  'IMPORT_COMPLETE_WITH_ERRORS',
  'IMPORT_FAILED',
  'IMPORT_FAILED_SERVER_LIMIT_EXCEEDED',
  'IMPORT_FAILED_RECORD_LIMIT_EXCEEDED',
  'IMPORT_FAILED_UNSUPPORTED_FILE_TYPE',
  'DELETE_IN_PROGRESS',
  'DELETE_COMPLETE',
  'DELETE_FAILED',
  'DELETE_FAILED_LIMIT_EXCEEDED',
  'INTERNAL_ERROR',
];
const FILTER_NAMES: readonly string[] = ['IMPORT_TASK_ID', 'STATUS', 'NAME', 'FILE_CLASSIFICATION'];
const TASK_ID = /^import-task-[a-fA-F0-9]{32}$/;

/** A missing required member: the service answers InvalidParameterException. */
function missing(member: string): ServiceFault {
  return new ServiceFault('InvalidParameterException', `${member} is required`);
}

/** A member with a value the service refuses: InvalidParameterValueException. */
function invalid(member: string, why: string): ServiceFault {
  return new ServiceFault('InvalidParameterValueException', `Invalid value for ${member}: ${why}`);
}

function boundedString(member: string, value: unknown, min: number, max: number): string {
  if (typeof value !== 'string') throw invalid(member, 'must be a string');
  const length = [...value].length;
  if (length < min || length > max) throw invalid(member, `length must be between ${min} and ${max}`);
  return value;
}

/** A validated StartImportTask request. @internal */
export interface StartInput {
  /** Task name. */
  readonly name: string;
  /** Import URL as given. */
  readonly importUrl: string;
  /** Where it points. */
  readonly location: S3Location;
  /** The idempotency token, when sent. */
  readonly token: string | undefined;
}

/** Validates a StartImportTask body as the service does (model bounds and patterns). @internal */
export function startInput(input: Record<string, unknown>): StartInput {
  if (input['name'] === undefined) throw missing('name');
  if (input['importUrl'] === undefined) throw missing('importUrl');
  const name = boundedString('name', input['name'], 1, 255);
  if (!/\S/.test(name)) throw invalid('name', 'must contain a non-whitespace character');
  const importUrl = boundedString('importUrl', input['importUrl'], 1, 4000);
  const location = /^\S+:\/\/\S+\/[\s\S]*\S[\s\S]*$/.test(importUrl) ? parseS3Url(importUrl) : undefined;
  if (!location) throw invalid('importUrl', 'must be an Amazon S3 object URL (s3://bucket/key or https://bucket.s3.region.amazonaws.com/key)');
  const token = input['clientRequestToken'] === undefined ? undefined : boundedString('clientRequestToken', input['clientRequestToken'], 1, 100);
  return { name, importUrl, location, token };
}

/** One DescribeImportTasks filter. @internal */
export interface Filter {
  /** IMPORT_TASK_ID, STATUS, NAME or FILE_CLASSIFICATION. */
  readonly name: string;
  /** Accepted values (OR). */
  readonly values: readonly string[];
}

/** A validated DescribeImportTasks request. @internal */
export interface DescribeInput {
  /** Filters (AND between filters). */
  readonly filters: readonly Filter[];
  /** Page size. */
  readonly maxResults: number;
  /** Opaque token, if any. */
  readonly nextToken: string | undefined;
}

/** Validates a DescribeImportTasks body: filter names and values per the model, `maxResults` 1–100. @internal */
export function describeInput(input: Record<string, unknown>): DescribeInput {
  const raw = input['filters'] ?? [];
  if (!Array.isArray(raw)) throw invalid('filters', 'must be a list');
  const filters = raw.map((entry: unknown, i): Filter => {
    if (typeof entry !== 'object' || entry === null) throw invalid(`filters[${i}]`, 'must be a structure');
    const { name, values } = entry as { name?: unknown; values?: unknown };
    if (typeof name !== 'string' || !FILTER_NAMES.includes(name)) throw invalid(`filters[${i}].name`, `must be one of ${FILTER_NAMES.join(', ')}`);
    if (!Array.isArray(values) || values.length < 1 || values.length > 100) throw invalid(`filters[${i}].values`, 'must hold 1 to 100 values');
    const checked = values.map((v: unknown, j) => boundedString(`filters[${i}].values[${j}]`, v, 1, 255));
    if (name === 'STATUS') for (const v of checked) if (!IMPORT_STATUSES.includes(v)) throw invalid(`filters[${i}].values`, `${v} is not an import status`);
    return { name, values: checked };
  });
  const maxResults = input['maxResults'] ?? 100;
  if (typeof maxResults !== 'number' || !Number.isInteger(maxResults) || maxResults < 1 || maxResults > 100) {
    throw invalid('maxResults', 'must be an integer between 1 and 100');
  }
  const nextToken = input['nextToken'];
  if (nextToken !== undefined && typeof nextToken !== 'string') throw invalid('nextToken', 'must be a string');
  return { filters, maxResults, nextToken };
}

/** A validated BatchDeleteImportData request. @internal */
export interface DeleteInput {
  /** 1–10 task ids. */
  readonly ids: readonly string[];
  /** Also remove the tasks from DescribeImportTasks. */
  readonly deleteHistory: boolean;
}

/** Validates a BatchDeleteImportData body: 1–10 well-formed ids. @internal */
export function deleteInput(input: Record<string, unknown>): DeleteInput {
  const ids = input['importTaskIds'];
  if (ids === undefined) throw missing('importTaskIds');
  if (!Array.isArray(ids) || ids.length < 1 || ids.length > 10) throw invalid('importTaskIds', 'must hold 1 to 10 import task ids');
  for (const id of ids) if (typeof id !== 'string' || !TASK_ID.test(id)) throw invalid('importTaskIds', `${String(id)} is not an import task id`);
  const deleteHistory = input['deleteHistory'] ?? false;
  if (typeof deleteHistory !== 'boolean') throw invalid('deleteHistory', 'must be a boolean');
  return { ids: ids as string[], deleteHistory };
}
