import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Exchange } from './emulator.js';
import type { FaultInjector } from './faults.js';
import { errorResponse, header, readBody, send, type BodyBudget } from './http-wire.js';
import { throttledWith, type RateLimits } from './rate-limits.js';
import type { S3Wire } from './s3/s3-wire.js';
import { ServiceFault, type ServiceModule } from './service.js';

const AUTH = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request,/;

/** What the request handler works with. @internal */
export interface HandlerEnv {
  readonly modules: readonly ServiceModule[];
  readonly s3Wire: S3Wire;
  readonly faults: FaultInjector;
  readonly rateLimits: RateLimits;
  readonly bodies: BodyBudget;
  record(exchange: Exchange): void;
}

/** Answers one HTTP request: S3 (REST-XML, path-style), or one operation of another service in its wire protocol. @internal */
export async function handleRequest(env: HandlerEnv, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://emulator');
  } catch {
    req.resume();
    return send(res, 400, { 'content-type': 'application/json' }, { __type: 'InvalidURI', message: 'the request target is not a valid path' });
  }
  if (env.s3Wire.accepts(req, url)) return env.s3Wire.handle(req, res, url);
  const target = header(req, 'x-amz-target');
  const module = target
    ? env.modules.find((m) => m.protocol === 'awsJson1_1' && target.startsWith(`${m.targetPrefix}.`))
    : env.modules.find((m) => m.protocol === 'restJson1' && m.operations.includes(url.pathname.slice(1)));
  if (!module || req.method !== 'POST') {
    req.resume();
    return send(res, 404, { 'content-type': 'application/json' }, { __type: 'UnknownOperationException', message: `no operation at ${req.method} ${url.pathname}` });
  }
  const operation = target ? target.slice(target.indexOf('.') + 1) : url.pathname.slice(1);
  let input: Record<string, unknown> = {};
  const answer = (status: number, headers: Record<string, string>, output: unknown, extra: Partial<Exchange> = {}): void => {
    send(res, status, headers, output);
    env.record({ service: module.service, operation, input, status, output, ...extra });
  };
  const fail = (fault: ServiceFault, extra: Partial<Exchange> = {}): void => {
    const { status, headers, body } = errorResponse(module, fault);
    answer(status, headers, body, { errorType: fault.type, ...extra });
  };
  const body = await readBody(req, env.bodies);
  if (body.kind === 'too-large') {
    return fail(new ServiceFault('RequestEntityTooLargeException', 'The request body is larger than the emulator accepts (16 MiB)', { status: 413 }));
  }
  if (body.kind === 'busy') {
    return fail(new ServiceFault('ServiceUnavailableException', 'The emulator is holding too many request bodies at once; retry', { status: 503 }));
  }
  // The body's bytes count against the budget until the answer is sent (or the connection closes).
  res.once('close', body.release);
  try {
    input = body.text.length === 0 ? {} : (JSON.parse(body.text) as Record<string, unknown>);
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new Error('body is not a JSON object');
  } catch (error) {
    input = {};
    return fail(new ServiceFault('SerializationException', `cannot parse the request body: ${String(error)}`));
  }
  const auth = AUTH.exec(header(req, 'authorization') ?? '');
  if (!auth || auth[3] !== module.signingName) {
    return fail(
      new ServiceFault(module.protocol === 'restJson1' ? 'UnrecognizedClientException' : 'MissingAuthenticationTokenException', 'Request is missing a valid SigV4 Authorization header for this service', { status: 403 }),
    );
  }
  // Own names only: `constructor`, `toString` or `__proto__` are no operation of any service.
  if (!module.operations.includes(operation)) {
    return fail(new ServiceFault('UnknownOperationException', `${operation} is not an operation of the emulated ${module.service}`));
  }
  const retryAfterMs = env.rateLimits.take(operation);
  if (retryAfterMs !== undefined) return fail(throttledWith(module.faults.throttle, retryAfterMs), { rateLimited: true });
  const decision = env.faults.decide(module.service, operation);
  if (decision.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.latencyMs));
  switch (decision.kind) {
    case 'drop':
      req.socket.destroy();
      env.record({ service: module.service, operation, input, status: 0, fault: 'drop' });
      return;
    case 'throttle':
      return fail(module.faults.throttle, { fault: 'throttle' });
    case 'server-error':
      return fail(module.faults.serverError, { fault: 'server-error' });
    case 'access-denied':
      return fail(module.faults.accessDenied, { fault: 'access-denied' });
    case 'drop-response':
    case undefined:
      break;
  }
  try {
    const output = await module.handle({ operation, input, accessKeyId: auth[1] ?? '' });
    if (decision.kind === 'drop-response') {
      req.socket.destroy();
      env.record({ service: module.service, operation, input, status: 0, output, fault: 'drop-response' });
      return;
    }
    const contentType = module.protocol === 'awsJson1_1' ? 'application/x-amz-json-1.1' : 'application/json';
    answer(module.successStatus?.[operation] ?? 200, { 'content-type': contentType }, output ?? {});
  } catch (error) {
    if (error instanceof ServiceFault) return fail(error);
    throw error;
  }
}
