import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Exchange } from '../emulator.js';
import type { FaultInjector } from '../faults.js';
import type { S3Answer, S3Call } from './answer.js';
import { createBucket, deleteBucket, headBucket, listBuckets, listObjects, type S3Account } from './bucket-operations.js';
import { completeMultipartUpload } from './complete-multipart.js';
import { abortMultipartUpload, createMultipartUpload, listParts, uploadPart } from './multipart-operations.js';
import { MultipartUploads } from './multipart-uploads.js';
import { deleteObject, getObject, putObject } from './object-operations.js';
import { requestMembers, routeOperation, type S3Operation } from './route.js';
import { readBytes, scopeOf } from './http-request.js';
import { S3Error } from './s3-error.js';
import type { S3Store } from './store.js';

/** What the S3 wire needs from the emulator. */
export interface S3WireOptions extends S3Account {
  /** The object store. */
  readonly store: S3Store;
  /** Scripted and random faults (service `s3`). */
  readonly faults: FaultInjector;
  /** Records each answered request. */
  readonly record: (exchange: Exchange) => void;
}

/**
 * S3's REST-XML protocol, path-style (`/<bucket>/<key>`), on the emulator's one HTTP server. Requests are signed
 * for `s3` (header or pre-signed query); signatures are not checked, but bodies, checksums and ranges are.
 */
export class S3Wire {
  readonly #options: S3WireOptions;
  /** Multipart uploads in progress. */
  readonly #uploads = new MultipartUploads();

  /** @param options - the store, faults, recorder, region and account. */
  constructor(options: S3WireOptions) {
    this.#options = options;
  }

  /** Whether a request is for S3: signed for `s3`, or any method but POST (which the other services use alone). */
  accepts(req: IncomingMessage, url: URL): boolean {
    return req.method !== 'POST' || scopeOf(req, url)?.service === 's3';
  }

  /** Answers one S3 request. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? (value[0] ?? '') : value;
    const path = url.pathname.slice(1);
    const slash = path.indexOf('/');
    const decoded = decodePath(slash < 0 ? path : path.slice(0, slash), slash < 0 ? '' : path.slice(slash + 1));
    const { bucket, key } = decoded ?? { bucket: '', key: '' };
    let operation: S3Operation | 'Unknown' = 'Unknown';
    let input: Record<string, unknown> = bucket ? { Bucket: bucket, ...(key ? { Key: key } : {}) } : {};
    const reply = (answer: S3Answer, errorType?: string): void => this.#send(req, res, { service: 's3', operation, input, status: answer.status, ...(errorType ? { errorType } : {}) }, answer);
    const fail = (error: S3Error): void => {
      const requestId = randomBytes(8).toString('hex').toUpperCase();
      const hostId = randomBytes(32).toString('base64');
      const answer: S3Answer = { status: error.status, headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId, 'x-amz-id-2': hostId }, body: error.toXml(requestId, hostId) };
      reply(answer, error.code);
    };
    let body: Uint8Array;
    try {
      body = await readBytes(req);
      if (decoded === undefined) throw new S3Error(400, 'InvalidURI', "Couldn't parse the specified URI.");
      operation = routeOperation(method, bucket, key, url.searchParams, headers['x-amz-copy-source']);
      input = requestMembers(operation, bucket, key, url.searchParams, headers);
      this.#authorize(req, url);
    } catch (error) {
      if (error instanceof S3Error) return fail(error);
      throw error;
    }
    const decision = this.#options.faults.decide('s3', operation);
    if (decision.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.latencyMs));
    switch (decision.kind) {
      case 'drop':
        req.socket.destroy();
        this.#options.record({ service: 's3', operation, input, status: 0, fault: 'drop' });
        return;
      case 'throttle':
        return fail(new S3Error(503, 'SlowDown', 'Please reduce your request rate.'));
      case 'server-error':
        return fail(new S3Error(500, 'InternalError', 'We encountered an internal error. Please try again.'));
      case 'access-denied':
        return fail(new S3Error(403, 'AccessDenied', 'Access Denied'));
      case 'drop-response':
      case undefined:
        break;
    }
    const call: S3Call = { bucket, key, query: url.searchParams, headers, header: (name) => headers[name], body, input };
    let answer: S3Answer;
    try {
      answer = this.#run(operation, call, method === 'HEAD');
    } catch (error) {
      if (error instanceof S3Error) return fail(error);
      throw error;
    }
    if (decision.kind === 'drop-response') {
      req.socket.destroy();
      this.#options.record({ service: 's3', operation, input, status: 0, fault: 'drop-response', output: recorded(answer) });
      return;
    }
    reply(answer);
  }

  #run(operation: S3Operation, call: S3Call, head: boolean): S3Answer {
    const { store } = this.#options;
    switch (operation) {
      case 'ListBuckets':
        return listBuckets(store, call, this.#options);
      case 'CreateBucket':
        return createBucket(store, call, this.#options);
      case 'HeadBucket':
        return headBucket(store, call, this.#options);
      case 'DeleteBucket':
        return deleteBucket(store, call);
      case 'ListObjectsV2':
        return listObjects(store, call);
      case 'PutObject':
        return putObject(store, call);
      case 'GetObject':
      case 'HeadObject':
        return getObject(store, call, head);
      case 'DeleteObject':
        return deleteObject(store, call);
      case 'CreateMultipartUpload':
        return createMultipartUpload(store, this.#uploads, call);
      case 'UploadPart':
        return uploadPart(store, this.#uploads, call);
      case 'CompleteMultipartUpload':
        return completeMultipartUpload(store, this.#uploads, call);
      case 'AbortMultipartUpload':
        return abortMultipartUpload(store, this.#uploads, call);
      case 'ListParts':
        return listParts(store, this.#uploads, call);
    }
  }

  /** Signed for `s3` in the emulator's region (by header or pre-signed query), as S3 requires of a private bucket. */
  #authorize(req: IncomingMessage, url: URL): void {
    const scope = scopeOf(req, url);
    if (!scope) throw new S3Error(403, 'AccessDenied', 'Access Denied: the request is not signed (SigV4 for s3, by header or pre-signed query)');
    if (scope.service !== 's3') {
      throw new S3Error(400, 'AuthorizationHeaderMalformed', `The authorization header is malformed; incorrect service "${scope.service}". This endpoint belongs to "s3".`);
    }
    if (scope.region !== this.#options.region) {
      throw new S3Error(400, 'AuthorizationHeaderMalformed', `The authorization header is malformed; the region '${scope.region}' is wrong; expecting '${this.#options.region}'`, [
        ['Region', this.#options.region],
      ]);
    }
  }

  #send(req: IncomingMessage, res: ServerResponse, exchange: Exchange, answer: S3Answer): void {
    const head = req.method === 'HEAD';
    const headers: Record<string, string> = {
      'x-amz-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-amz-id-2': randomBytes(32).toString('base64'),
      ...answer.headers,
    };
    const bytes = answer.body === undefined ? undefined : typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : answer.body;
    if (headers['content-length'] === undefined) headers['content-length'] = String(head ? 0 : (bytes?.byteLength ?? 0));
    res.writeHead(answer.status, headers);
    // HEAD answers, errors included, carry no body: clients read the status alone.
    res.end(head ? undefined : bytes);
    this.#options.record({ ...exchange, output: recorded(head ? { status: answer.status, headers } : { ...answer, headers }) });
  }
}

/** What an exchange records of an answer: its headers and XML text (object bytes are not kept twice). */
function recorded(answer: S3Answer): { headers: Record<string, string>; body?: string } {
  return { headers: answer.headers, ...(typeof answer.body === 'string' ? { body: answer.body } : {}) };
}

/** The bucket and key of a path-style request, or undefined when the path's percent-encoding is malformed. */
function decodePath(bucket: string, key: string): { bucket: string; key: string } | undefined {
  try {
    return { bucket: decodeURIComponent(bucket), key: decodeURIComponent(key) };
  } catch {
    return undefined;
  }
}
