/** Shared set-up for the DMS end-to-end tests: model checks on every exchange and waits on the emulator's wait clock. */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { WaitOptions } from '../../src/core/index.js';
import { DmsService, type AssessmentRun, type ReplicationTask, type StartAssessmentRunOptions } from '../../src/dms/index.js';
import { DEFAULT_APPLICABLE_ASSESSMENTS, type AssessmentOutcome } from '../../src/local/dms/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { checkExchangesAgainstModel } from '../support/exchange-check.js';

/**
 * Errors DMS really sends that its model lists for no operation: the AWS common errors InvalidParameterValue and
 * InvalidParameterCombination, which DMS spells with an `Exception` suffix. Their body must still be the plain
 * `{ __type, message }` the SDK reads.
 */
export const UNMODELLED_DMS_ERRORS: ReadonlySet<string> = new Set(['InvalidParameterValueException', 'InvalidParameterCombinationException']);

/** The role, keys and buckets the DMS end-to-end tests use. */
export const ROLE = 'arn:aws:iam::111122223333:role/dms-assessments';
/** A KMS key the emulator knows. */
export const KEY = 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
/** A KMS key the emulator knows as disabled. */
export const DISABLED_KEY = 'arn:aws:kms:us-west-2:111122223333:key/0000abcd-12ab-34cd-56ef-1234567890ab';
/** A KMS key the role may not use. */
export const DENIED_KEY = 'arn:aws:kms:us-west-2:111122223333:key/9999abcd-12ab-34cd-56ef-1234567890ab';
/** The emulator's default applicable individual assessments, in order. */
export const DEFAULT_NAMES: readonly string[] = DEFAULT_APPLICABLE_ASSESSMENTS;

/** What {@link useDmsEmulator} provides to the tests of one file, filled in by `beforeAll`. */
export interface DmsTestBed {
  /** The emulator, frozen in time (`speed: 0`). */
  emu: Emulator;
  /** A facade on the emulator. */
  dms: DmsService;
  /** Wait options on `emu.clock.toWaitClock()`: waits over emulated hours return at once. */
  wait: WaitOptions<AssessmentRun>;
  /** A new task on the emulator, with the given outcome and applicable assessments. */
  newTask(outcome?: AssessmentOutcome, applicableAssessments?: readonly string[]): Promise<ReplicationTask>;
  /** Valid start options with a fresh name, plus `extra`. */
  options(extra?: Record<string, unknown>): StartAssessmentRunOptions;
}

/**
 * Starts an emulator for the calling test file (before all, closed after all), with buckets, KMS keys and roles
 * for the fault tests, and fails each test whose DMS exchanges break the model.
 */
export function useDmsEmulator(): DmsTestBed {
  let problems: string[] = [];
  let runCount = 0;
  const bed = {
    options: (extra = {}) => {
      runCount += 1;
      return { name: `run-${runCount}`, serviceAccessRoleArn: ROLE, resultLocation: { bucket: 'assessments' }, ...extra } as StartAssessmentRunOptions;
    },
    newTask: async (outcome, applicableAssessments) =>
      bed.dms.replicationTask(
        await bed.emu.createReplicationTask({ ...(outcome ? { assessmentOutcome: outcome } : {}), ...(applicableAssessments ? { applicableAssessments } : {}) }),
      ),
  } as DmsTestBed;
  beforeAll(async () => {
    bed.emu = await startEmulator({
      speed: 0,
      dms: {
        buckets: ['assessments', 'locked-down'],
        deniedBuckets: ['locked-down'],
        kmsKeys: [KEY, DISABLED_KEY, DENIED_KEY],
        disabledKmsKeys: [DISABLED_KEY],
        kmsKeyFaults: { [DENIED_KEY]: 'KMSAccessDeniedFault' },
        deniedRoleArns: ['arn:aws:iam::111122223333:role/not-trusted'],
      },
    });
    problems = checkExchangesAgainstModel(bed.emu, 'dms', { unmodelledErrors: UNMODELLED_DMS_ERRORS }).problems;
    bed.dms = new DmsService({ ...bed.emu.clientConfig });
    bed.wait = { clock: bed.emu.clock.toWaitClock(), minDelayMs: 1_000, maxDelayMs: 4_000, timeoutMs: 3_600_000 };
  });
  afterAll(async () => {
    await bed.emu.close();
  });
  afterEach(() => {
    expect(problems.splice(0), 'every DMS request and response matches the model').toEqual([]);
  });
  return bed;
}
