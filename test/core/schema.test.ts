import { describe, expect, it } from 'vitest';
import { ValidationError, s } from '../../src/core/index.js';

function errorOf(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError, got none');
}

const START = s.object({
  name: s.string({ max: 255 }),
  clientRequestToken: s.optional(s.string({ max: 100 })),
  dryRun: s.optional(s.boolean()),
  resultLocation: s.optional(s.object({ bucket: s.string(), folder: s.optional(s.string()) })),
  ids: s.optional(s.array(s.string({ pattern: /^id-\d+$/, hint: 'id- and digits' }), { min: 1, max: 5 })),
  timeoutMs: s.optional(s.duration()),
  tags: s.optional(s.record(s.string({ max: 3 }), s.string({ min: 0 }), { max: 2 })),
  signal: s.optional(s.abortSignal()),
});

describe('object', () => {
  it('returns a fresh copy with the present known fields only', () => {
    const input = { name: 'wave-1', dryRun: undefined, resultLocation: { bucket: 'b' } };
    const parsed = s.parse(START, input);
    expect(parsed).toEqual({ name: 'wave-1', resultLocation: { bucket: 'b' } });
    expect(parsed).not.toBe(input);
    expect('dryRun' in parsed).toBe(false);
  });

  it.each([
    [{ name: 'n', clientToken: 'x' }, 'clientToken', 'unknown option `clientToken`; did you mean `clientRequestToken`?'],
    [{ name: 'n', dryrun: true }, 'dryrun', 'unknown option `dryrun`; did you mean `dryRun`?'],
    [{ name: 'n', timeoutMS: 5 }, 'timeoutMS', 'unknown option `timeoutMS`; did you mean `timeoutMs`?'],
    [{ name: 'n', maxWaitTime: 5 }, 'maxWaitTime', 'unknown option `maxWaitTime`; did you mean `timeoutMs`?'],
    [{ name: 'n', abortSignal: new AbortController().signal }, 'abortSignal', 'unknown option `abortSignal`; did you mean `signal`?'],
    [{ name: 'n', resultLocation: { bucket: 'b', foldr: 'f' } }, 'resultLocation.foldr', 'unknown option `resultLocation.foldr`; did you mean `resultLocation.folder`?'],
    [{ name: 'n', zzz: 1 }, 'zzz', 'unknown option `zzz` (known: name, clientRequestToken, dryRun, resultLocation, ids, timeoutMs, tags, signal)'],
  ])('refuses an unknown key with a suggestion: %j', (input, field, message) => {
    const error = errorOf(() => s.parse(START, input));
    expect(error.field).toBe(field);
    expect(error.message).toBe(message);
  });

  it('refuses the unknown key before complaining about a missing required one', () => {
    expect(errorOf(() => s.parse(START, { nmae: 'x' })).message).toBe('unknown option `nmae`; did you mean `name`?');
  });

  it.each([
    [null, 'options', 'options: must be an object, got null'],
    [[], 'options', 'options: must be an object, got an array'],
    ['x', 'options', 'options: must be an object, got "x"'],
    [undefined, 'options', 'options: must be an object, got undefined'],
    [{}, 'name', 'name: is required (a string)'],
    [{ name: '' }, 'name', 'name: must not be empty'],
    [{ name: 5 }, 'name', 'name: must be a string, got number 5'],
    [{ name: 'n', dryRun: 'yes' }, 'dryRun', 'dryRun: must be a boolean, got "yes"'],
    [{ name: 'n', resultLocation: null }, 'resultLocation', 'resultLocation: must be an object, got null'],
    [{ name: 'n', resultLocation: {} }, 'resultLocation.bucket', 'resultLocation.bucket: is required (a string)'],
    [{ name: 'n', ids: [] }, 'ids', 'ids: must not be empty'],
    [{ name: 'n', ids: ['id-1', 'id-2', 'x'] }, 'ids[2]', 'ids[2]: "x" is not valid: id- and digits'],
    [{ name: 'n', ids: 'id-1' }, 'ids', 'ids: must be an array of strings, got "id-1"'],
    [{ name: 'n', tags: { a: 'x', b: 'y', c: 'z' } }, 'tags', 'tags: must have at most 2 entries, got 3'],
    [{ name: 'n', tags: { long: 'x' } }, 'tags.long', 'tags.long: must be at most 3 characters long, got 4'],
    [{ name: 'n', tags: { a: 1 } }, 'tags.a', 'tags.a: must be a string, got number 1'],
    [{ name: 'n', signal: {} }, 'signal', 'signal: must be an AbortSignal, got an object'],
  ])('names the field: %j', (input, field, message) => {
    const error = errorOf(() => s.parse(START, input));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe(field);
    expect(error.message).toBe(message);
  });

  it('reads own keys only, not inherited ones', () => {
    const inherited = Object.create({ name: 'from-prototype' }) as object;
    expect(errorOf(() => s.parse(START, inherited)).field).toBe('name');
  });

  it('runs a rule across fields after the fields', () => {
    const schema = s.object(
      { include: s.optional(s.array(s.string())), exclude: s.optional(s.array(s.string())) },
      { check: (v) => (v.include && v.exclude ? ['exclude', 'cannot be combined with include'] : undefined) },
    );
    expect(s.parse(schema, { include: ['a'] })).toEqual({ include: ['a'] });
    expect(errorOf(() => s.parse(schema, { include: ['a'], exclude: ['b'] })).message).toBe('exclude: cannot be combined with include');
  });

  it('labels the top-level object', () => {
    expect(errorOf(() => s.parse(s.object({}, { label: 'input' }), 3)).message).toBe('input: must be an object, got number 3');
    expect(errorOf(() => s.parse(s.object({}), { a: 1 })).message).toBe('unknown option `a` (this object takes no options)');
  });
});

describe('strings count characters, not UTF-16 units', () => {
  const name = s.string({ max: 255 });
  it('accepts 200 emoji under a 255 limit (400 UTF-16 units)', () => {
    const emoji = '😀'.repeat(200);
    expect(emoji.length).toBe(400);
    expect(name.parse(emoji, 'name')).toBe(emoji);
  });
  it('refuses 256 emoji and reports the count in characters', () => {
    expect(errorOf(() => name.parse('😀'.repeat(256), 'name')).message).toBe('name: must be at most 255 characters long, got 256');
  });
  it('counts a lone surrogate as one character', () => {
    expect(s.codePointLength('a\ud800b')).toBe(3);
    expect(s.codePointLength('😀x')).toBe(2);
  });
  it('applies min in characters too', () => {
    expect(s.string({ min: 2 }).parse('😀😀', 'x')).toBe('😀😀');
    expect(errorOf(() => s.string({ min: 2 }).parse('😀', 'x')).message).toBe('x: must be at least 2 characters long, got 1');
  });
});

describe('numbers', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1, 2 ** 31, 2 ** 40, '5', null])('duration refuses %s', (value) => {
    expect(errorOf(() => s.duration().parse(value, 'timeoutMs')).field).toBe('timeoutMs');
  });
  it('duration accepts 0 and 2^31 - 1', () => {
    expect(s.duration().parse(0, 'x')).toBe(0);
    expect(s.duration().parse(s.MAX_DURATION_MS, 'x')).toBe(2 ** 31 - 1);
  });
  it('integer refuses fractions and bounds', () => {
    expect(errorOf(() => s.integer({ min: 1, max: 10 }).parse(1.5, 'n')).message).toBe('n: must be an integer, got number 1.5');
    expect(errorOf(() => s.integer({ min: 1, max: 10 }).parse(11, 'n')).message).toBe('n: must be between 1 and 10, got 11');
  });
  it('number refuses NaN', () => {
    expect(errorOf(() => s.number().parse(Number.NaN, 'n')).message).toBe('n: must be a finite number, got number NaN');
  });
});

describe('the other kinds', () => {
  it('oneOf lists the values', () => {
    const kind = s.oneOf(['A', 'B']);
    expect(kind.parse('A', 'k')).toBe('A');
    expect(errorOf(() => kind.parse('a', 'k')).message).toBe('k: must be one of "A", "B", got "a"');
  });
  it('clock needs now and sleep', () => {
    expect(errorOf(() => s.clock().parse({ now: () => 0 }, 'clock')).field).toBe('clock');
    const c = { now: () => 0, sleep: async () => undefined };
    expect(s.clock().parse(c, 'clock')).toBe(c);
  });
  it('fn refuses non-functions', () => {
    expect(errorOf(() => s.fn<() => void>().parse('log', 'onProgress')).message).toBe('onProgress: must be a function, got "log"');
  });
  it('abortSignal accepts a signal-like object from another realm', () => {
    const like = { aborted: false, addEventListener: () => undefined, removeEventListener: () => undefined };
    expect(s.abortSignal().parse(like, 'signal')).toBe(like);
  });
  it('date refuses Invalid Date', () => {
    expect(errorOf(() => s.date().parse(new Date(Number.NaN), 'at')).field).toBe('at');
  });
  it('variant picks the member by its discriminant and keeps it strict', () => {
    const encryption = s.variant('mode', {
      SSE_S3: s.object({ mode: s.oneOf(['SSE_S3']) }),
      SSE_KMS: s.object({ mode: s.oneOf(['SSE_KMS']), kmsKeyArn: s.optional(s.string()) }),
    });
    expect(encryption.parse({ mode: 'SSE_KMS', kmsKeyArn: 'k' }, 'encryption')).toEqual({ mode: 'SSE_KMS', kmsKeyArn: 'k' });
    expect(errorOf(() => encryption.parse({ mode: 'SSE_S3', kmsKeyArn: 'k' }, 'encryption')).field).toBe('encryption.kmsKeyArn');
    expect(errorOf(() => encryption.parse({ mode: 'AES' }, 'encryption')).message).toBe('encryption.mode: must be one of "SSE_S3", "SSE_KMS", got "AES"');
  });
  it('custom and refine name the field', () => {
    const even = s.refine(s.integer(), (n) => (n % 2 === 0 ? undefined : 'must be even'));
    expect(errorOf(() => even.parse(3, 'n')).message).toBe('n: must be even');
    const upper = s.custom('upper case', (field, v) => {
      if (typeof v !== 'string' || v !== v.toUpperCase()) throw new ValidationError(field, 'must be upper case');
      return v;
    });
    expect(errorOf(() => s.parse(s.object({ code: upper }), { code: 'x' })).field).toBe('code');
  });
});

describe('suggestKey', () => {
  it.each([
    ['importIds', ['importIDs', 'pageSize', 'signal'], 'importIDs'],
    ['clientRequestToken', ['clientToken', 'tags'], 'clientToken'],
    ['maxWaitTime', ['timeoutMs', 'signal'], 'timeoutMs'],
    ['requestTimeout', ['timeoutMs'], 'timeoutMs'],
    ['pagesize', ['pageSize'], 'pageSize'],
    ['onProgres', ['onProgress'], 'onProgress'],
    ['logger', ['signal', 'timeoutMs'], undefined],
    ['xyz', ['name'], undefined],
  ])('%s among %j suggests %s', (key, known, expected) => {
    expect(s.suggestKey(key, known)).toBe(expected);
  });
});

describe('common options', () => {
  it('toArray() with no argument is a ValidationError', () => {
    expect(errorOf(() => s.parse(s.TO_ARRAY_OPTIONS, undefined)).field).toBe('options');
    expect(errorOf(() => s.parse(s.TO_ARRAY_OPTIONS, { limit: -1 })).field).toBe('limit');
    expect(s.parse(s.TO_ARRAY_OPTIONS, { limit: Number.POSITIVE_INFINITY })).toEqual({ limit: Number.POSITIVE_INFINITY });
  });
  it('wait options refuse overflowing durations and typos', () => {
    expect(errorOf(() => s.parse(s.WAIT_OPTIONS, { timeoutMs: 2 ** 31 })).field).toBe('timeoutMs');
    expect(errorOf(() => s.parse(s.WAIT_OPTIONS, { onProgress: 'x' })).field).toBe('onProgress');
    expect(errorOf(() => s.parse(s.WATCH_OPTIONS, { onProgress: () => undefined })).field).toBe('onProgress');
  });
});
