import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointError, MigrationKit, ValidationError, isTerminal } from '../src/index.js';
import { DiscoveryClient } from '../src/discovery/client/index.js';
import type { DiscoveryClientLike } from '../src/discovery/index.js';
import { startEmulator, type Emulator } from '../src/local/index.js';

describe('MigrationKit over the emulator', () => {
  let emu: Emulator;
  let kit: MigrationKit;
  beforeAll(async () => {
    emu = await startEmulator({ speed: 0 });
    kit = new MigrationKit({ ...emu.clientConfig });
  });
  afterAll(() => emu.close());

  it('creates each facade once, on first use', () => {
    expect(kit.discovery).toBe(kit.discovery);
    expect(kit.mgn).toBe(kit.mgn);
    expect(kit.hub).toBe(kit.hub);
    expect(kit.dms).toBe(kit.dms);
  });

  it('drives all four services through the shared client settings and resumes each from its checkpoint', async () => {
    const clock = emu.clock.toWaitClock();
    emu.putObject('kit', 'ads.csv', 'ExternalId,HostName\nsrv-1,web-01\n');
    emu.putObject('kit', 'mgn.csv', 'mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform\nw1,a1,s1,LINUX\n');

    const task = await kit.discovery.startImport({ name: 'kit-test', importUrl: 's3://kit/ads.csv' });
    const imp = await kit.mgn.startImport({ bucket: 'kit', key: 'mgn.csv' });
    await kit.hub.stream('kit-tool').create();
    const hubTask = kit.hub.stream('kit-tool').task('server-1');
    await hubTask.import();
    await hubTask.notify({ status: 'IN_PROGRESS', progressPercent: 10, nextUpdateSeconds: 600 });
    const run = await kit.dms.replicationTask(await emu.createReplicationTask()).startAssessmentRun({
      name: 'kit-test',
      serviceAccessRoleArn: `arn:aws:iam::${emu.accountId}:role/dms`,
      resultLocation: { bucket: 'kit-results' },
    });

    // Each checkpoint goes through JSON, as it would to another process, and comes back as a handle of its kind.
    const resumed = [task, imp, hubTask, run].map((handle) => kit.resume(JSON.stringify(handle)));
    expect(resumed.map((h) => h.constructor.name)).toEqual(['ImportTask', 'MgnImport', 'MigrationTask', 'AssessmentRun']);

    await hubTask.notify({ status: 'COMPLETED', progressPercent: 100, nextUpdateSeconds: 0 });
    const done = await Promise.all(resumed.map((h) => h.waitUntilComplete({ clock })));
    expect(done.map((h) => h.status.kind)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
    expect(done.every((h) => isTerminal(h.status))).toBe(true);
    for (const h of done) expect(JSON.stringify(h)).not.toMatch(/secret|Signature|AKIA/);
  });

  it('rejects a checkpoint of no known service without sending anything', () => {
    const before = emu.requestCount();
    expect(() => kit.resume('{"v":1,"service":"s3","resource":"Bucket","id":"x"}')).toThrow(CheckpointError);
    expect(() => kit.resume('not json')).toThrow(CheckpointError);
    expect(emu.requestCount()).toBe(before);
  });

  it('validates before sending, whichever service', async () => {
    const before = emu.requestCount();
    await expect(kit.discovery.startImport({ name: 'x', importUrl: 'ftp://nope' })).rejects.toBeInstanceOf(ValidationError);
    await expect(kit.mgn.startImport({ bucket: 'NO_SUCH', key: 'x.csv' })).rejects.toMatchObject({ field: 'bucket' });
    expect(() => kit.dms.replicationTask('arn:aws:s3:::bucket')).toThrow(ValidationError);
    expect(() => kit.hub.stream('bad:name')).toThrow(ValidationError);
    expect(emu.requestCount()).toBe(before);
  });
});

describe('MigrationKit options', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ speed: 0 });
  });
  afterAll(() => emu.close());

  it('uses a client passed in clients over every client setting', async () => {
    const sent: string[] = [];
    const client = new DiscoveryClient({ ...emu.clientConfig });
    const spy: DiscoveryClientLike = {
      send: (command, options) => {
        sent.push(command.constructor.name);
        return client.send(command as Parameters<DiscoveryClient['send']>[0], options ?? {});
      },
    };
    const kit = new MigrationKit({ region: 'eu-west-1', endpoint: 'http://127.0.0.1:9', clients: { discovery: spy } });
    expect(await kit.discovery.importTasks().first()).toBeUndefined();
    expect(sent).toEqual(['DescribeImportTasksCommand']);
  });

  it('merges per-service overrides over the shared settings', async () => {
    // The shared endpoint is unreachable; only the DMS override points at the emulator.
    const kit = new MigrationKit({
      ...emu.clientConfig,
      endpoint: 'http://127.0.0.1:9',
      maxAttempts: 1,
      dms: { endpoint: emu.endpoint },
    });
    const arn = await emu.createReplicationTask();
    await expect(kit.dms.replicationTask(arn).describe()).resolves.toBeDefined();
    await expect(kit.discovery.importTasks().first()).rejects.toThrow();
  });
});
