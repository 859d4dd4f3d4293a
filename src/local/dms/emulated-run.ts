import type { AssessmentOutcome, DmsTimings } from './options.js';

/** The statuses in which a run still occupies its task. */
const ACTIVE = new Set(['starting', 'provisioning', 'running']);
/** Individual assessment statuses that count as completed ("successfully or not"). */
const COMPLETED = new Set(['passed', 'warning', 'failed', 'error']);

/** What a run looks like at one instant. @internal */
export interface RunState {
  /** DMS's run status. */
  readonly status: string;
  /** One status per individual assessment. */
  readonly individuals: readonly string[];
  /** Individual assessments completed. */
  readonly completed: number;
  /** DMS's `LastFailureMessage`, once there is one. */
  readonly failureMessage: string | undefined;
  /** Gone after deletion: no operation sees it any more. */
  readonly gone: boolean;
  /** Still occupies its task (`starting`, `provisioning`, `running`). */
  readonly active: boolean;
  /** No longer changes on its own (a terminal status, `cancelling`, or `deleting`). */
  readonly finished: boolean;
}

/** What a run was started with. @internal */
export interface RunSpec {
  /** The run's ARN. */
  readonly arn: string;
  /** The task's ARN. */
  readonly taskArn: string;
  /** The run's name. */
  readonly name: string;
  /** The individual assessments it runs, in order, with their ARNs. */
  readonly assessments: readonly { readonly name: string; readonly arn: string }[];
  /** How it ends. */
  readonly outcome: AssessmentOutcome;
  /** The start request's wire members echoed back (role, result location, encryption). */
  readonly echo: Readonly<Record<string, string>>;
}

/**
 * One emulated assessment run. Its state is computed from timestamps on the emulator clock whenever it is asked
 * for, so `speed` and `clock.advance()` drive it with no timers. @internal
 */
export class EmulatedRun {
  /** Set when `CancelReplicationTaskAssessmentRun` is accepted. */
  cancelledAt: number | undefined;
  /** Set when `DeleteReplicationTaskAssessmentRun` is accepted. */
  deletedAt: number | undefined;

  /** @param spec - What the run does. @param createdAt - Emulated start time. @param timings - Phase durations. */
  constructor(
    readonly spec: RunSpec,
    readonly createdAt: number,
    readonly timings: DmsTimings,
  ) {}

  /** When `running` begins. */
  private get runningAt(): number {
    return this.createdAt + this.timings.startingMs + this.timings.provisioningMs;
  }

  /** The index of the assessment that errors (`error-executing`), or -1. */
  private get errorIndex(): number {
    return this.spec.outcome === 'error-executing' ? Math.floor(this.spec.assessments.length / 2) : -1;
  }

  /** When the run would end if nobody cancelled it. */
  private get naturalEnd(): number {
    const a = this.timings.assessmentMs;
    switch (this.spec.outcome) {
      case 'error-provisioning':
        return this.runningAt;
      case 'error-executing':
        return this.runningAt + this.errorIndex * a + a / 2;
      default:
        return this.runningAt + this.spec.assessments.length * a;
    }
  }

  /** The status individual assessment `i` ends with when the run is not cancelled. */
  private finalIndividual(i: number): string {
    const last = i === this.spec.assessments.length - 1;
    switch (this.spec.outcome) {
      case 'error-provisioning':
        return 'cancelled';
      case 'error-executing':
        return i < this.errorIndex ? 'passed' : i === this.errorIndex ? 'error' : 'cancelled';
      case 'warning':
        return last ? 'warning' : 'passed';
      case 'failed':
        return last ? 'failed' : 'passed';
      case 'passed':
        return 'passed';
    }
  }

  /** Individual assessment `i` at `t`; `stopped` when the run was cancelled at `t`. */
  private individualAt(i: number, t: number, stopped: boolean): string {
    const a = this.timings.assessmentMs;
    const start = this.runningAt + i * a;
    const end = Math.min(start + a, this.naturalEnd);
    const final = this.finalIndividual(i);
    if (final === 'cancelled' || final === 'error') {
      if (t >= this.naturalEnd) return final;
    } else if (t >= end) {
      return final;
    }
    if (stopped) return 'cancelled';
    return t >= start && t < end ? 'running' : 'pending';
  }

  /** The run's status at `t` if it was neither cancelled nor deleted. */
  private naturalStatus(t: number): string {
    if (t < this.createdAt + this.timings.startingMs) return 'starting';
    if (t < this.runningAt) return 'provisioning';
    if (t < this.naturalEnd) return 'running';
    switch (this.spec.outcome) {
      case 'error-provisioning':
      case 'error-executing':
      case 'warning':
      case 'failed':
        return this.spec.outcome;
      case 'passed':
        return 'passed';
    }
  }

  private failureMessage(status: string): string | undefined {
    const names = this.spec.assessments.map((x) => x.name);
    switch (status) {
      case 'failed':
        return `Individual assessment ${names[names.length - 1] ?? ''} failed. See the results in S3 for details.`;
      case 'error-provisioning':
        return 'An internal error occurred while provisioning resources for the individual assessments.';
      case 'error-executing':
        return `An internal error occurred while running individual assessment ${names[this.errorIndex] ?? ''}.`;
      default:
        return undefined;
    }
  }

  /** The run at emulated time `now`. */
  stateAt(now: number): RunState {
    if (this.deletedAt !== undefined && now >= this.deletedAt + this.timings.deletingMs) {
      return { status: 'deleting', individuals: [], completed: 0, failureMessage: undefined, gone: true, active: false, finished: true };
    }
    // A cancel accepted before the natural end freezes the run at that instant.
    const cancelled = this.cancelledAt !== undefined && this.cancelledAt < this.naturalEnd;
    const t = cancelled ? (this.cancelledAt ?? now) : Math.min(now, this.deletedAt ?? now);
    const natural = this.naturalStatus(t);
    const individuals = this.spec.assessments.map((_, i) => this.individualAt(i, t, cancelled));
    const status = this.deletedAt !== undefined ? 'deleting' : cancelled ? 'cancelling' : natural;
    return {
      status,
      individuals,
      completed: individuals.filter((s) => COMPLETED.has(s)).length,
      failureMessage: this.failureMessage(natural),
      gone: false,
      active: ACTIVE.has(status),
      finished: !ACTIVE.has(status),
    };
  }

  /** When individual assessment `i` started, if it has by `now`. */
  startedAt(i: number, now: number): number | undefined {
    const start = this.runningAt + i * this.timings.assessmentMs;
    const stop = this.cancelledAt !== undefined ? Math.min(this.cancelledAt, this.naturalEnd) : this.naturalEnd;
    return start <= now && start < stop ? start : undefined;
  }
}
