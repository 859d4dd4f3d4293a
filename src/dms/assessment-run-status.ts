import { assertNever, type UnknownStatus } from '../core/index.js';

/**
 * Every assessment run status DMS documents. The API sends `Status` as a free string; these are the values listed
 * in the `ReplicationTaskAssessmentRun` reference. Anything else maps to `unknown`.
 */
export const ASSESSMENT_RUN_RAW_STATUSES = [
  'starting',
  'provisioning',
  'running',
  'passed',
  'warning',
  'failed',
  'error-provisioning',
  'error-executing',
  'invalid state',
  'cancelling',
  'deleting',
] as const;

/** A status string DMS documents for assessment runs. */
export type AssessmentRunRawStatus = (typeof ASSESSMENT_RUN_RAW_STATUSES)[number];

/** Why a run ended in `error`: it could not run at all, as opposed to running and finding problems (`failed`). */
export type AssessmentRunErrorReason = 'provisioning' | 'executing' | 'invalid-state';

/**
 * The status of an assessment run, discriminated on `kind`:
 * - `pending`: `starting`, then `provisioning` resources;
 * - `running`: individual assessments are running (see `progress`);
 * - `succeeded`: `passed`, every individual assessment passed;
 * - `warning`: done, but at least one assessment warned (or all were skipped); counts as a success;
 * - `failed`: at least one assessment failed, `message` is DMS's last failure message;
 * - `error`: DMS could not run the assessments (`reason` says where), `message` when DMS gave one;
 * - `cancelled`: `cancelling`. DMS documents this as the status of a run that *was* cancelled and documents no
 *   later one, so it is terminal here (`raw` is `cancelled` only if DMS ever sends that);
 * - `deleting`: deletion requested; `deleted` once DMS no longer returns the run (`raw` is then `'deleted'`,
 *   a value this library sets: DMS has nothing left to report);
 * - `unknown`: a status DMS added after this library was written.
 */
export type AssessmentRunStatus =
  | {
      /** Starting, or provisioning resources. */
      readonly kind: 'pending';
      /** DMS's status. */
      readonly raw: 'starting' | 'provisioning';
    }
  | {
      /** Individual assessments are running. */
      readonly kind: 'running';
      /** DMS's status. */
      readonly raw: 'running';
    }
  | {
      /** Every individual assessment passed. */
      readonly kind: 'succeeded';
      /** DMS's status. */
      readonly raw: 'passed';
    }
  | {
      /** Done, with warnings (or every assessment skipped); counts as a success. */
      readonly kind: 'warning';
      /** DMS's status. */
      readonly raw: 'warning';
    }
  | {
      /** At least one individual assessment failed. */
      readonly kind: 'failed';
      /** DMS's status. */
      readonly raw: 'failed';
      /** DMS's `LastFailureMessage`. */
      readonly message: string | undefined;
    }
  | {
      /** DMS could not run the assessments. */
      readonly kind: 'error';
      /** DMS's status. */
      readonly raw: 'error-provisioning' | 'error-executing' | 'invalid state';
      /** Where it went wrong. */
      readonly reason: AssessmentRunErrorReason;
      /** DMS's `LastFailureMessage`, when it gave one. */
      readonly message: string | undefined;
    }
  | {
      /** Cancelled; DMS keeps reporting `cancelling`. */
      readonly kind: 'cancelled';
      /** DMS's status. */
      readonly raw: 'cancelling' | 'cancelled';
    }
  | {
      /** Deletion requested. */
      readonly kind: 'deleting';
      /** DMS's status. */
      readonly raw: 'deleting';
    }
  | {
      /** DMS no longer returns the run. */
      readonly kind: 'deleted';
      /** Set by this library: DMS has no status left to report. */
      readonly raw: 'deleted';
    }
  | UnknownStatus;

/** Every `kind` an {@link AssessmentRunStatus} can have. */
export type AssessmentRunStatusKind = AssessmentRunStatus['kind'];

/**
 * Maps DMS's raw `Status` (and `LastFailureMessage`) to an {@link AssessmentRunStatus}. An absent status (a handle
 * not refreshed yet) and any undocumented string map to `unknown`, never to an exception.
 */
export function assessmentRunStatusOf(raw: string | undefined, lastFailureMessage?: string): AssessmentRunStatus {
  if (raw === undefined) return { kind: 'unknown', raw: '' };
  if (raw === 'cancelled') return { kind: 'cancelled', raw };
  if (!isDocumented(raw)) return { kind: 'unknown', raw };
  switch (raw) {
    case 'starting':
    case 'provisioning':
      return { kind: 'pending', raw };
    case 'running':
      return { kind: 'running', raw };
    case 'passed':
      return { kind: 'succeeded', raw };
    case 'warning':
      return { kind: 'warning', raw };
    case 'failed':
      return { kind: 'failed', raw, message: lastFailureMessage };
    case 'error-provisioning':
      return { kind: 'error', raw, reason: 'provisioning', message: lastFailureMessage };
    case 'error-executing':
      return { kind: 'error', raw, reason: 'executing', message: lastFailureMessage };
    case 'invalid state':
      return { kind: 'error', raw, reason: 'invalid-state', message: lastFailureMessage };
    case 'cancelling':
      return { kind: 'cancelled', raw };
    case 'deleting':
      return { kind: 'deleting', raw };
    default:
      return assertNever(raw, 'assessment run status');
  }
}

function isDocumented(raw: string): raw is AssessmentRunRawStatus {
  return (ASSESSMENT_RUN_RAW_STATUSES as readonly string[]).includes(raw);
}
