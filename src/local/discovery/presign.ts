import { randomBytes } from 'node:crypto';
import type { EmulatorContext } from '../service.js';

/**
 * `length` random lowercase hex digits. Not drawn from the seeded source, so creating tasks does not shift the
 * sequence of randomly injected faults. @internal
 */
export function randomHex(length: number): string {
  return randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
}

/**
 * A pre-signed-looking download URL for an object in the emulated S3, served by the emulator itself. The query
 * imitates SigV4 query signing (a fresh `X-Amz-Date` and `X-Amz-Signature` each time); the emulator does not check it.
 * @internal
 */
export function presignedUrl(ctx: EmulatorContext, bucket: string, key: string): string {
  const date = new Date(ctx.clock.now()).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const credential = encodeURIComponent(`ASIAEMULATOR00000000/${date.slice(0, 8)}/${ctx.region}/s3/aws4_request`);
  return (
    `${ctx.objectUrl(bucket, key)}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${credential}` +
    `&X-Amz-Date=${date}&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${randomHex(64)}`
  );
}
