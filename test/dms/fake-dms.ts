/** A hand-rolled fake DMS client for unit tests (aws-sdk-client-mock style): records commands, scripts answers. */
import type { DatabaseMigrationServiceClient, ReplicationTaskAssessmentRun } from '@aws-sdk/client-database-migration-service';
import { DmsService } from '../../src/dms/index.js';

/** A task ARN. */
export const TASK = 'arn:aws:dms:us-west-2:111122223333:task:TASK';
/** A run ARN. */
export const RUN = 'arn:aws:dms:us-west-2:111122223333:assessment-run:RUN';
/** A role ARN. */
export const ROLE = 'arn:aws:iam::111122223333:role/dms';

/** One recorded `send`. */
export interface Call {
  readonly command: { readonly input: Record<string, unknown> };
  readonly abortSignal: AbortSignal | undefined;
}

/** A client whose `send` records each command and answers with `reply` (aws-sdk-client-mock style, by hand). */
export function fakeDms(reply: (command: object, index: number) => unknown) {
  const calls: Call[] = [];
  const client = {
    send: async (command: Call['command'], options?: { abortSignal?: AbortSignal }) => {
      calls.push({ command, abortSignal: options?.abortSignal });
      const answer = reply(command, calls.length - 1);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { dms: new DmsService({ client: client as unknown as DatabaseMigrationServiceClient }), calls };
}

/** An SDK assessment run, running, with `fields` on top. */
export function run(fields: Partial<ReplicationTaskAssessmentRun> = {}): ReplicationTaskAssessmentRun {
  return {
    ReplicationTaskAssessmentRunArn: RUN,
    ReplicationTaskArn: TASK,
    Status: 'running',
    AssessmentRunName: 'pre-cutover',
    ReplicationTaskAssessmentRunCreationDate: new Date(1_700_000_000_000),
    AssessmentProgress: { IndividualAssessmentCount: 4, IndividualAssessmentCompletedCount: 1 },
    ResultLocationBucket: 'assessments',
    ...fields,
  };
}

/** An error shaped like an AWS SDK service exception. */
export function awsError(name: string): Error {
  return Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: 400, requestId: 'req-1' } });
}

