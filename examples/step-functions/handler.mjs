// One poll step per Lambda invocation, for the state machine in state-machine.asl.json (docs/step-functions.md).
import { MigrationKit, isSuccessful } from 'aws-migration-kit';

// Built once per Lambda container and reused by warm invocations; region and credentials come from the Lambda's
// environment (the recipe's test points AWS_ENDPOINT_URL at the local emulator).
const kit = new MigrationKit();

/**
 * Input: `{ checkpoint }`, a handle's `toJSON()` when the work was started, then the previous step's output.
 * Output: the next state's input. Only the status's kind and raw string go out: a Discovery status can hold a
 * pre-signed URL, which does not belong in an execution's history.
 */
export async function handler(event) {
  const { done, status, nextPollInMs, checkpoint } = await kit.resume(event.checkpoint).poll();
  return {
    checkpoint,
    done,
    succeeded: done && isSuccessful(status),
    status: { kind: status.kind, raw: status.raw },
    // The Wait state takes whole seconds.
    waitSeconds: done ? 0 : Math.ceil(nextPollInMs / 1000),
  };
}
