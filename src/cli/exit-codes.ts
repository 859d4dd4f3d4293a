import { CheckpointError, ImportFileError, ValidationError, WaitTimeoutError } from '../index.js';

/** The documented exit codes of `amk` (docs/cli.md, "Exit codes"). Stable: scripts branch on them. */
export const EXIT = {
  /** Everything succeeded. */
  ok: 0,
  /** A resource ended failed (with `--succeeded`), or a service error occurred. */
  failed: 1,
  /** Usage or validation error (an import file the service would refuse rows of, too), before any request; the message names the option or field. */
  usage: 2,
  /** A wait reached its `--timeout`. */
  timeout: 3,
  /** Interrupted by Ctrl-C (SIGINT): the waits were aborted through their signal. */
  interrupted: 130,
} as const;

/** One of the {@link EXIT} codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A bad command line: unknown command or option, a missing argument, a malformed value. Exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The option or argument at fault, as typed on the command line (`--timeout`, `<id>`). */
  readonly field: string;

  /** @param field - The option or argument at fault. @param message - Why. */
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.field = field;
  }
}

/** The reason a wait is aborted with when the user presses Ctrl-C. */
export class Interrupted extends Error {
  override readonly name = 'Interrupted';
  constructor() {
    super('interrupted (SIGINT)');
  }
}

/** The exit code for an error that ended a command. */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof Interrupted) return EXIT.interrupted;
  if (error instanceof UsageError || error instanceof ValidationError || error instanceof CheckpointError || error instanceof ImportFileError) return EXIT.usage;
  if (error instanceof WaitTimeoutError) return EXIT.timeout;
  return EXIT.failed;
}
