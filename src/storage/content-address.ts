/**
 * Content addressing for uploads: the SHA-256 of a file names its object and derives its idempotency token, so the
 * same file in the same place always means the same object and the same import.
 * @module
 */

/** A file's SHA-256, in the two spellings S3 and keys need. @internal */
export interface ContentHash {
  /** Lowercase hex, 64 characters. */
  readonly hex: string;
  /** Base64, as S3's `ChecksumSHA256` takes it. */
  readonly base64: string;
}

/** The SHA-256 of `bytes` (Web Crypto: Node 20 and browsers alike). @internal */
export async function contentHash(bytes: Uint8Array): Promise<ContentHash> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return { hex: Buffer.from(digest).toString('hex'), base64: Buffer.from(digest).toString('base64') };
}

/** Hex digits of the hash in a content-addressed key: 16 (64 bits) keep keys short and collisions out of reach. */
const KEY_HASH_DIGITS = 16;

/** `imports/<first 16 hex digits of the SHA-256>/<file name>`: the same file always gets the same key. @internal */
export function contentAddressedKey(hash: ContentHash, fileName: string): string {
  return `imports/${hash.hex.slice(0, KEY_HASH_DIGITS)}/${fileName}`;
}

/**
 * An idempotency token derived from where a file goes and what it holds (64 hex digits, within Discovery's 100 and
 * MGN's 64): retrying the same upload-and-start re-attaches to the import the first attempt started. @internal
 */
export async function derivedToken(bucket: string, key: string, hash: ContentHash): Promise<string> {
  return (await contentHash(new TextEncoder().encode(`aws-migration-kit import\n${bucket}\n${key}\n${hash.hex}`))).hex;
}
