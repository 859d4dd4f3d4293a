/**
 * The input contract's one mechanism: each public input is declared once as a schema, and the runtime check, the
 * refusal of unknown keys (with the closest known key suggested), the {@link ValidationError} naming the field and
 * the TypeScript type all come from that declaration. Internal: services declare their inputs with it.
 */
export { custom, optional, parse, refine } from './schema.js';
export type { Infer, OptionalSchema, Schema } from './schema.js';
export { MAX_DURATION_MS, abortSignal, boolean, clock, codePointLength, date, duration, fn, integer, number, oneOf, sdkClient, string, unchecked } from './primitives.js';
export type { NumberRules, StringRules } from './primitives.js';
export { array, object, objectOf, omit, oneOrMany, record, unknownKey, variant } from './object.js';
export type { ArrayRules, InferShape, ObjectOptions, ObjectSchema, RecordRules, Shape, ShapeOf } from './object.js';
export { suggestKey } from './suggest.js';
export { CALL_OPTIONS, LIST_FIELDS, LIST_OPTIONS, PAGES_OPTIONS, SIGNAL, TO_ARRAY_OPTIONS, WAIT_OPTIONS, WATCH_FIELDS, WATCH_OPTIONS } from './common-options.js';
export { AWS_CLIENT_FIELDS, CLIENT_SETTINGS_HINT } from './client-options.js';
