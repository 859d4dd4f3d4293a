import { describe, expectTypeOf, it } from 'vitest';
import { s } from '../../src/core/index.js';

interface Declared {
  /** Required. */
  readonly name: string;
  /** Optional. */
  readonly dryRun?: boolean;
}

describe('schema types', () => {
  it('Infer gives readonly fields, optional ones as `key?: T` without undefined', () => {
    const schema = s.object({ name: s.string(), dryRun: s.optional(s.boolean()), ids: s.optional(s.array(s.string())) });
    expectTypeOf<s.Infer<typeof schema>>().toEqualTypeOf<{ readonly name: string; readonly dryRun?: boolean; readonly ids?: readonly string[] }>();
  });

  it('objectOf accepts the exact declaration', () => {
    const schema = s.objectOf<Declared>()({ name: s.string(), dryRun: s.optional(s.boolean()) });
    expectTypeOf<s.Infer<typeof schema>>().toEqualTypeOf<Declared>();
  });

  it('objectOf refuses a schema that drifts from the declaration', () => {
    // @ts-expect-error a declared key without a schema
    s.objectOf<Declared>()({ name: s.string() });
    // @ts-expect-error a key the declaration does not have
    s.objectOf<Declared>()({ name: s.string(), dryRun: s.optional(s.boolean()), extra: s.optional(s.string()) });
    // @ts-expect-error the wrong type
    s.objectOf<Declared>()({ name: s.string(), dryRun: s.optional(s.string()) });
    // @ts-expect-error a required key declared optional
    s.objectOf<Declared>()({ name: s.optional(s.string()), dryRun: s.optional(s.boolean()) });
    // @ts-expect-error an optional key declared required
    s.objectOf<Declared>()({ name: s.string(), dryRun: s.boolean() });
  });

  it('oneOf and variant infer literal unions', () => {
    expectTypeOf<s.Infer<ReturnType<typeof s.oneOf<'A' | 'B'>>>>().toEqualTypeOf<'A' | 'B'>();
    const v = s.variant('mode', { X: s.object({ mode: s.oneOf(['X']) }), Y: s.object({ mode: s.oneOf(['Y']), key: s.string() }) });
    expectTypeOf<s.Infer<typeof v>>().toEqualTypeOf<{ readonly mode: 'X' } | { readonly mode: 'Y'; readonly key: string }>();
  });
});
