import { ServiceFault } from '../service.js';

/** DMS's answer to a malformed parameter. Not in the model (no DMS operation lists it) but what DMS sends. @internal */
export function invalidParameter(message: string): ServiceFault {
  return new ServiceFault('InvalidParameterValueException', message);
}

/** DMS's answer to parameters that exclude each other (e.g. `IncludeOnly` with `Exclude`). @internal */
export function invalidCombination(message: string): ServiceFault {
  return new ServiceFault('InvalidParameterCombinationException', message);
}

/** A modelled DMS fault: `{"__type":"<type>","message":"..."}` with HTTP 400. @internal */
export function dmsFault(type: string, message: string): ServiceFault {
  return new ServiceFault(type, message);
}

/** Reads an optional string member. @internal */
export function optionalString(input: Record<string, unknown>, key: string): string | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidParameter(`${key} must be a string`);
  return value;
}

/** Reads a required, non-empty string member. @internal */
export function requiredString(input: Record<string, unknown>, key: string): string {
  const value = optionalString(input, key);
  if (value === undefined || value === '') throw invalidParameter(`${key} is required`);
  return value;
}

/** Reads an optional list of strings; an empty list counts as absent. @internal */
export function stringList(input: Record<string, unknown>, key: string): string[] | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw invalidParameter(`${key} must be a list of strings`);
  return value.length === 0 ? undefined : (value as string[]);
}

const MIN_RECORDS = 20;
const MAX_RECORDS = 100;

/**
 * One page of `items` per `MaxRecords` (20–100, default 100) and `Marker` (an offset this emulator issued).
 * @internal
 */
export function pageOf<T>(items: readonly T[], input: Record<string, unknown>): { page: readonly T[]; marker: string | undefined } {
  const max = input['MaxRecords'] ?? MAX_RECORDS;
  if (typeof max !== 'number' || !Number.isInteger(max) || max < MIN_RECORDS || max > MAX_RECORDS) {
    throw invalidParameter(`Invalid value for MaxRecords: ${String(max)}. Must be between ${MIN_RECORDS} and ${MAX_RECORDS}.`);
  }
  const marker = optionalString(input, 'Marker');
  let offset = 0;
  if (marker !== undefined) {
    const decoded = /^o(\d+)$/.exec(Buffer.from(marker, 'base64url').toString('utf8'));
    if (!decoded) throw invalidParameter('Marker is not valid');
    offset = Number(decoded[1]);
  }
  const end = offset + max;
  return { page: items.slice(offset, end), marker: end < items.length ? Buffer.from(`o${end}`).toString('base64url') : undefined };
}

/** The request's `Filters`, as name → accepted values; names outside `allowed` are refused. @internal */
export function filtersOf(input: Record<string, unknown>, allowed: readonly string[]): Map<string, ReadonlySet<string>> {
  const filters = new Map<string, ReadonlySet<string>>();
  const raw = input['Filters'];
  if (raw === undefined || raw === null) return filters;
  if (!Array.isArray(raw)) throw invalidParameter('Filters must be a list');
  for (const filter of raw as unknown[]) {
    const f = (typeof filter === 'object' && filter !== null ? filter : {}) as Record<string, unknown>;
    const name = requiredString(f, 'Name');
    if (!allowed.includes(name)) throw invalidParameter(`Filter name ${name} is not valid. Valid filter names: ${allowed.join(', ')}`);
    const values = stringList(f, 'Values');
    if (values === undefined) throw invalidParameter(`Filter ${name} needs at least one value`);
    filters.set(name, new Set([...(filters.get(name) ?? []), ...values]));
  }
  return filters;
}

/** True when every filter accepts the value `fieldsOf(name)` gives for its name. @internal */
export function matches(filters: Map<string, ReadonlySet<string>>, fieldsOf: (name: string) => string | undefined): boolean {
  for (const [name, values] of filters) {
    const value = fieldsOf(name);
    if (value === undefined || !values.has(value)) return false;
  }
  return true;
}
