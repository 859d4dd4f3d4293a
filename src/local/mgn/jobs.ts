import { isoTime } from '../service.js';
import type { ImportErrorRecord, ImportOutcome } from './import-file.js';

/** Emulated MGN job status strings (ImportStatus / ExportStatus). @internal */
export type JobStatus = 'PENDING' | 'STARTED' | 'FAILED' | 'SUCCEEDED';

/** What a job knows once it has started. @internal */
export interface JobRun {
  /** When it ends (FAILED jobs end when they start). */
  readonly endAt: number;
  /** Set when the job failed. */
  readonly failure?: string;
  /** Import errors, or export errors as `{ rawError }` records. */
  readonly errors: readonly ImportErrorRecord[];
}

/** One import or export, with its timeline on the emulator clock. @internal */
export interface Job {
  /** `import-…` or `export-…`. */
  readonly id: string;
  /** `arn:aws:mgn:<region>:<account>:import/<id>`. */
  readonly arn: string;
  /** The S3 source (imports) or destination (exports). */
  readonly bucket: string;
  /** The object key. */
  readonly key: string;
  /** The expected bucket owner, when given. */
  readonly owner?: string;
  /** The job's tags. */
  readonly tags: Readonly<Record<string, string>>;
  /** The idempotency token it was started with (imports). */
  readonly clientToken?: string;
  /** Creation time (epoch ms); PENDING until `startAt`. */
  readonly createdAt: number;
  /** When it leaves PENDING and reads (imports) or snapshots (exports) the inventory. */
  readonly startAt: number;
  /** Set when the emulator has started the job. */
  run?: JobRun;
  /** Set when the emulator has finished the job (exports write their file then). */
  finished?: boolean;
  /** Import outcome (counts) once started. */
  importOutcome?: ImportOutcome;
  /** Export outcome once started: the CSV to write and its counts. */
  exportOutcome?: { readonly csv: string; readonly servers: number; readonly applications: number; readonly waves: number };
}

/** The job's status at `now`. @internal */
export function statusAt(job: Job, now: number): JobStatus {
  if (!job.run || now < job.startAt) return 'PENDING';
  if (job.run.failure !== undefined) return 'FAILED';
  return now >= job.run.endAt ? 'SUCCEEDED' : 'STARTED';
}

/** Progress (0–100) at `now`: 0 while pending, growing while started, 100 when it succeeded. @internal */
export function progressAt(job: Job, now: number): number {
  const status = statusAt(job, now);
  if (status === 'SUCCEEDED') return 100;
  if (status !== 'STARTED' || !job.run) return 0;
  const span = job.run.endAt - job.startAt;
  return Math.min(99, Math.max(0, Math.floor(((now - job.startAt) / span) * 100)));
}

function common(job: Job, now: number): Record<string, unknown> {
  const status = statusAt(job, now);
  const terminal = status === 'SUCCEEDED' || status === 'FAILED';
  return {
    arn: job.arn,
    creationDateTime: isoTime(job.createdAt),
    ...(terminal && job.run ? { endDateTime: isoTime(job.run.endAt) } : {}),
    status,
    progressPercentage: progressAt(job, now),
    ...(Object.keys(job.tags).length > 0 ? { tags: { ...job.tags } } : {}),
  };
}

/** The ImportTask wire form at `now`; counts appear once the import has ended. @internal */
export function importTaskWire(job: Job, now: number): Record<string, unknown> {
  const status = statusAt(job, now);
  const summary = job.importOutcome?.summary;
  return {
    importID: job.id,
    s3BucketSource: { s3Bucket: job.bucket, s3Key: job.key, ...(job.owner ? { s3BucketOwner: job.owner } : {}) },
    ...common(job, now),
    ...((status === 'SUCCEEDED' || status === 'FAILED') && summary
      ? { summary: { waves: { ...summary.waves }, applications: { ...summary.applications }, servers: { ...summary.servers } } }
      : {}),
  };
}

/** The ExportTask wire form at `now`; counts appear once the export has ended. @internal */
export function exportTaskWire(job: Job, now: number): Record<string, unknown> {
  const status = statusAt(job, now);
  const outcome = job.exportOutcome;
  return {
    exportID: job.id,
    s3Bucket: job.bucket,
    s3Key: job.key,
    ...(job.owner ? { s3BucketOwner: job.owner } : {}),
    ...common(job, now),
    ...(status === 'SUCCEEDED' && outcome
      ? { summary: { serversCount: outcome.servers, applicationsCount: outcome.applications, wavesCount: outcome.waves } }
      : {}),
  };
}

/** ImportTaskError wire items, timestamped when the import read its file. @internal */
export function importErrorsWire(job: Job): Record<string, unknown>[] {
  const at = isoTime(job.startAt);
  return (job.run?.errors ?? []).map((e) => ({ errorDateTime: at, errorType: e.errorType, errorData: { ...e.errorData } }));
}

/** ExportTaskError wire items. @internal */
export function exportErrorsWire(job: Job): Record<string, unknown>[] {
  const at = isoTime(job.startAt);
  return (job.run?.errors ?? []).map((e) => ({ errorDateTime: at, errorData: { rawError: e.errorData.rawError } }));
}
