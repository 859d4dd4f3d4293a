import type { IncomingMessage } from 'node:http';
import { S3Error } from './s3-error.js';

/** Largest request body the emulated S3 keeps in memory (S3's own single-PUT limit is 5 GiB). */
export const MAX_S3_BODY_BYTES = 256 * 1024 * 1024;

const AUTH_SCOPE = /^AWS4-HMAC-SHA256 Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request,/;
const QUERY_SCOPE = /^[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request$/;

/** The region and service of a SigV4 credential scope, from the Authorization header or a pre-signed URL's query. */
export function scopeOf(req: IncomingMessage, url: URL): { region: string; service: string } | undefined {
  const auth = AUTH_SCOPE.exec(String(req.headers.authorization ?? ''));
  const query = QUERY_SCOPE.exec(url.searchParams.get('X-Amz-Credential') ?? '');
  const match = auth ?? (url.searchParams.has('X-Amz-Signature') ? query : null);
  return match ? { region: match[1] ?? '', service: match[2] ?? '' } : undefined;
}

/** Reads a request body as bytes; more than {@link MAX_S3_BODY_BYTES} is S3's `EntityTooLarge` (read to the end first). */
export function readBytes(req: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_S3_BODY_BYTES) refused = true;
      else chunks.push(chunk);
    });
    req.on('end', () =>
      refused
        ? reject(new S3Error(400, 'EntityTooLarge', `Your proposed upload exceeds the emulator's maximum of ${MAX_S3_BODY_BYTES} bytes`, [['MaxSizeAllowed', String(MAX_S3_BODY_BYTES)]]))
        : resolve(new Uint8Array(Buffer.concat(chunks))),
    );
    req.on('error', reject);
  });
}
