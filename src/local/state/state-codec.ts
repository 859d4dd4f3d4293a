// JSON for the emulator's saved state: Maps, Sets and bytes become tagged objects, `undefined` members are dropped.

/** Encodes a state value as plain JSON (`{ $map }`, `{ $set }`, `{ $base64 }` for what JSON lacks). @internal */
export function encodeState(value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [encodeState(k), encodeState(v)]) };
  if (value instanceof Set) return { $set: [...value].map(encodeState) };
  if (value instanceof Uint8Array) return { $base64: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeState);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeState(v);
    return out;
  }
  return value;
}

/** Reverses {@link encodeState}. Shapes are checked afterwards by each section's reader. @internal */
export function decodeState(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeState);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && Array.isArray(record['$map'])) {
    return new Map((record['$map'] as unknown[]).map((entry) => (Array.isArray(entry) && entry.length === 2 ? [decodeState(entry[0]), decodeState(entry[1])] : [undefined, undefined])));
  }
  if (keys.length === 1 && Array.isArray(record['$set'])) return new Set((record['$set'] as unknown[]).map(decodeState));
  if (keys.length === 1 && typeof record['$base64'] === 'string') return new Uint8Array(Buffer.from(record['$base64'], 'base64'));
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(record)) out[k] = decodeState(v);
  return { ...out };
}
