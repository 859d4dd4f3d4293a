/**
 * What the emulated DMS writes into the emulated S3 when a run ends, by outcome: one object per individual
 * assessment that ran to an end and a summary, nothing for error-provisioning, and nothing twice. Listed with the
 * library's run.resultObjects() over the real clients; the emulator's clock is moved by hand (speed 0).
 */
import { DeleteObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MigrationKit } from '../../src/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';

const ROLE = 'arn:aws:iam::111122223333:role/dms-assessments';
const BUCKET = 'dms-results';
const NAMES = ['a-1', 'a-2', 'a-3'];
let emu: Emulator;
let kit: MigrationKit;

beforeAll(async () => {
  emu = await startEmulator({ speed: 0, dms: { timings: { startingMs: 1_000, provisioningMs: 1_000, assessmentMs: 10_000, deletingMs: 1_000 } } });
  emu.putObject(BUCKET, 'unrelated/keep.txt', 'x'); // creates the bucket
  kit = new MigrationKit({ ...emu.clientConfig });
});
afterAll(async () => {
  await emu.close();
});

async function started(outcome: 'passed' | 'error-provisioning', folder: string) {
  const task = kit.dms.replicationTask(await emu.createReplicationTask({ assessmentOutcome: outcome, applicableAssessments: NAMES }));
  return task.startAssessmentRun({ name: 'run', serviceAccessRoleArn: ROLE, resultLocation: { bucket: BUCKET, folder } });
}
const keys = async (run: Awaited<ReturnType<typeof started>>): Promise<string[]> => (await run.resultObjects().toArray({ limit: 100 })).map((o) => o.key);

it('writes the assessments that ended before a cancel, and a summary saying cancelling', async () => {
  const run = await started('passed', 'cancelled');
  emu.clock.advance(2_000 + 15_000); // a-1 done, a-2 running
  expect(await keys(run)).toEqual([]);
  await run.cancel();
  expect(await keys(run)).toEqual(['cancelled/run/a-1.json', 'cancelled/run/summary.json']);
  const summary = JSON.parse(new TextDecoder().decode(emu.getObject(BUCKET, 'cancelled/run/summary.json'))) as Record<string, unknown>;
  expect(summary).toMatchObject({ emulated: true, assessmentRunArn: run.arn, status: 'cancelling', individualAssessments: [{ name: 'a-1', status: 'passed' }] });
});

it('writes nothing for a run that ends in error-provisioning', async () => {
  const run = await started('error-provisioning', 'unprovisioned');
  emu.clock.advance(60_000);
  await run.refresh();
  expect(run.status.raw).toBe('error-provisioning');
  expect(await keys(run)).toEqual([]);
});

it('writes a run once: an object deleted afterwards stays deleted, and results outlive the run', async () => {
  const run = await started('passed', 'once');
  emu.clock.advance(60_000);
  expect(await keys(run)).toEqual(['once/run/a-1.json', 'once/run/a-2.json', 'once/run/a-3.json', 'once/run/summary.json']);
  const s3 = new S3Client({ ...emu.clientConfig, forcePathStyle: true });
  await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'once/run/a-2.json' }));
  s3.destroy();
  await run.delete();
  emu.clock.advance(60_000);
  expect(await keys(run)).toEqual(['once/run/a-1.json', 'once/run/a-3.json', 'once/run/summary.json']);
});
