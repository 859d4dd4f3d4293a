import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the stub received. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: Record<string, unknown>;
}

/** A scripted reply; replies are used in order, then `{}` with 200. Request IDs are `req-1`, `req-2`, ... */
export interface StubReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A loopback HTTP server that records requests and answers with scripted awsJson1_1 replies. */
export interface StubServer {
  url: string;
  requests: RecordedRequest[];
  reply(...replies: StubReply[]): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startStubServer(): Promise<StubServer> {
  const requests: RecordedRequest[] = [];
  const replies: StubReply[] = [];
  let counter = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
        json: body ? (JSON.parse(body) as Record<string, unknown>) : {},
      });
      const reply = replies.shift() ?? {};
      res.writeHead(reply.status ?? 200, {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-requestid': `req-${++counter}`,
        ...reply.headers,
      });
      res.end(JSON.stringify(reply.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...r) => void replies.push(...r),
    reset: () => {
      requests.length = 0;
      replies.length = 0;
      counter = 0;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
