import { progressOf, Waitable, type Checkpoint, type PollDefaults, type Progress } from '../core/index.js';
import { MGN_MAX_DELAY_MS, MGN_MIN_DELAY_MS } from './defaults.js';
import { mgnJobStatusOf, type MgnJobStatus } from './mgn-job-status.js';

/** The members MGN's ImportTask and ExportTask share: what {@link MgnJob} reads from its snapshot. */
export interface RawMgnJob {
  /** Status string. */
  readonly status?: string | undefined;
  /** 0–100. */
  readonly progressPercentage?: number | undefined;
  /** ISO-8601. */
  readonly creationDateTime?: string | undefined;
  /** ISO-8601. */
  readonly endDateTime?: string | undefined;
}

const POLL_DEFAULTS: PollDefaults = { minDelayMs: MGN_MIN_DELAY_MS, maxDelayMs: MGN_MAX_DELAY_MS };

/**
 * What {@link MgnImport} and {@link MgnExport} share: status, progress percentage, times, waits and checkpoints.
 * Getters read the last snapshot; `refresh()` and the waits call MGN.
 */
export abstract class MgnJob<TRaw extends RawMgnJob> extends Waitable<MgnJobStatus> {
  /** The SDK object of the last snapshot. */
  protected snapshot: TRaw;
  /** The resource type written into checkpoints: `MgnImport` or `MgnExport`. */
  protected abstract readonly resource: 'MgnImport' | 'MgnExport';

  /** @internal Users get instances from {@link MgnService}. */
  constructor(raw: TRaw) {
    super();
    this.snapshot = raw;
  }

  /** The import or export id. */
  abstract get id(): string;

  /** The SDK's own object from the last snapshot (client-mgn's `ImportTask` or `ExportTask`). */
  get raw(): Readonly<TRaw> {
    return this.snapshot;
  }

  /** The status of the last snapshot; `{ kind: 'unknown', raw: '' }` on a handle from `import(id)`, `export(id)` or `resume()` not refreshed yet. */
  get status(): MgnJobStatus {
    return mgnJobStatusOf(this.snapshot.status);
  }

  /** MGN's `progressPercentage` (0–100), when reported. */
  get progressPercentage(): number | undefined {
    return this.snapshot.progressPercentage;
  }

  /** Progress in percentage points (`{ completed: 40, total: 100, percent: 40 }`), when MGN reports a percentage. */
  override get progress(): Progress | undefined {
    const percent = this.snapshot.progressPercentage;
    return percent === undefined ? undefined : progressOf(percent, 100);
  }

  /** When MGN created it (MGN sends an ISO-8601 string). */
  get creationTime(): Date | undefined {
    return dateOf(this.snapshot.creationDateTime);
  }

  /** When it ended, once it has. */
  get endTime(): Date | undefined {
    return dateOf(this.snapshot.endDateTime);
  }

  /** A checkpoint for {@link MgnService.resume}: service, resource, id and last status; no tags, no credentials. */
  toJSON(): Checkpoint {
    const { status } = this;
    const seen = status.raw !== '' ? { status: { kind: status.kind, raw: status.raw } } : {};
    return { v: 1, service: 'mgn', resource: this.resource, id: this.id, ...seen, ...this.pollState() };
  }

  /** A one-line description, e.g. `MgnImport import-0123… STARTED 40%`. */
  override toString(): string {
    const percent = this.progressPercentage;
    return `${this.resource} ${this.id} ${this.status.raw || 'not fetched'}${percent === undefined ? '' : ` ${percent}%`}`;
  }

  /** @internal */
  protected override get pollDefaults(): PollDefaults {
    return POLL_DEFAULTS;
  }

  /** @internal */
  protected override describeFailure(): string {
    return `${this.resource} ${this.id} ended with status ${this.status.raw}; list its errors() for the reasons`;
  }
}

function dateOf(iso: string | undefined): Date | undefined {
  if (iso === undefined) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
