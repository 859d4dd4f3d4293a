import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServiceFault, ServiceModule } from './service.js';

// Wire helpers of the emulator's HTTP server: body reading, responses, and each protocol's error format.

/** The largest request body the emulator reads (the services' own limits are far smaller). */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** The most request-body bytes held at once across every connection. */
export const MAX_TOTAL_BODY_BYTES = 32 * 1024 * 1024;

/** The first value of a request header. */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The request-body bytes held by every connection together. A body that would take the total over the limit is
 * read to its end and discarded instead of buffered, and answered with a retryable 503, so concurrent large
 * bodies cannot grow the emulator's memory without bound.
 * @internal
 */
export class BodyBudget {
  #used = 0;
  /** @param limitBytes - the most bytes held at once. */
  constructor(readonly limitBytes: number = MAX_TOTAL_BODY_BYTES) {}

  /** Bytes held now. */
  get used(): number {
    return this.#used;
  }

  /** Takes `bytes` if they fit. */
  reserve(bytes: number): boolean {
    if (this.#used + bytes > this.limitBytes) return false;
    this.#used += bytes;
    return true;
  }

  /** Gives `bytes` back. */
  release(bytes: number): void {
    this.#used = Math.max(0, this.#used - bytes);
  }
}

/** A request body: its text, or why it was discarded. @internal */
export type BodyResult =
  | { readonly kind: 'ok'; readonly text: string; /** Gives the body's bytes back to the budget (once the request is answered). */ release(): void }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'busy' };

/**
 * Reads a request body as UTF-8 within `budget`, holding its bytes until the caller releases them. Over `maxBytes`
 * the body is `too-large`; when the budget is spent it is `busy`; either way the rest is read and dropped (a body
 * more than twice `maxBytes` closes the connection).
 * @internal
 */
export function readBody(req: IncomingMessage, budget: BodyBudget, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let held = 0;
    let seen = 0;
    let refused: 'too-large' | 'busy' | undefined;
    let ended = false;
    const drop = (why: 'too-large' | 'busy'): void => {
      refused = why;
      budget.release(held);
      held = 0;
      chunks.length = 0;
    };
    req.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (refused !== undefined) {
        if (seen > 2 * maxBytes) req.destroy();
        return;
      }
      if (seen > maxBytes) return drop('too-large');
      if (!budget.reserve(chunk.length)) return drop('busy');
      held += chunk.length;
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused !== undefined) {
        ended = true;
        return resolve(refused === 'busy' ? { kind: 'busy' } : { kind: 'too-large' });
      }
      ended = true;
      const text = Buffer.concat(chunks, held).toString('utf8');
      chunks.length = 0;
      let kept = held;
      resolve({
        kind: 'ok',
        text,
        release: () => {
          budget.release(kept);
          kept = 0;
        },
      });
    });
    req.on('close', () => {
      if (ended) return;
      budget.release(held);
      held = 0;
      reject(new Error('the connection closed before the request body ended'));
    });
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
