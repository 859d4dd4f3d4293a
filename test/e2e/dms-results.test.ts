/**
 * `run.resultObjects()` end to end: the real @aws-sdk/client-database-migration-service and @aws-sdk/client-s3 over
 * HTTP to the emulator on a random loopback port. The emulated run writes its result objects into the emulated S3
 * when it finishes; the library lists them with ListObjectsV2 under the run's folder and reads them with GetObject.
 * Every DMS and S3 exchange is checked against the models.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { DmsService, NoResultLocationError, S3Object } from '../../src/dms/index.js';
import { MigrationKit } from '../../src/index.js';
import { DEFAULT_NAMES, ROLE, useDmsEmulator } from '../dms/emulator-support.js';
import { checkS3AgainstModel } from '../support/model-validator-s3.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';

const bed = useDmsEmulator();
let s3Wire: ReturnType<typeof checkS3AgainstModel>;
beforeAll(async () => {
  s3Wire = checkS3AgainstModel(bed.emu);
  // DMS writes into a bucket that exists; the emulated DMS knows 'assessments' and 'rootless', S3 gets them here.
  bed.emu.dms.addBucket('rootless');
  const s3 = new S3Client({ ...bed.emu.clientConfig, forcePathStyle: true });
  for (const Bucket of ['assessments', 'rootless']) await s3.send(new CreateBucketCommand({ Bucket }));
  s3.destroy();
});

const lists = (): number => bed.emu.requestCount('ListObjectsV2');
/** Work on an item long enough for a read-ahead request to be answered. */
const work = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 100));

describe('a finished run', () => {
  it('lists the objects it wrote under its folder, in key order, and reads one', async () => {
    const run = await (await bed.newTask()).startAssessmentRun(bed.options({ name: 'pre-cutover', resultLocation: { bucket: 'assessments', folder: 'wave-1' } }));
    // Before the run ends there is nothing under its folder.
    expect(await run.resultObjects().toArray({ limit: 10 })).toEqual([]);
    await run.waitUntilComplete(bed.wait);
    expect(run.status.kind).toBe('succeeded');

    const before = lists();
    const objects = await run.resultObjects().toArray({ limit: 100 });
    expect(lists() - before).toBe(1);
    const expected = [...DEFAULT_NAMES.map((n) => `wave-1/pre-cutover/${n}.json`), 'wave-1/pre-cutover/summary.json'].sort();
    expect(objects.map((o) => o.key)).toEqual(expected);
    for (const object of objects) {
      expect(object).toBeInstanceOf(S3Object);
      expect(object.bucket).toBe('assessments');
      expect(object.size).toBe(bed.emu.getObject('assessments', object.key)?.byteLength);
      expect(object.lastModified).toBeInstanceOf(Date);
      expect(object.etag).toMatch(/^"[0-9a-f]{32}"$/);
    }

    const summary = objects.find((o) => o.key.endsWith('summary.json'));
    const gets = bed.emu.requestCount('GetObject');
    const text = (await summary?.text()) ?? '';
    expect(bed.emu.requestCount('GetObject') - gets).toBe(1);
    expect(text).toBe(new TextDecoder().decode(bed.emu.getObject('assessments', summary?.key ?? '')));
    expect(JSON.parse(text)).toMatchObject({ assessmentRunArn: run.arn, status: 'passed' });
    const bytes = (await objects[0]?.bytes()) ?? new Uint8Array();
    expect(bytes.byteLength).toBe(objects[0]?.size);

    const dir = await mkdtemp(join(tmpdir(), 'dms-results-'));
    try {
      const path = join(dir, 'result.json');
      expect(await objects[0]?.download(path)).toBe(objects[0]?.size);
      expect(new Uint8Array(await readFile(path))).toEqual(bytes);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(s3Wire.problems.splice(0)).toEqual([]);
  });

  it('sends exactly the ListObjectsV2 requests it needs: first(), toArray({ limit }), break with one page read ahead', async () => {
    const run = await (await bed.newTask()).startAssessmentRun(bed.options({ resultLocation: { bucket: 'assessments', folder: 'paged/' } }));
    await run.waitUntilComplete(bed.wait);
    const all = await run.resultObjects({ pageSize: 2 }).toArray({ limit: 100 });
    expect(all).toHaveLength(DEFAULT_NAMES.length + 1);

    let before = lists();
    expect((await run.resultObjects({ pageSize: 2 }).first())?.key).toBe(all[0]?.key);
    expect(lists() - before).toBe(1); // first() never reads ahead

    before = lists();
    expect((await run.resultObjects({ pageSize: 2 }).toArray({ limit: 3 })).map((o) => o.key)).toEqual(all.slice(0, 3).map((o) => o.key));
    expect(lists() - before).toBe(2); // two pages of two, not three

    before = lists();
    let seen = 0;
    for await (const object of run.resultObjects({ pageSize: 2 })) {
      expect(object.key).toBe(all[seen]?.key);
      await work();
      if (++seen === 1) break;
    }
    await work();
    expect(lists() - before).toBe(2); // page 1, and page 2 read ahead while the loop worked; nothing after break

    before = lists();
    let pages = 0;
    for await (const page of run.resultObjects({ pageSize: 2 }).pages()) pages += page.length > 0 ? 1 : 0;
    expect(pages).toBe(Math.ceil(all.length / 2));
    expect(lists() - before).toBe(pages);
    expect(s3Wire.problems.splice(0)).toEqual([]);
  });

  it('lists the whole bucket when the run has no folder, and a handle made from an ARN refreshes once first', async () => {
    const emu = bed.emu;
    const kit = new MigrationKit({ ...emu.clientConfig });
    const task = kit.dms.replicationTask(await emu.createReplicationTask({ applicableAssessments: ['a-1', 'a-2'] }));
    const run = await task.startAssessmentRun({ name: 'rootless', serviceAccessRoleArn: ROLE, resultLocation: { bucket: 'rootless' } });
    emu.clock.advance(3_600_000);
    const describes = emu.requestCount('DescribeReplicationTaskAssessmentRuns');
    const fresh = kit.dms.assessmentRun(run.arn);
    expect((await fresh.resultObjects().toArray({ limit: 10 })).map((o) => o.key)).toEqual(['rootless/a-1.json', 'rootless/a-2.json', 'rootless/summary.json']);
    expect(emu.requestCount('DescribeReplicationTaskAssessmentRuns') - describes).toBe(1);
    await fresh.resultObjects().first();
    expect(emu.requestCount('DescribeReplicationTaskAssessmentRuns') - describes).toBe(1);
    expect(s3Wire.problems.splice(0)).toEqual([]);
  });
});

describe('what it refuses', () => {
  it('refuses a misspelt option with a did-you-mean, before any request', () => {
    const run = bed.dms.assessmentRun('arn:aws:dms:us-west-2:111122223333:assessment-run:ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const before = bed.emu.requests.length;
    expect(() => run.resultObjects({ pagesize: 2 } as never)).toThrow(/pagesize.*pageSize/);
    expect(() => run.resultObjects({ pageSize: 0 })).toThrow(/pageSize/);
    expect(bed.emu.requests.length).toBe(before);
  });

  it('rejects with NoResultLocationError when DMS reports no result bucket, and sends no ListObjectsV2', async () => {
    // A DMS that answers without ResultLocationBucket (the emulator always sends it): a stub client.
    const arn = 'arn:aws:dms:us-west-2:111122223333:assessment-run:NOLOCATIONNOLOCATIONNOLOCA';
    const client = { send: async () => ({ ReplicationTaskAssessmentRuns: [{ ReplicationTaskAssessmentRunArn: arn, Status: 'passed' }] }), config: {}, destroy: () => undefined, middlewareStack: {} };
    const dms = new DmsService({ ...bed.emu.clientConfig, client: client as never });
    const before = lists();
    const error = await dms.assessmentRun(arn).resultObjects().first().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoResultLocationError);
    expect(error).toMatchObject({ name: 'NoResultLocationError', assessmentRunArn: arn });
    expect(lists()).toBe(before);
  });
});
