import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { BodyBudget, readBody, type BodyResult } from '../../src/local/http-wire.js';
import { AWS_JSON, authFor, postJson, postMgn } from './raw-call.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
});
afterAll(() => emu.close());

describe('inherited property names are no operation', () => {
  const names = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'];
  it.each(Object.keys(AWS_JSON).flatMap((service) => names.map((name) => [service, name] as const)))('%s answers %s as unknown', async (service, name) => {
    const answer = await postJson(emu, service as keyof typeof AWS_JSON, name);
    expect([answer.status, answer.body['__type']]).toEqual([400, 'UnknownOperationException']);
  });

  it.each(names)('MGN answers POST /%s with 404', async (name) => {
    expect((await postMgn(emu, name)).status).toBe(404);
  });
});

describe('paths and bodies', () => {
  it('answers a bad percent-encoding in a path with 400, not 500', async () => {
    const answer = await fetch(`${emu.endpoint}/bucket/%E0%A4%A`);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toMatch(/<Code>InvalidURI<\/Code>/);
  });

  it('refuses an import URL with a bad percent-encoding as invalid, not with a 500', async () => {
    const answer = await postJson(emu, 'discovery', 'StartImportTask', { name: 'bad', importUrl: 'https://bucket.s3.amazonaws.com/%E0%A4%A' });
    expect([answer.status, answer.body['__type']]).toEqual([400, 'InvalidParameterValueException']);
  });

  it('answers the MGN starts with 202 and the lists with 200, as the model says', async () => {
    emu.putObject('inv', 'a.csv', 'mgn:server:user-provided-id,mgn:server:platform\ns-1,linux\n');
    expect((await postMgn(emu, 'StartImport', { s3BucketSource: { s3Bucket: 'inv', s3Key: 'a.csv' } })).status).toBe(202);
    expect((await postMgn(emu, 'StartExport', { s3Bucket: 'out', s3Key: 'b.csv' })).status).toBe(202);
    expect((await postMgn(emu, 'ListImports')).status).toBe(200);
  });

  it('answers a body over 16 MiB with 413, reading the rest instead of failing the connection', async () => {
    const answer = await fetch(emu.endpoint, {
      method: 'POST',
      headers: { 'x-amz-target': `${AWS_JSON.dms.prefix}.DescribeReplicationTasks`, authorization: authFor('dms') },
      body: new Uint8Array(17 * 1024 * 1024),
    });
    expect(answer.status).toBe(413);
  });
});

describe('the request-body budget across connections', () => {
  let server: Server;
  let port: number;
  const budget = new BodyBudget(3_000);
  const results: BodyResult[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      void readBody(req, budget, 2_000).then((result) => {
        results.push(result);
        if (result.kind === 'ok') result.release();
        res.end(result.kind);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Starts a POST that sends `first` bytes now and the rest of `total` when `finish()` is called. */
  function slowPost(first: number, total: number): { finish(): void; answer: Promise<string> } {
    let finish = (): void => undefined;
    const answer = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', headers: { 'content-length': total } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.write(Buffer.alloc(first, 0x61));
      finish = () => req.end(Buffer.alloc(total - first, 0x61));
    });
    return { finish: () => finish(), answer };
  }

  it('refuses a body that would take the total over the budget, and frees what finished bodies held', async () => {
    const a = slowPost(1_500, 1_600);
    const b = slowPost(1_300, 1_800);
    // Wait (by event-loop turns, not a timer) until both partial bodies are held.
    for (let turns = 0; budget.used < 2_800 && turns < 10_000; turns++) await new Promise((resolve) => setImmediate(resolve));
    expect(budget.used).toBe(2_800);
    const c = slowPost(500, 500);
    expect(await c.answer).toBe('busy');
    a.finish();
    expect(await a.answer).toBe('ok');
    b.finish();
    expect(await b.answer).toBe('ok');
    expect(budget.used).toBe(0);
    expect(await slowPost(2_500, 2_500).answer).toBe('too-large');
    expect(await slowPost(1_000, 1_000).answer).toBe('ok');
  });
});
