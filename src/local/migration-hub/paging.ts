import { hubFault } from './wire-input.js';

/** One page of `items` from `NextToken` (an opaque base64 offset bound to the listing), and the next token. @internal */
export function page<T>(
  listing: string,
  items: readonly T[],
  input: Record<string, unknown>,
  defaultMax: number,
): { readonly items: readonly T[]; readonly nextToken: string | undefined } {
  const max = typeof input['MaxResults'] === 'number' ? input['MaxResults'] : defaultMax;
  const token = input['NextToken'];
  let start = 0;
  if (typeof token === 'string' && token !== '') {
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.lastIndexOf(':');
    start = colon < 0 ? Number.NaN : Number(decoded.slice(colon + 1));
    if (decoded.slice(0, colon) !== listing || !Number.isInteger(start) || start < 0) throw hubFault('InvalidInputException', 'The NextToken is invalid or expired');
  }
  const end = start + max;
  return {
    items: items.slice(start, end),
    nextToken: end < items.length ? Buffer.from(`${listing}:${end}`).toString('base64') : undefined,
  };
}
