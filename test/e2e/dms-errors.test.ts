/**
 * DMS end to end: validation before any request, and DMS faults passed through with their metadata.
 * The real @aws-sdk/client-database-migration-service over HTTP to the emulator on a random loopback port; every
 * request and response is checked against the DMS model (see test/dms/emulator-support.ts).
 */
import {
  DatabaseMigrationServiceClient,
  DescribeReplicationTaskAssessmentRunsCommand,
  StartReplicationTaskAssessmentRunCommand,
} from '@aws-sdk/client-database-migration-service';
import { describe, expect, it } from 'vitest';
import type { StartAssessmentRunOptions } from '../../src/dms/index.js';
import { DEFAULT_NAMES, DENIED_KEY, DISABLED_KEY, KEY, ROLE, useDmsEmulator } from '../dms/emulator-support.js';

const bed = useDmsEmulator();

describe('validation before sending', () => {
  it('rejects include together with exclude without sending a request', async () => {
    const task = await bed.newTask();
    const before = bed.emu.requestCount();
    const both = { ...bed.options(), include: ['a'], exclude: ['b'] } as unknown as StartAssessmentRunOptions;
    await expect(task.startAssessmentRun(both)).rejects.toMatchObject({ name: 'ValidationError', field: 'exclude' });
    expect(bed.emu.requestCount()).toBe(before);
  });

  it.each([
    ['name', { name: '1-starts-with-a-digit' }],
    ['serviceAccessRoleArn', { serviceAccessRoleArn: 'arn:aws:iam::111122223333:user/alice' }],
    ['resultLocation.bucket', { resultLocation: { bucket: 'Not_A_Bucket' } }],
    ['encryption.kmsKeyArn', { encryption: { mode: 'SSE_S3', kmsKeyArn: KEY } }],
    ['encryption.mode', { encryption: { mode: 'AES256' } }],
    ['includeOnly', { includeOnly: ['x'] }],
  ])('rejects a bad %s without sending a request', async (field, bad) => {
    const task = await bed.newTask();
    const before = bed.emu.requestCount();
    await expect(task.startAssessmentRun({ ...bed.options(), ...bad } as unknown as StartAssessmentRunOptions)).rejects.toMatchObject({ name: 'ValidationError', field });
    expect(bed.emu.requestCount()).toBe(before);
  });

  it('rejects a malformed task ARN at once', () => {
    expect(() => bed.dms.replicationTask('arn:aws:dms:us-west-2:111122223333:endpoint:ABC')).toThrow(expect.objectContaining({ name: 'ValidationError', field: 'replicationTaskArn' }));
  });

  it('the emulator itself refuses IncludeOnly with Exclude from a raw client, as DMS does', async () => {
    const client = new DatabaseMigrationServiceClient({ ...bed.emu.clientConfig });
    const arn = await bed.emu.createReplicationTask();
    await expect(
      client.send(new StartReplicationTaskAssessmentRunCommand({
        ReplicationTaskArn: arn, ServiceAccessRoleArn: ROLE, ResultLocationBucket: 'assessments', AssessmentRunName: 'raw', IncludeOnly: [DEFAULT_NAMES[0] ?? ''], Exclude: [DEFAULT_NAMES[1] ?? ''],
      })),
    ).rejects.toMatchObject({ name: 'InvalidParameterCombinationException' });
    await expect(client.send(new DescribeReplicationTaskAssessmentRunsCommand({ MaxRecords: 5 }))).rejects.toMatchObject({ name: 'InvalidParameterValueException' });
    client.destroy();
  });
});

describe('DMS faults pass through with their metadata', () => {
  it('an unknown task is ResourceNotFoundFault', async () => {
    const task = bed.dms.replicationTask('arn:aws:dms:us-west-2:111122223333:task:NOSUCHTASK');
    const error: unknown = await task.startAssessmentRun(bed.options()).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ResourceNotFoundFault', $metadata: { httpStatusCode: 400, requestId: expect.any(String) } });
    expect(await task.assessmentRuns().toArray({ limit: 5 })).toEqual([]);
  });

  it.each([
    ['AccessDeniedFault', { serviceAccessRoleArn: 'arn:aws:iam::111122223333:role/not-trusted' }],
    ['S3ResourceNotFoundFault', { resultLocation: { bucket: 'no-such-bucket' } }],
    ['S3AccessDeniedFault', { resultLocation: { bucket: 'locked-down' } }],
    ['KMSNotFoundFault', { encryption: { mode: 'SSE_KMS', kmsKeyArn: 'arn:aws:kms:us-west-2:111122223333:key/ffffffff-0000-0000-0000-000000000000' } }],
    ['KMSKeyNotAccessibleFault', { encryption: { mode: 'SSE_KMS', kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' } }],
    ['KMSDisabledFault', { encryption: { mode: 'SSE_KMS', kmsKeyArn: DISABLED_KEY } }],
    ['KMSAccessDeniedFault', { encryption: { mode: 'SSE_KMS', kmsKeyArn: DENIED_KEY } }],
  ])('%s', async (name, bad) => {
    const task = await bed.newTask();
    await expect(task.startAssessmentRun({ ...bed.options(), ...bad } as StartAssessmentRunOptions)).rejects.toMatchObject({ name, $metadata: { httpStatusCode: 400 } });
  });

  it('a second run while one is in progress is InvalidResourceStateFault; a reused name is ResourceAlreadyExistsFault', async () => {
    const task = await bed.newTask();
    const first = await task.startAssessmentRun(bed.options({ name: 'only-once' }));
    await expect(task.startAssessmentRun(bed.options())).rejects.toMatchObject({ name: 'InvalidResourceStateFault' });
    await first.waitUntilComplete(bed.wait);
    await expect(task.startAssessmentRun(bed.options({ name: 'only-once' }))).rejects.toMatchObject({ name: 'ResourceAlreadyExistsFault' });
  });
});

