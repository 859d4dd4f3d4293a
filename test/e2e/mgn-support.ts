/** A SigV4-shaped Authorization header for raw requests (the emulator checks its shape, not the signature). */
export const MGN_AUTH = 'AWS4-HMAC-SHA256 Credential=AKIAEMULATOR00000000/20260101/us-west-2/mgn/aws4_request, SignedHeaders=host, Signature=abc';

/** An MGN import template CSV from rows of cells keyed by column. */
export function csv(rows: readonly Readonly<Record<string, string>>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const quote = (v: string): string => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [columns.join(','), ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(','))].join('\n') + '\n';
}
