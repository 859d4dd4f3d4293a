import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { postJson, postMgn } from './raw-call.js';

// The models count string lengths in characters (code points): an emoji is one character but two UTF-16 units.
const emoji = (n: number): string => '😀'.repeat(n);

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
  emu.putObject('inv', 'a.csv', 'mgn:server:user-provided-id,mgn:server:platform\ns-1,linux\n');
});
afterAll(() => emu.close());

const mgnStart = (extra: Record<string, unknown>, key = 'a.csv') => postMgn(emu, 'StartImport', { s3BucketSource: { s3Bucket: 'inv', s3Key: key }, ...extra });

describe('emulator string lengths count code points', () => {
  it('MGN clientToken: 64 emoji pass, 65 are refused', async () => {
    expect((await mgnStart({ clientToken: emoji(64) })).status).toBe(202);
    expect((await mgnStart({ clientToken: emoji(65) })).status).toBe(400);
  });

  it('MGN tags: a 256-emoji key and value pass, 257 are refused', async () => {
    expect((await mgnStart({ tags: { [emoji(256)]: emoji(256) } })).status).toBe(202);
    expect((await mgnStart({ tags: { k: emoji(257) } })).status).toBe(400);
  });

  it('MGN s3Key: 1,020 emoji before .csv pass (the object is missing, so the import fails later), 1,021 are refused', async () => {
    expect((await mgnStart({}, `${emoji(1020)}.csv`)).status).toBe(202);
    const refused = await mgnStart({}, `${emoji(1021)}.csv`);
    expect([refused.status, refused.headers.get('x-amzn-errortype')]).toEqual([400, 'ValidationException']);
  });

  it('Discovery name: 255 emoji pass, 256 are refused', async () => {
    const start = (name: string) => postJson(emu, 'discovery', 'StartImportTask', { name, importUrl: 's3://inv/a.csv' });
    expect((await start(emoji(255))).status).toBe(200);
    expect((await start(emoji(256))).body['__type']).toBe('InvalidParameterValueException');
  });

  it('Migration Hub StatusDetail: 2,500 emoji pass, 2,501 are refused', async () => {
    const key = { ProgressUpdateStream: 'cp-tool', MigrationTaskName: 'vm-1' };
    await postJson(emu, 'migration-hub', 'CreateProgressUpdateStream', { ProgressUpdateStreamName: 'cp-tool' });
    await postJson(emu, 'migration-hub', 'ImportMigrationTask', key);
    const notify = (detail: string) =>
      postJson(emu, 'migration-hub', 'NotifyMigrationTaskState', { ...key, Task: { Status: 'IN_PROGRESS', StatusDetail: detail }, UpdateDateTime: 1, NextUpdateSeconds: 60 });
    expect((await notify(emoji(2500))).status).toBe(200);
    expect((await notify(emoji(2501))).body['__type']).toBe('InvalidInputException');
  });
});
