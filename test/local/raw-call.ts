/**
 * Raw wire calls to the emulator for its own tests: one helper per protocol, with a SigV4-shaped Authorization
 * header (the emulator checks its shape and signing name, not the signature).
 * @module
 */
import type { Emulator } from '../../src/local/index.js';

/** A raw answer: status, headers and the parsed JSON body (or the text when it is not JSON). */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown>;
}

/** `x-amz-target` prefix and signing name of each awsJson1_1 service. */
export const AWS_JSON = {
  discovery: { prefix: 'AWSPoseidonService_V2015_11_01', signing: 'discovery' },
  'migration-hub': { prefix: 'AWSMigrationHub', signing: 'mgh' },
  'migrationhub-config': { prefix: 'AWSMigrationHubMultiAccountService', signing: 'mgh' },
  dms: { prefix: 'AmazonDMSv20160101', signing: 'dms' },
} as const;

/** The Authorization header for `signingName`. */
export const authFor = (signingName: string): string =>
  `AWS4-HMAC-SHA256 Credential=AKIAEMULATOR00000000/20260101/us-west-2/${signingName}/aws4_request, SignedHeaders=host, Signature=abc`;

async function answer(response: Response): Promise<RawAnswer> {
  const text = await response.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { text };
  }
  return { status: response.status, headers: response.headers, body };
}

/** Posts an awsJson1_1 request to one of the emulator's services. */
export async function postJson(emu: Emulator, service: keyof typeof AWS_JSON, operation: string, body: unknown = {}): Promise<RawAnswer> {
  const { prefix, signing } = AWS_JSON[service];
  return answer(
    await fetch(emu.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `${prefix}.${operation}`, authorization: authFor(signing) },
      body: JSON.stringify(body),
    }),
  );
}

/** Posts a restJson1 request to the emulated MGN (`POST /<operation>`). */
export async function postMgn(emu: Emulator, operation: string, body: unknown = {}): Promise<RawAnswer> {
  return answer(
    await fetch(`${emu.endpoint}/${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: authFor('mgn') },
      body: JSON.stringify(body),
    }),
  );
}
