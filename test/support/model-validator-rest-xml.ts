/**
 * Validates REST-XML (S3) answers against the committed model, from what went over the wire: the HTTP status, the
 * headers bound to output members, and the XML body, read element by element with the model's bindings
 * (`locationName`, flattened lists, wrapped list members) and then checked like a JSON body by
 * {@link validateShape} (known members, types, enums, lengths, patterns, ISO-8601 timestamps). Header members are
 * checked one by one (integers, booleans, HTTP-date timestamps, enums). Error answers must carry S3's error document
 * (`Code`, `Message`, `RequestId`, `HostId`) with a code the operation models or S3 documents, at the right status,
 * with the request id header; HEAD errors carry no body.
 * @module
 */
import { type ServiceModel, type Shape, type ShapeRef, type StructureShape, validateShape } from './model-validator.js';
import { type XmlElement, parseXml } from './model-validator-xml.js';

/** A REST-XML answer as sent: status, headers (lowercase names) and the body text (absent for object bytes). */
export interface WireAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/**
 * Error codes S3 answers that its model lists for no operation, with their HTTP status, from the S3 API Reference
 * ("Error responses", list of error codes).
 */
export const S3_DOCUMENTED_ERRORS: Readonly<Record<string, number>> = Object.freeze({
  AccessDenied: 403,
  AuthorizationHeaderMalformed: 400,
  BadDigest: 400,
  BucketNotEmpty: 409,
  EntityTooLarge: 400,
  EntityTooSmall: 400,
  IllegalLocationConstraintException: 400,
  IncompleteBody: 400,
  InternalError: 500,
  InvalidArgument: 400,
  InvalidBucketName: 400,
  InvalidDigest: 400,
  InvalidPart: 400,
  InvalidPartOrder: 400,
  InvalidRange: 416,
  InvalidRequest: 400,
  KeyTooLongError: 400,
  MalformedXML: 400,
  MethodNotAllowed: 405,
  NoSuchUpload: 404,
  NotImplemented: 501,
  PreconditionFailed: 412,
  SlowDown: 503,
  XAmzContentSHA256Mismatch: 400,
});

/** Elements S3 adds to particular error documents besides Code, Message, RequestId and HostId. */
const ERROR_DETAIL_ELEMENTS = new Set(['Key', 'BucketName', 'ArgumentName', 'ArgumentValue', 'RangeRequested', 'ActualObjectSize', 'Condition', 'Method', 'ResourceType', 'Region', 'Size', 'MaxSizeAllowed', 'UploadId', 'PartNumber', 'ETag', 'ProposedSize', 'MinSizeAllowed']);

const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

function structureOf(model: ServiceModel, name: string): StructureShape {
  const shape = model.shapes[name];
  if (shape?.type !== 'structure') throw new Error(`${name} is not a structure of the ${model.metadata.serviceId} model`);
  return shape;
}

function operationOf(model: ServiceModel, operation: string): NonNullable<ServiceModel['operations'][string]> {
  const op = model.operations[operation];
  if (!op) throw new Error(`operation "${operation}" is not in the ${model.metadata.serviceId} model`);
  return op;
}

/** A header or query value read as the member's shape type; a problem string when it cannot be. */
function scalarFromText(shape: Shape, text: string, where: string, timestamps: 'http-date' | 'iso8601'): { value?: unknown; problem?: string } {
  switch (shape.type) {
    case 'integer':
    case 'long':
      return /^-?\d+$/.test(text) ? { value: Number(text) } : { problem: `${where}: "${text}" is not an integer` };
    case 'boolean':
      return text === 'true' || text === 'false' ? { value: text === 'true' } : { problem: `${where}: "${text}" is not true or false` };
    case 'timestamp':
      if (timestamps === 'http-date') return HTTP_DATE.test(text) && !Number.isNaN(Date.parse(text)) ? {} : { problem: `${where}: "${text}" is not an HTTP date` };
      return { value: text };
    case 'float':
    case 'double':
      return Number.isFinite(Number(text)) ? { value: Number(text) } : { problem: `${where}: "${text}" is not a number` };
    default:
      return { value: text };
  }
}

/** Reads an XML element as the value of `ref`'s shape (structures by member element names, lists, scalars). */
function fromXml(model: ServiceModel, ref: ShapeRef, element: XmlElement, path: string, problems: string[]): unknown {
  const shape = model.shapes[ref.shape];
  if (!shape) throw new Error(`shape ${ref.shape} is not in the model`);
  if (shape.type === 'structure') return structureFromXml(model, shape, element.children, path, problems);
  if (shape.type === 'list') {
    const itemName = shape.member.locationName ?? 'member';
    return element.children.map((child, i) => {
      if (child.name !== itemName) problems.push(`${path}[${i}]: element <${child.name}> where the list has <${itemName}>`);
      return fromXml(model, shape.member, child, `${path}[${i}]`, problems);
    });
  }
  if (element.children.length > 0) {
    problems.push(`${path}: <${element.name}> has child elements but ${ref.shape} is a ${shape.type}`);
    return undefined;
  }
  const { value, problem } = scalarFromText(shape, element.text, path, 'iso8601');
  if (problem) problems.push(problem);
  return value;
}

function structureFromXml(model: ServiceModel, shape: StructureShape, children: readonly XmlElement[], path: string, problems: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const byElement = new Map<string, [string, ShapeRef]>();
  for (const [member, ref] of Object.entries(shape.members)) if (ref.location === undefined) byElement.set(ref.locationName ?? member, [member, ref]);
  for (const child of children) {
    const entry = byElement.get(child.name);
    if (!entry) {
      problems.push(`${path}: unknown element <${child.name}>`);
      continue;
    }
    const [member, ref] = entry;
    const target = model.shapes[ref.shape];
    if (target?.type === 'list' && (target.flattened || ref.flattened)) {
      const list = (out[member] as unknown[] | undefined) ?? [];
      list.push(fromXml(model, target.member, child, `${path}.${member}[${list.length}]`, problems));
      out[member] = list;
    } else if (member in out) {
      problems.push(`${path}.${member}: element <${child.name}> appears twice`);
    } else {
      out[member] = fromXml(model, ref, child, `${path}.${member}`, problems);
    }
  }
  return out;
}

/** The problems of a successful REST-XML answer of `operation` (empty when it is what the model allows). */
export function validateRestXmlOutput(model: ServiceModel, operation: string, answer: WireAnswer): string[] {
  const op = operationOf(model, operation);
  const problems: string[] = [];
  const shape = op.output ? structureOf(model, op.output.shape) : undefined;
  const expected = op.http.responseCode ?? 200;
  const ranged = answer.status === 206 && shape?.members['ContentRange'] !== undefined && answer.headers['content-range'] !== undefined;
  if (answer.status !== expected && !ranged) problems.push(`status ${answer.status}, but ${operation} answers ${expected}`);
  if (!shape) {
    if (answer.body) problems.push(`${operation} has no output, but the answer has a body`);
    return problems;
  }
  const bodyMembers: string[] = [];
  for (const [member, ref] of Object.entries(shape.members)) {
    const target = model.shapes[ref.shape];
    if (!target) throw new Error(`shape ${ref.shape} is not in the model`);
    if (ref.location === 'header') {
      const text = answer.headers[(ref.locationName ?? member).toLowerCase()];
      if (text === undefined) continue;
      const where = `header ${ref.locationName ?? member}`;
      const { value, problem } = scalarFromText(target, text, where, ref.timestampFormat === 'iso8601' ? 'iso8601' : 'http-date');
      if (problem) problems.push(problem);
      else if (value !== undefined) problems.push(...validateShape(model, ref.shape, value, { timestampFormat: 'iso8601' }).map((p) => p.replace(/^\$/, where)));
    } else if (ref.location === 'headers') {
      const prefix = (ref.locationName ?? '').toLowerCase();
      const map = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => name.startsWith(prefix)).map(([name, value]) => [name.slice(prefix.length), value]));
      problems.push(...validateShape(model, ref.shape, map).map((p) => p.replace(/^\$/, `headers ${prefix}*`)));
    } else if (ref.location === undefined && shape.payload !== member) {
      bodyMembers.push(member);
    }
  }
  const payloadRef = shape.payload === undefined ? undefined : shape.members[shape.payload];
  if (payloadRef?.streaming || model.shapes[payloadRef?.shape ?? '']?.type === 'blob') return problems; // object bytes
  if (bodyMembers.length === 0) {
    if (answer.body) problems.push(`${operation} binds no member to the body, but the answer has one`);
    return problems;
  }
  if (answer.body === undefined) return [...problems, `${operation} answers an XML body, but there is none`];
  if (!/^application\/xml\b|^text\/xml\b/.test(answer.headers['content-type'] ?? '')) problems.push(`content-type "${answer.headers['content-type'] ?? ''}" is not XML`);
  let root: XmlElement;
  try {
    root = parseXml(answer.body);
  } catch (error) {
    return [...problems, `body is not XML: ${(error as Error).message}`];
  }
  if (root.attributes['xmlns'] !== 'http://s3.amazonaws.com/doc/2006-03-01/') problems.push(`root <${root.name}> lacks S3's xmlns`);
  const value = structureFromXml(model, shape, root.children, '$', problems);
  return [...problems, ...validateShape(model, op.output?.shape ?? '', value, { timestampFormat: 'iso8601' })];
}

/** The problems of an error answer of `operation` whose error code is `code`. */
export function validateRestXmlError(model: ServiceModel, operation: string, code: string, answer: WireAnswer, method: string): string[] {
  const op = operationOf(model, operation);
  const problems: string[] = [];
  // S3 answers NoSuchBucket to every operation on a bucket, though the model lists it for two: take its modelled shape.
  const modelled = (op.errors ?? []).find((ref) => ref.shape === code) ?? (code === 'NoSuchBucket' ? { shape: code } : undefined);
  const status = modelled ? structureOf(model, modelled.shape).error?.httpStatusCode : S3_DOCUMENTED_ERRORS[code];
  if (!modelled && status === undefined) problems.push(`error ${code} is neither modelled for ${operation} nor a documented S3 error`);
  if (status !== undefined && answer.status !== status) problems.push(`error ${code} with status ${answer.status}, expected ${status}`);
  if (answer.status < 400) problems.push(`error ${code} with a success status ${answer.status}`);
  const requestId = answer.headers['x-amz-request-id'];
  if (!requestId) problems.push('error without an x-amz-request-id header');
  if (method === 'HEAD') {
    if (answer.body) problems.push('a HEAD error with a body');
    return problems;
  }
  let root: XmlElement;
  try {
    root = parseXml(answer.body ?? '');
  } catch (error) {
    return [...problems, `error body is not XML: ${(error as Error).message}`];
  }
  if (root.name !== 'Error') problems.push(`error root <${root.name}>, not <Error>`);
  const text = (name: string): string | undefined => root.children.find((c) => c.name === name)?.text;
  if (text('Code') !== code) problems.push(`<Code>${text('Code') ?? ''}</Code> does not match ${code}`);
  if (!text('Message')) problems.push('error without a <Message>');
  if (text('RequestId') !== requestId) problems.push('<RequestId> differs from the x-amz-request-id header');
  for (const child of root.children) {
    if (!['Code', 'Message', 'RequestId', 'HostId'].includes(child.name) && !ERROR_DETAIL_ELEMENTS.has(child.name)) problems.push(`error element <${child.name}> is not one S3 sends`);
  }
  return problems;
}

/** The problems of a request's members (as the emulator recorded them) against the operation's input shape. */
export function validateRestXmlInput(model: ServiceModel, operation: string, input: Readonly<Record<string, unknown>>): string[] {
  const op = operationOf(model, operation);
  const shape = op.input ? structureOf(model, op.input.shape) : undefined;
  const problems: string[] = [];
  for (const [member, value] of Object.entries(input)) {
    const ref = shape?.members[member];
    if (!ref) problems.push(`request member ${member} is not in ${op.input?.shape ?? `${operation} (no input)`}`);
    else problems.push(...validateShape(model, ref.shape, value, { timestampFormat: 'iso8601' }).map((p) => p.replace(/^\$/, `request ${member}`)));
  }
  for (const required of shape?.required ?? []) if (input[required] === undefined) problems.push(`request lacks the required ${required}`);
  return problems;
}
