/**
 * Every error this library throws on its own account derives from {@link MigrationKitError}.
 * Errors that come from AWS pass through unchanged (so `$metadata` survives) unless a wrapper adds meaning.
 */

/**
 * The brand every error of this library carries, under a registry symbol: the ESM and the CJS build (or two copies
 * of the package) share it, so {@link isMigrationKitError} recognises an error thrown by either.
 */
const BRAND: unique symbol = Symbol.for('aws-migration-kit.error') as never;

/** The base class of every error thrown by aws-migration-kit itself. */
export class MigrationKitError extends Error {
  /** A stable, literal name for each subclass; compare on it rather than on `instanceof` across bundles. */
  override readonly name: string = 'MigrationKitError';

  /** @param message - What went wrong. @param options - `cause` is passed through. */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** Options of {@link ValidationError}. */
export interface ValidationErrorOptions extends ErrorOptions {
  /** The whole message, when `<field>: <reason>` reads badly (unknown keys name the key inside the sentence). */
  readonly message?: string;
}

/** Bad input, detected before any request is sent. `field` names the offending option. */
export class ValidationError extends MigrationKitError {
  override readonly name = 'ValidationError' as const;
  /** The option's path as the caller wrote it, e.g. `importUrl`, `resultLocation.bucket` or `ids[3]`. */
  readonly field: string;

  /** @param field - The offending field. @param reason - Why its value is refused. @param options - A whole message instead of `<field>: <reason>`; `cause`. */
  constructor(field: string, reason: string, options?: ValidationErrorOptions) {
    super(options?.message ?? `${field}: ${reason}`, options);
    this.field = field;
  }
}

/** A wait reached its `timeoutMs` before the resource reached a terminal status. */
export class WaitTimeoutError<T = unknown> extends MigrationKitError {
  override readonly name = 'WaitTimeoutError' as const;
  /** The last snapshot observed before the deadline (undefined when not even one poll answered). */
  readonly lastSnapshot: T | undefined;
  /** The timeout that elapsed, in milliseconds. */
  readonly timeoutMs: number;

  /** @param timeoutMs - The elapsed timeout. @param lastSnapshot - The last snapshot seen. @param options - `cause` is the last polling error, if any. */
  constructor(timeoutMs: number, lastSnapshot: T | undefined, options?: ErrorOptions) {
    super(`Timed out after ${timeoutMs} ms waiting for a terminal status`, options);
    this.timeoutMs = timeoutMs;
    this.lastSnapshot = lastSnapshot;
  }
}

/** `waitUntilSucceeded()` observed a terminal status that is not a success. */
export class TaskFailedError<T = unknown> extends MigrationKitError {
  override readonly name = 'TaskFailedError' as const;
  /** The terminal snapshot, with its `status` (and `reason`/message) intact. */
  readonly snapshot: T;

  /** @param message - A summary naming the status. @param snapshot - The terminal snapshot. */
  constructor(message: string, snapshot: T) {
    super(message);
    this.snapshot = snapshot;
  }
}

/**
 * The account has no Migration Hub home region. Discovery and Migration Hub both refuse to work without one;
 * the message says how to set it. The service's exception is the `cause`.
 */
export class HomeRegionNotSetError extends MigrationKitError {
  override readonly name = 'HomeRegionNotSetError' as const;
  /** The AWS request id of the refused call, when known. */
  readonly requestId: string | undefined;

  /** @param cause - The service's HomeRegionNotSetException. */
  constructor(cause: unknown) {
    super(
      'The Migration Hub home region is not set for this account. Set it once with ' +
        '`aws migrationhub-config create-home-region-control --home-region <region> --target Type=ACCOUNT` ' +
        '(or in the Migration Hub console under Settings), then call the home region endpoint.',
      { cause },
    );
    this.requestId = requestIdOf(cause);
  }
}

/**
 * A resource looked up by id does not exist (or these credentials cannot see it). Thrown where the service answers
 * an id filter with an empty list rather than an error (MGN ListImports `importIDs`, for one). Final: waits fail at once.
 */
export class ResourceNotFoundError extends MigrationKitError {
  override readonly name = 'ResourceNotFoundError' as const;
  /** The resource type, e.g. `MgnImport`. */
  readonly resourceType: string;
  /** The id that was looked up. */
  readonly id: string;

  /** @param resourceType - What was looked up. @param id - Its id. @param options - `cause` is passed through. */
  constructor(resourceType: string, id: string, options?: ErrorOptions) {
    super(`${resourceType} ${id} was not found`, options);
    this.resourceType = resourceType;
    this.id = id;
  }
}

/** Options of {@link CheckpointError}. */
export interface CheckpointErrorOptions extends ErrorOptions {
  /** The offending part of the checkpoint, e.g. `checkpoint.id`. @default 'checkpoint' */
  readonly field?: string;
}

/**
 * A checkpoint passed to a `resume` method is not one this library wrote: not JSON, another service or version, a
 * malformed id, an unknown status or key. Every malformed or tampered checkpoint fails this one way.
 */
export class CheckpointError extends MigrationKitError {
  override readonly name = 'CheckpointError' as const;
  /** The offending part of the checkpoint, e.g. `checkpoint.id` or `checkpoint.status.kind`. */
  readonly field: string;

  /** @param message - What is wrong. @param options - `field`; `cause` (the {@link ValidationError} behind it). */
  constructor(message: string, options?: CheckpointErrorOptions) {
    super(message, options);
    this.field = options?.field ?? 'checkpoint';
  }
}

/**
 * True when `error` is any aws-migration-kit error, whichever copy of the package threw it (ESM or CJS build, two
 * versions side by side): it checks a `Symbol.for` brand, not only `instanceof`.
 */
export function isMigrationKitError(error: unknown): error is MigrationKitError {
  return error instanceof MigrationKitError || (typeof error === 'object' && error !== null && (error as { [BRAND]?: unknown })[BRAND] === true);
}

/** A type guard for the error class named `name`, working across copies of the package. @internal */
export function errorGuard<E extends MigrationKitError>(name: E['name']): (error: unknown) => error is E {
  return (error): error is E => isMigrationKitError(error) && error.name === name;
}

/** True when `error` is a {@link ValidationError} from any copy of the package. */
export const isValidationError: (error: unknown) => error is ValidationError = errorGuard('ValidationError');
/** True when `error` is a {@link WaitTimeoutError} from any copy of the package. */
export const isWaitTimeoutError: (error: unknown) => error is WaitTimeoutError = errorGuard('WaitTimeoutError');
/** True when `error` is a {@link TaskFailedError} from any copy of the package. */
export const isTaskFailedError: (error: unknown) => error is TaskFailedError = errorGuard('TaskFailedError');
/** True when `error` is a {@link HomeRegionNotSetError} from any copy of the package. */
export const isHomeRegionNotSetError: (error: unknown) => error is HomeRegionNotSetError = errorGuard('HomeRegionNotSetError');
/** True when `error` is a {@link ResourceNotFoundError} from any copy of the package. */
export const isResourceNotFoundError: (error: unknown) => error is ResourceNotFoundError = errorGuard('ResourceNotFoundError');
/** True when `error` is a {@link CheckpointError} from any copy of the package. */
export const isCheckpointError: (error: unknown) => error is CheckpointError = errorGuard('CheckpointError');

/** Reads `$metadata.requestId` from an AWS SDK error, if it has one. */
export function requestIdOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const metadata = (error as { $metadata?: { requestId?: unknown } }).$metadata;
  return typeof metadata?.requestId === 'string' ? metadata.requestId : undefined;
}
