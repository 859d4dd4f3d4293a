/**
 * Validates JSON wire bodies against the official AWS service models.
 *
 * The models are the committed fixtures in `test/fixtures/models/` (derived from the
 * botocore JSON by `scripts/extract-models.mjs`, documentation stripped). The emulator
 * and e2e tests use this to prove that what goes over the wire is what the real
 * service could send or accept: known members only, required members present, the
 * right JSON types, enum values, lengths, ranges and patterns.
 *
 * Problems are returned as strings, each starting with a JSON path into the value, e.g.
 * `$.importTasks[0].status: "FOO" is not one of IMPORT_IN_PROGRESS, IMPORT_COMPLETE, ...`.
 * Misuse (an unknown service, operation or shape name) throws instead: that is a bug
 * in the test, not in the body under test.
 *
 * @module
 */
import { readFileSync } from 'node:fs';

/** The service models committed under `test/fixtures/models/`. */
export type ServiceName = 'discovery' | 'mgn' | 'mgh' | 'dms' | 'migrationhub-config' | 's3';

/** Every {@link ServiceName}, in a stable order. */
export const SERVICE_NAMES: readonly ServiceName[] = Object.freeze([
  'discovery',
  'mgn',
  'mgh',
  'dms',
  'migrationhub-config',
  's3',
]);

/**
 * How `timestamp` shapes travel in a JSON body: `epoch-seconds` is a JSON number of
 * seconds (awsJson1_1: Discovery, Migration Hub, DMS); `iso8601` is an RFC 3339 string.
 * (MGN's ISO-8601 date-times are modelled as `string` shapes with a pattern, so this
 * option does not affect them.)
 */
export type TimestampFormat = 'epoch-seconds' | 'iso8601';

/** Options for every validation function. */
export interface ValidationOptions {
  /**
   * Wire format of `timestamp` shapes, unless the shape or member carries its own
   * `timestampFormat`. Defaults to {@link defaultTimestampFormat} of the model.
   */
  readonly timestampFormat: TimestampFormat;
}

/** A reference from a member, list element, map key/value or operation to a shape. */
export interface ShapeRef {
  readonly shape: string;
  /**
   * Where an HTTP binding puts the member (`header`, `headers` for a prefixed map, `uri`, `querystring`,
   * `statusCode`); absent means the body (JSON, or an XML element for REST-XML).
   */
  readonly location?: string;
  readonly locationName?: string;
  readonly idempotencyToken?: boolean;
  readonly deprecated?: boolean;
  /** botocore name: `iso8601`, `unixTimestamp` or `rfc822`. */
  readonly timestampFormat?: string;
  /** REST-XML: the member's element is a flattened list (repeated, no wrapper). */
  readonly flattened?: boolean;
  /** A streaming blob (the whole HTTP payload). */
  readonly streaming?: boolean;
}

/** Traits shared by every shape. */
interface ShapeTraits {
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
  readonly box?: boolean;
}

/** A `structure` (also used for errors, marked `exception`). */
export interface StructureShape extends ShapeTraits {
  readonly type: 'structure';
  readonly members: Readonly<Record<string, ShapeRef>>;
  readonly required?: readonly string[];
  /** Exactly one member must be set. */
  readonly union?: boolean;
  readonly exception?: boolean;
  readonly fault?: boolean;
  readonly error?: { readonly code?: string; readonly httpStatusCode?: number; readonly senderFault?: boolean };
  /** REST protocols: the member that is the whole HTTP payload. */
  readonly payload?: string;
}

/** A `list`; `min`/`max` bound the number of elements. */
export interface ListShape extends ShapeTraits {
  readonly type: 'list';
  /** REST-XML: elements repeat in the parent without a wrapper element. */
  readonly flattened?: boolean;
  readonly member: ShapeRef;
  readonly min?: number;
  readonly max?: number;
}

/** A `map`; `min`/`max` bound the number of entries. */
export interface MapShape extends ShapeTraits {
  readonly type: 'map';
  readonly key: ShapeRef;
  readonly value: ShapeRef;
  readonly min?: number;
  readonly max?: number;
}

/** A `string`; `min`/`max` bound the length in code points, `pattern` is a (Java-flavoured, unanchored) regex. */
export interface StringShape extends ShapeTraits {
  readonly type: 'string';
  readonly enum?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
}

/** A number; `min`/`max` bound the value. */
export interface NumberShape extends ShapeTraits {
  readonly type: 'integer' | 'long' | 'float' | 'double';
  readonly min?: number;
  readonly max?: number;
}

/** A `boolean`. */
export interface BooleanShape extends ShapeTraits {
  readonly type: 'boolean';
}

/** A `timestamp`, optionally with its own wire format. */
export interface TimestampShape extends ShapeTraits {
  readonly type: 'timestamp';
  readonly timestampFormat?: string;
}

/** A `blob` (base64 in JSON); `min`/`max` bound the decoded byte length. */
export interface BlobShape extends ShapeTraits {
  readonly type: 'blob';
  readonly min?: number;
  readonly max?: number;
}

/** Any shape of a service model. */
export type Shape =
  | StructureShape
  | ListShape
  | MapShape
  | StringShape
  | NumberShape
  | BooleanShape
  | TimestampShape
  | BlobShape;

/** One operation: its HTTP binding and the shapes of its input, output and modelled errors. */
export interface OperationModel {
  readonly name: string;
  readonly http: { readonly method: string; readonly requestUri: string; readonly responseCode?: number };
  readonly input?: ShapeRef;
  readonly output?: ShapeRef;
  readonly errors?: readonly ShapeRef[];
  readonly readonly?: boolean;
  readonly idempotent?: boolean;
  readonly deprecated?: boolean;
}

/** Service metadata (protocol, target prefix, signing name, ...), as in botocore. */
export interface ServiceMetadata {
  readonly apiVersion: string;
  readonly endpointPrefix: string;
  /** `json` (awsJson1_x), `rest-json` (restJson1) or `rest-xml` (S3). */
  readonly protocol: string;
  readonly protocols?: readonly string[];
  readonly jsonVersion?: string;
  readonly targetPrefix?: string;
  readonly signingName?: string;
  readonly serviceId: string;
  readonly serviceFullName?: string;
  readonly signatureVersion?: string;
  readonly uid?: string;
}

/** A paginator from `paginators-1.json`. */
export interface PaginatorModel {
  readonly input_token: string | readonly string[];
  readonly output_token: string | readonly string[];
  readonly limit_key?: string;
  readonly result_key?: string | readonly string[];
  readonly more_results?: string;
}

/** One acceptor of a waiter from `waiters-2.json`. */
export interface WaiterAcceptor {
  readonly state: 'success' | 'failure' | 'retry';
  readonly matcher: 'path' | 'pathAll' | 'pathAny' | 'status' | 'error';
  readonly argument?: string;
  readonly expected: unknown;
}

/** A waiter from `waiters-2.json`. */
export interface WaiterModel {
  readonly operation: string;
  readonly delay: number;
  readonly maxAttempts: number;
  readonly acceptors: readonly WaiterAcceptor[];
}

/** A service model as committed in `test/fixtures/models/<service>.json` (deeply frozen). */
export interface ServiceModel {
  readonly metadata: ServiceMetadata;
  readonly operations: Readonly<Record<string, OperationModel>>;
  readonly shapes: Readonly<Record<string, Shape>>;
  readonly paginators: Readonly<Record<string, PaginatorModel>>;
  readonly waiters: Readonly<Record<string, WaiterModel>>;
}

/**
 * Error names any operation may return although no model lists them, because the AWS
 * front end (not the service) produces them for every JSON-protocol API:
 * - `ThrottlingException`: request rate exceeded (the SDK retries it as throttling);
 * - `InternalFailure`, `ServiceUnavailable`: the generic 500/503 errors;
 * - `UnrecognizedClientException`, `InvalidSignatureException`, `ExpiredTokenException`:
 *   authentication failures before the request reaches the service.
 *
 * `AccessDeniedException`/`AccessDeniedFault` are deliberately not here: they are
 * accepted only where the operation models them.
 */
export const COMMON_ERRORS: readonly string[] = Object.freeze([
  'ThrottlingException',
  'InternalFailure',
  'ServiceUnavailable',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
]);

const modelCache = new Map<ServiceName, ServiceModel>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Loads (once, then from a cache) the committed model of `service` from
 * `test/fixtures/models/<service>.json`. The result is deeply frozen.
 */
export function loadModel(service: ServiceName): ServiceModel {
  const cached = modelCache.get(service);
  if (cached) return cached;
  if (!SERVICE_NAMES.includes(service)) {
    throw new Error(`loadModel: unknown service "${String(service)}" (known: ${SERVICE_NAMES.join(', ')})`);
  }
  const url = new URL(`../fixtures/models/${service}.json`, import.meta.url);
  const parsed: unknown = JSON.parse(readFileSync(url, 'utf8'));
  if (
    !isPlainObject(parsed) ||
    !isPlainObject(parsed['metadata']) ||
    !isPlainObject(parsed['operations']) ||
    !isPlainObject(parsed['shapes'])
  ) {
    throw new Error(`loadModel: ${url.pathname} is not a service model (run npm run models)`);
  }
  const model = deepFreeze({ paginators: {}, waiters: {}, ...parsed } as unknown as ServiceModel);
  modelCache.set(service, model);
  return model;
}

/**
 * The protocol's default wire format for `timestamp` shapes: epoch seconds for the JSON
 * protocols (`json` = awsJson1_x, `rest-json` = restJson1), ISO-8601 otherwise (REST-XML bodies; its headers
 * use HTTP dates, see model-validator-rest-xml.ts). MGN's ISO-8601 date-times are `string` shapes, not timestamps.
 */
export function defaultTimestampFormat(model: ServiceModel): TimestampFormat {
  const protocol = model.metadata.protocol;
  return protocol === 'json' || protocol === 'rest-json' ? 'epoch-seconds' : 'iso8601';
}

/**
 * Validates `value` against the shape `shapeName` of `model` and returns the problems
 * found (empty when valid). Checks known and required members, unions, JSON types,
 * enums, string length (code points), numeric ranges, list and map sizes, elements,
 * map keys and values, timestamps (per `options.timestampFormat` unless the model says
 * otherwise) and patterns (see {@link compilePattern}; uncompilable ones are skipped).
 * A `null` structure member counts as absent, as the SDK deserialisers treat it.
 *
 * @throws Error if `shapeName` is not in the model.
 */
export function validateShape(
  model: ServiceModel,
  shapeName: string,
  value: unknown,
  options?: ValidationOptions,
): string[] {
  requireShape(model, shapeName);
  const ctx: Context = { model, problems: [], timestampFormat: options?.timestampFormat ?? defaultTimestampFormat(model) };
  check(ctx, { shape: shapeName }, value, '$');
  return ctx.problems;
}

/**
 * Validates a response body of `operation` against its output shape. An operation
 * without an output accepts `{}` (or no body at all) and nothing else.
 *
 * @throws Error if `operation` is not in the model.
 */
export function validateOperationOutput(
  model: ServiceModel,
  operation: string,
  body: unknown,
  options?: ValidationOptions,
): string[] {
  return validateBody(model, operation, 'output', body, options);
}

/**
 * Validates a request body of `operation` against its input shape (handy in the
 * emulator to check what the SDK sent). An operation without an input accepts `{}`
 * (or no body at all) and nothing else.
 *
 * @throws Error if `operation` is not in the model.
 */
export function validateOperationInput(
  model: ServiceModel,
  operation: string,
  body: unknown,
  options?: ValidationOptions,
): string[] {
  return validateBody(model, operation, 'input', body, options);
}

/**
 * Validates an error response of `operation`. `errorName` (as sent in `__type` or
 * `x-amzn-errortype`; a `namespace#` prefix or `:uri` suffix is ignored) must be one
 * of the operation's modelled errors (by shape name or `error.code`) or one of
 * {@link COMMON_ERRORS}; otherwise that is reported and the body is not examined.
 *
 * The body is validated against the error shape when there is one (a modelled error,
 * or a common error the model happens to define). In error bodies `__type` is protocol
 * metadata (reported if it names another error), and `message`/`Message` are
 * interchangeable, as the SDK reads either. A common error without a shape may carry
 * anything, but a `message`/`Message` must be a string.
 *
 * @throws Error if `operation` is not in the model.
 */
export function validateOperationError(
  model: ServiceModel,
  operation: string,
  errorName: string,
  body: unknown,
  options?: ValidationOptions,
): string[] {
  const op = requireOperation(model, operation);
  const name = normaliseErrorName(errorName);
  const problems: string[] = [];

  const modelled = (op.errors ?? []).find((ref) => {
    const shape = model.shapes[ref.shape];
    return ref.shape === name || (shape?.type === 'structure' && shape.error?.code === name);
  });
  const isCommon = COMMON_ERRORS.includes(name);
  if (!modelled && !isCommon) {
    const names = (op.errors ?? []).map((ref) => ref.shape);
    return [
      `$: error "${name}" is not modelled for ${operation} ` +
        `(modelled: ${names.length > 0 ? names.join(', ') : 'none'}; common: ${COMMON_ERRORS.join(', ')})`,
    ];
  }

  if (body === undefined) return problems;
  if (!isPlainObject(body)) return [`$: expected an error body object, got ${describe(body)}`];

  const wireType = body['__type'];
  if (wireType !== undefined) {
    if (typeof wireType !== 'string') problems.push(`$.__type: expected string, got ${describe(wireType)}`);
    else if (normaliseErrorName(wireType) !== name) problems.push(`$.__type: "${wireType}" does not name the error ${name}`);
  }
  const members: Record<string, unknown> = { ...body };
  delete members['__type'];

  const shapeName = modelled?.shape ?? (model.shapes[name]?.type === 'structure' ? name : undefined);
  if (shapeName === undefined) {
    for (const key of ['message', 'Message']) {
      const message = members[key];
      if (message !== undefined && message !== null && typeof message !== 'string') {
        problems.push(`${memberPath('$', key)}: expected string, got ${describe(message)}`);
      }
    }
    return problems;
  }

  const shape = requireShape(model, shapeName);
  if (shape.type === 'structure') {
    // The SDK reads the message from either spelling; map the other one onto the modelled one.
    const modelledKey = 'message' in shape.members ? 'message' : 'Message' in shape.members ? 'Message' : undefined;
    const otherKey = modelledKey === 'message' ? 'Message' : modelledKey === 'Message' ? 'message' : undefined;
    if (modelledKey && otherKey && otherKey in members && !(modelledKey in members)) {
      members[modelledKey] = members[otherKey];
      delete members[otherKey];
    }
  }
  return [...problems, ...validateShape(model, shapeName, members, options)];
}

/**
 * Compiles a model `pattern` as a JavaScript `RegExp` with the `u` flag, or returns
 * `undefined` when it cannot be compiled (such patterns are skipped, not failed). A
 * pattern that does not compile as written is retried with its Java-only escapes
 * rewritten (octal `\0nn`, escaped punctuation such as `\=`), which JavaScript's
 * `u` mode rejects but which mean the same single character. Patterns are not
 * anchored: like Smithy, a match anywhere in the string is enough (most model
 * patterns carry their own `^...$`).
 */
export function compilePattern(pattern: string): RegExp | undefined {
  if (patternCache.has(pattern)) return patternCache.get(pattern);
  let compiled: RegExp | undefined;
  for (const source of [pattern, rewriteJavaEscapes(pattern)]) {
    try {
      compiled = new RegExp(source, 'u');
      break;
    } catch {
      // try the next form, or give up on this pattern
    }
  }
  patternCache.set(pattern, compiled);
  return compiled;
}

// ---------------------------------------------------------------------------------------------
// internals

interface Context {
  readonly model: ServiceModel;
  readonly problems: string[];
  readonly timestampFormat: TimestampFormat;
}

const patternCache = new Map<string, RegExp | undefined>();

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
/** Epoch-second values above this (year 5138) are almost certainly milliseconds. */
const EPOCH_SECONDS_LIMIT = 1e11;
const ISO8601 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function requireOperation(model: ServiceModel, operation: string): OperationModel {
  const op = Object.hasOwn(model.operations, operation) ? model.operations[operation] : undefined;
  if (!op) {
    throw new Error(
      `operation "${operation}" is not in the ${model.metadata.serviceId} model ` +
        `(known: ${Object.keys(model.operations).join(', ')})`,
    );
  }
  return op;
}

function requireShape(model: ServiceModel, shapeName: string): Shape {
  const shape = Object.hasOwn(model.shapes, shapeName) ? model.shapes[shapeName] : undefined;
  if (!shape) throw new Error(`shape "${shapeName}" is not in the ${model.metadata.serviceId} model`);
  return shape;
}

function validateBody(
  model: ServiceModel,
  operation: string,
  direction: 'input' | 'output',
  body: unknown,
  options: ValidationOptions | undefined,
): string[] {
  const ref = requireOperation(model, operation)[direction];
  if (ref) return validateShape(model, ref.shape, body, options);
  if (body === undefined) return [];
  if (!isPlainObject(body)) return [`$: ${operation} has no ${direction}; expected {}, got ${describe(body)}`];
  return Object.keys(body).map((key) => `${memberPath('$', key)}: ${operation} has no ${direction}, so no members`);
}

/** `aws.foo#BarException:http://internal/` → `BarException`. */
function normaliseErrorName(name: string): string {
  const afterHash = name.includes('#') ? name.slice(name.lastIndexOf('#') + 1) : name;
  const colon = afterHash.indexOf(':');
  return (colon >= 0 ? afterHash.slice(0, colon) : afterHash).trim();
}

function memberPath(path: string, name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string': {
      const text = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
      return `string ${text}`;
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value} ${String(value)}`;
    case 'undefined':
      return 'undefined';
    default:
      return typeof value === 'object' ? 'object' : typeof value;
  }
}

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

function check(ctx: Context, ref: ShapeRef, value: unknown, path: string): void {
  const shape = requireShape(ctx.model, ref.shape);
  const name = ref.shape;
  const typeProblem = (expected: string): void => {
    ctx.problems.push(`${path}: expected ${expected} (${name}), got ${describe(value)}`);
  };

  switch (shape.type) {
    case 'structure':
      if (!isPlainObject(value)) return typeProblem('structure (object)');
      return checkStructure(ctx, name, shape, value, path);

    case 'list': {
      if (!Array.isArray(value)) return typeProblem('list (array)');
      checkCount(ctx, path, 'list has', 'items', value.length, shape, name);
      value.forEach((element: unknown, index) => check(ctx, shape.member, element, `${path}[${index}]`));
      return;
    }

    case 'map': {
      if (!isPlainObject(value)) return typeProblem('map (object)');
      const entries = Object.entries(value);
      checkCount(ctx, path, 'map has', 'entries', entries.length, shape, name);
      for (const [key, element] of entries) {
        const elementPath = `${path}[${JSON.stringify(key)}]`;
        check(ctx, shape.key, key, `${elementPath} (map key)`);
        check(ctx, shape.value, element, elementPath);
      }
      return;
    }

    case 'string': {
      if (typeof value !== 'string') return typeProblem('string');
      if (shape.enum && !shape.enum.includes(value)) {
        ctx.problems.push(`${path}: ${quote(value)} is not one of ${shape.enum.join(', ')}`);
      }
      checkLength(ctx, path, 'string length', [...value].length, shape, name);
      if (shape.pattern !== undefined) {
        const regex = compilePattern(shape.pattern);
        if (regex && !regex.test(value)) {
          ctx.problems.push(`${path}: ${quote(value)} does not match the pattern /${shape.pattern}/ (${name})`);
        }
      }
      return;
    }

    case 'integer':
    case 'long': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return typeProblem(`${shape.type} (integer number)`);
      if (shape.type === 'integer' && (value < INT32_MIN || value > INT32_MAX)) {
        ctx.problems.push(`${path}: ${value} does not fit a 32-bit integer (${name})`);
      } else if (shape.type === 'long' && !Number.isSafeInteger(value)) {
        ctx.problems.push(`${path}: ${value} is outside the exactly representable integer range (${name})`);
      }
      checkRange(ctx, path, value, shape, name);
      return;
    }

    case 'float':
    case 'double': {
      if (value === 'NaN' || value === 'Infinity' || value === '-Infinity') return;
      if (typeof value !== 'number' || !Number.isFinite(value)) return typeProblem(`${shape.type} (number)`);
      checkRange(ctx, path, value, shape, name);
      return;
    }

    case 'boolean':
      if (typeof value !== 'boolean') typeProblem('boolean');
      return;

    case 'timestamp':
      return checkTimestamp(ctx, ref, shape, value, path);

    case 'blob': {
      if (typeof value !== 'string' || !BASE64.test(value)) return typeProblem('blob (base64 string)');
      checkLength(ctx, path, 'blob size', Buffer.byteLength(value, 'base64'), shape, name);
      return;
    }

    default:
      // A shape type these models do not use (document, bigInteger, ...): nothing to check.
      return;
  }
}

function checkStructure(
  ctx: Context,
  name: string,
  shape: StructureShape,
  value: Record<string, unknown>,
  path: string,
): void {
  const set: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    const memberRef = Object.hasOwn(shape.members, key) ? shape.members[key] : undefined;
    const childPath = memberPath(path, key);
    if (!memberRef) {
      ctx.problems.push(`${childPath}: unknown member of ${name}`);
      continue;
    }
    if (memberRef.location !== undefined) {
      ctx.problems.push(
        `${childPath}: bound to ${memberRef.location} ${quote(memberRef.locationName ?? key)}, not the JSON body (${name})`,
      );
      continue;
    }
    if (member === null || member === undefined) continue;
    set.push(key);
    check(ctx, memberRef, member, childPath);
  }
  for (const required of shape.required ?? []) {
    const memberRef = shape.members[required];
    if (memberRef?.location !== undefined) continue; // travels outside the body
    if (value[required] === undefined || value[required] === null) {
      ctx.problems.push(`${memberPath(path, required)}: missing required member of ${name}`);
    }
  }
  if (shape.union && set.length !== 1) {
    ctx.problems.push(
      `${path}: union ${name} must have exactly one member set, got ${set.length}` +
        (set.length > 0 ? ` (${set.join(', ')})` : ''),
    );
  }
}

function checkTimestamp(ctx: Context, ref: ShapeRef, shape: TimestampShape, value: unknown, path: string): void {
  const declared = ref.timestampFormat ?? shape.timestampFormat;
  const format =
    declared === 'iso8601'
      ? 'iso8601'
      : declared === 'rfc822'
        ? 'http-date'
        : declared === 'unixTimestamp'
          ? 'epoch-seconds'
          : ctx.timestampFormat;
  const name = ref.shape;
  switch (format) {
    case 'epoch-seconds':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        ctx.problems.push(`${path}: expected timestamp as epoch seconds (a number) (${name}), got ${describe(value)}`);
      } else if (Math.abs(value) > EPOCH_SECONDS_LIMIT) {
        ctx.problems.push(`${path}: timestamp ${value} looks like epoch milliseconds, not seconds (${name})`);
      }
      return;
    case 'iso8601':
      if (typeof value !== 'string' || !isIso8601(value)) {
        ctx.problems.push(`${path}: expected timestamp as an ISO-8601 date-time string (${name}), got ${describe(value)}`);
      }
      return;
    case 'http-date':
      if (typeof value !== 'string' || !HTTP_DATE.test(value) || Number.isNaN(Date.parse(value))) {
        ctx.problems.push(`${path}: expected timestamp as an HTTP date string (${name}), got ${describe(value)}`);
      }
      return;
  }
}

function isIso8601(text: string): boolean {
  const match = ISO8601.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour < 24 && minute < 60 && second <= 60;
}

function checkLength(
  ctx: Context,
  path: string,
  what: string,
  length: number,
  shape: { readonly min?: number; readonly max?: number },
  name: string,
): void {
  if (shape.min !== undefined && length < shape.min) {
    ctx.problems.push(`${path}: ${what} ${length} is below the minimum ${shape.min} (${name})`);
  }
  if (shape.max !== undefined && length > shape.max) {
    ctx.problems.push(`${path}: ${what} ${length} is above the maximum ${shape.max} (${name})`);
  }
}

function checkCount(
  ctx: Context,
  path: string,
  prefix: string,
  unit: string,
  count: number,
  shape: { readonly min?: number; readonly max?: number },
  name: string,
): void {
  if (shape.min !== undefined && count < shape.min) {
    ctx.problems.push(`${path}: ${prefix} ${count} ${unit}, below the minimum ${shape.min} (${name})`);
  }
  if (shape.max !== undefined && count > shape.max) {
    ctx.problems.push(`${path}: ${prefix} ${count} ${unit}, above the maximum ${shape.max} (${name})`);
  }
}

function checkRange(ctx: Context, path: string, value: number, shape: NumberShape, name: string): void {
  if (shape.min !== undefined && value < shape.min) {
    ctx.problems.push(`${path}: ${value} is below the minimum ${shape.min} (${name})`);
  }
  if (shape.max !== undefined && value > shape.max) {
    ctx.problems.push(`${path}: ${value} is above the maximum ${shape.max} (${name})`);
  }
}

/**
 * Rewrites the Java regex escapes that JavaScript's `u` mode rejects into `\u{...}`:
 * octal `\0n`, `\0nn`, `\0mnn` (m ≤ 3) and any escaped ASCII punctuation (`\=`, `\/`).
 */
function rewriteJavaEscapes(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    const next = pattern[i + 1];
    if (char !== '\\' || next === undefined) {
      out += char ?? '';
      continue;
    }
    if (next === '0') {
      const octal = /^(?:[0-3][0-7]{2}|[0-7]{1,2})/.exec(pattern.slice(i + 2))?.[0];
      if (octal !== undefined) {
        out += `\\u{${Number.parseInt(octal, 8).toString(16)}}`;
        i += 1 + octal.length;
        continue;
      }
    } else if (/^[!-/:-@[-`{-~]$/.test(next)) {
      out += `\\u{${next.charCodeAt(0).toString(16)}}`;
      i += 1;
      continue;
    }
    out += char + next;
    i += 1;
  }
  return out;
}
