import { execFileSync } from 'node:child_process';

/**
 * The Python that runs the boto3 tests: `AMK_PYTHON`, default `python3`. boto3 comes from the Python registry, which
 * these machines reach, so the tests run wherever it is installed and skip (saying so in their title) where it is not.
 * `AMK_BOTO3=1` makes a missing boto3 an error instead of a skip; `AMK_BOTO3=0` skips them.
 */
export const PYTHON = process.env['AMK_PYTHON'] ?? 'python3';

/** boto3's version, or undefined when `PYTHON` has none. */
function boto3Version(): string | undefined {
  try {
    return execFileSync(PYTHON, ['-c', 'import boto3; print(boto3.__version__)'], { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

const mode = process.env['AMK_BOTO3'];
const version = mode === '0' ? undefined : boto3Version();
if (mode === '1' && version === undefined) throw new Error(`AMK_BOTO3=1 but ${PYTHON} cannot import boto3`);

/** Whether the boto3 tests run, and a title suffix that says which boto3 or why not. */
export const BOTO3 = {
  available: version !== undefined,
  label: version !== undefined ? `(boto3 ${version})` : mode === '0' ? '(skipped: AMK_BOTO3=0)' : `(skipped: ${PYTHON} has no boto3)`,
} as const;
