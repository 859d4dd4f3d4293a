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
  | { readonly kind: 'pending'; readonly raw: 'starting' | 'provisioning' }
  | { readonly kind: 'running'; readonly raw: 'running' }
  | { readonly kind: 'succeeded'; readonly raw: 'passed' }
  | { readonly kind: 'warning'; readonly raw: 'warning' }
  | { readonly kind: 'failed'; readonly raw: 'failed'; readonly message: string | undefined }
  | {
      readonly kind: 'error';
      readonly raw: 'error-provisioning' | 'error-executing' | 'invalid state';
      readonly reason: AssessmentRunErrorReason;
      readonly message: string | undefined;
    }
  | { readonly kind: 'cancelled'; readonly raw: 'cancelling' | 'cancelled' }
  | { readonly kind: 'deleting'; readonly raw: 'deleting' }
  | { readonly kind: 'deleted'; readonly raw: 'deleted' }
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
