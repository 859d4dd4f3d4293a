import { requestIdOf, s, type CallOptions } from '../core/index.js';
import { MUTATION_OPTIONS } from './input-schemas.js';

/**
 * What a dry run found out. Migration Hub answers a dry run with an error on purpose: `DryRunOperation` when the
 * call would have succeeded, `UnauthorizedOperation` when the caller lacks the permission. Both resolve to this.
 */
export interface DryRunResult {
  /** Always `true`: nothing was changed. */
  readonly dryRun: true;
  /** `true` when the service said the call would succeed (`DryRunOperation`); `false` for `UnauthorizedOperation`. */
  readonly wouldSucceed: boolean;
  /** The service's message, when it sent one. */
  readonly message: string | undefined;
  /** The AWS request id of the dry run, when known. */
  readonly requestId: string | undefined;
}

/** Options of a call that changes something and can be dry-run. */
export interface MutationOptions extends CallOptions {
  /** Ask the service whether the call would succeed, without making it. @default false */
  readonly dryRun?: boolean;
}

/** {@link MutationOptions} for a dry run. */
export interface DryRunOptions extends CallOptions {
  /** Ask the service whether the call would succeed, without making it. */
  readonly dryRun: true;
}

/** {@link MutationOptions} for a real call. */
export interface ApplyOptions extends CallOptions {
  /** Make the call for real. @default false */
  readonly dryRun?: false;
}

/** True when `value` is a {@link DryRunResult}. */
export function isDryRunResult(value: unknown): value is DryRunResult {
  return typeof value === 'object' && value !== null && (value as { dryRun?: unknown }).dryRun === true && 'wouldSucceed' in value;
}

/**
 * Parses a mutation's options and returns whether it is a dry run. Unknown keys are refused, so a misspelt
 * `dryRun` (`dryrun`, `DryRun`) throws before anything is sent instead of performing the mutation. @internal
 */
export function isDryRun(options: unknown): boolean {
  return s.parse(MUTATION_OPTIONS, options).dryRun ?? false;
}

/** The dry-run outcome an error stands for, or undefined when it is a real error. @internal */
export function dryRunOutcome(error: unknown): DryRunResult | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (name !== 'DryRunOperation' && name !== 'UnauthorizedOperation') return undefined;
  return {
    dryRun: true,
    wouldSucceed: name === 'DryRunOperation',
    message: typeof message === 'string' && message !== '' ? message : undefined,
    requestId: requestIdOf(error),
  };
}
