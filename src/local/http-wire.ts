import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceFault, ServiceModule } from './service.js';

// Wire helpers of the emulator's HTTP server: body reading, responses, and each protocol's error format.

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The first value of a request header. */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads a request body as UTF-8, refusing more than 16 MiB. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Sends a response with a JSON (or text) body and a request id. */
export function send(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(text), 'x-amzn-requestid': crypto.randomUUID() });
  res.end(text);
}

/** The service's real error format: awsJson1_1 puts the type in `__type`; restJson1 in `x-amzn-errortype`. */
export function errorResponse(module: ServiceModule, fault: ServiceFault): { status: number; headers: Record<string, string>; body: Record<string, unknown> } {
  if (module.protocol === 'awsJson1_1') {
    return {
      status: fault.status,
      headers: { 'content-type': 'application/x-amz-json-1.1', ...fault.headers },
      body: { __type: fault.type, [fault.messageMember]: fault.message, ...fault.fields },
    };
  }
  return {
    status: fault.status,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': fault.type, ...fault.headers },
    body: { [fault.messageMember]: fault.message, ...fault.fields },
  };
}
