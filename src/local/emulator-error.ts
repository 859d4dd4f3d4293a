/**
 * Thrown when an emulator option, a fault rule, a rate limit or a saved state is malformed, before anything changes.
 * `field` names what is wrong, as a path from the argument (`rateLimits.DescribeImportTasks.burst`, `rule.kind`).
 * The emulator defines its own error rather than the library's: its rules are written independently of the library.
 */
export class EmulatorOptionError extends TypeError {
  /** Stable name, also across ESM and CJS copies. */
  override readonly name: 'EmulatorOptionError' | 'EmulatorStateError' = 'EmulatorOptionError';
  /** The path of the offending field. */
  readonly field: string;

  /** @param field - the offending field's path. @param message - what is wrong with it. */
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.field = field;
  }
}

/** Thrown by `startEmulator({ state })` when the saved state is malformed, of another version, or inconsistent. */
export class EmulatorStateError extends EmulatorOptionError {
  /** Stable name, also across ESM and CJS copies. */
  override readonly name = 'EmulatorStateError' as const;
}
