import { ServiceFault } from '../service.js';

/** A Migration Hub error: its shapes carry the message in `Message`. @internal */
export function hubFault(type: string, message: string, fields: Record<string, unknown> = {}): ServiceFault {
  return new ServiceFault(type, message, { messageMember: 'Message', fields });
}

/** The service's validation error, in the AWS front end's wording. @internal */
export function invalidInput(path: string, value: unknown, constraint: string): ServiceFault {
  const shown = typeof value === 'string' ? `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'` : JSON.stringify(value);
  return hubFault('InvalidInputException', `1 validation error detected: Value ${shown} at '${path}' failed to satisfy constraint: ${constraint}`);
}

/** The wire form of a member, as the model describes it. @internal */
export type WireRule =
  | { readonly type: 'string'; readonly min: number; readonly max: number; readonly pattern?: RegExp; readonly patternText?: string }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'integer'; readonly min: number; readonly max: number }
  | { readonly type: 'boolean' }
  | { readonly type: 'timestamp' }
  | { readonly type: 'list'; readonly min: number; readonly max: number; readonly member: WireRule }
  | { readonly type: 'structure'; readonly members: Readonly<Record<string, WireRule>>; readonly required?: readonly string[] };

const INT_MAX = 2_147_483_647;

/** A string shape; `pattern` is matched against the whole value, as the service does. @internal */
export const str = (min: number, max: number, pattern?: RegExp, patternText?: string): WireRule =>
  ({ type: 'string', min, max, ...(pattern ? { pattern, patternText: patternText ?? pattern.source } : {}) }) as WireRule;
/** An integer shape. @internal */
export const int = (min: number, max = INT_MAX): WireRule => ({ type: 'integer', min, max });
/** An enum shape. @internal */
export const oneOf = (...values: string[]): WireRule => ({ type: 'enum', values });
/** A boolean. @internal */
export const bool: WireRule = { type: 'boolean' };
/** A timestamp (epoch seconds in awsJson1_1). @internal */
export const timestamp: WireRule = { type: 'timestamp' };
/** A list shape. @internal */
export const list = (member: WireRule, min: number, max: number): WireRule => ({ type: 'list', member, min, max });
/** A structure shape. @internal */
export const struct = (members: Record<string, WireRule>, required: readonly string[] = []): WireRule => ({ type: 'structure', members, required });

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Checks `value` against `rule`, throwing InvalidInputException for the first problem, like the service. @internal */
export function checkWire(rule: WireRule, value: unknown, path: string): void {
  switch (rule.type) {
    case 'string': {
      if (typeof value !== 'string') throw invalidInput(path, value, 'Member must be a string');
      const length = [...value].length;
      if (length < rule.min) throw invalidInput(path, value, `Member must have length greater than or equal to ${rule.min}`);
      if (length > rule.max) throw invalidInput(path, value, `Member must have length less than or equal to ${rule.max}`);
      if (rule.pattern && !rule.pattern.test(value)) throw invalidInput(path, value, `Member must satisfy regular expression pattern: ${rule.patternText}`);
      return;
    }
    case 'enum':
      if (typeof value !== 'string' || !rule.values.includes(value)) throw invalidInput(path, value, `Member must satisfy enum value set: [${rule.values.join(', ')}]`);
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw invalidInput(path, value, 'Member must be an integer');
      if (value < rule.min) throw invalidInput(path, value, `Member must have value greater than or equal to ${rule.min}`);
      if (value > rule.max) throw invalidInput(path, value, `Member must have value less than or equal to ${rule.max}`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') throw invalidInput(path, value, 'Member must be a boolean');
      return;
    case 'timestamp':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidInput(path, value, 'Member must be a timestamp (epoch seconds)');
      return;
    case 'list':
      if (!Array.isArray(value)) throw invalidInput(path, value, 'Member must be a list');
      if (value.length < rule.min) throw invalidInput(path, value, `Member must have length greater than or equal to ${rule.min}`);
      if (value.length > rule.max) throw invalidInput(path, value, `Member must have length less than or equal to ${rule.max}`);
      value.forEach((item: unknown, i) => checkWire(rule.member, item, `${path}.${i + 1}.member`));
      return;
    case 'structure': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidInput(path, value, 'Member must be a structure');
      const record = value as Record<string, unknown>;
      for (const name of rule.required ?? []) {
        if (record[name] === undefined || record[name] === null) throw invalidInput(join(path, name), null, 'Member must not be null');
      }
      for (const [name, member] of Object.entries(rule.members)) {
        const v = record[name];
        if (v !== undefined && v !== null) checkWire(member, v, join(path, name));
      }
      return;
    }
  }
}

function join(path: string, member: string): string {
  return path === '' ? lowerFirst(member) : `${path}.${lowerFirst(member)}`;
}
