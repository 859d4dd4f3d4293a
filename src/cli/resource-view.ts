import {
  AssessmentRun,
  ImportTask,
  MgnExport,
  MgnImport,
  MigrationTask,
  isTerminal,
  type Checkpoint,
  type LifecycleStatus,
  type Progress,
  type ResumableHandle,
} from '../index.js';

/**
 * One resource as every command prints it, and as `--json` writes it (docs/cli.md, "JSON output"): the handle's
 * checkpoint (`toJSON()`) plus display fields. Keys are never removed or renamed; new ones may be added.
 */
export interface ResourceJson extends Checkpoint {
  /** The status of the snapshot (always present, unlike in a checkpoint). */
  readonly status: { readonly kind: LifecycleStatus['kind']; readonly raw: string };
  /** What to pass back to `amk show` / `amk wait`: the id, or `<stream>/<task>`. */
  readonly ref: string;
  /** The resource's name, when it has one. */
  readonly name: string | null;
  /** `{ completed, total, percent }`, when the service reports progress. */
  readonly progress: Progress | null;
  /** When it was created or requested (ISO 8601). */
  readonly createdAt: string | null;
  /** When it ended, or for a Migration Hub task when it was last updated (ISO 8601). */
  readonly endedAt: string | null;
  /** No further change is expected. */
  readonly terminal: boolean;
  /** A short human summary of the counts (`12 records, 2 failed`, `3/5 assessments`). */
  readonly summary: string;
}

/** The `<stream>/<task>` or id a user types to name `handle`. */
export function refOf(handle: ResumableHandle): string {
  return handle instanceof MigrationTask ? `${handle.stream}/${handle.name}` : handle instanceof AssessmentRun ? handle.arn : handle.id;
}

/** The {@link ResourceJson} of a handle's current snapshot. */
export function resourceJson(handle: ResumableHandle): ResourceJson {
  const { kind, raw } = handle.status;
  const [created, ended] = timesOf(handle);
  return {
    ...handle.toJSON(),
    status: { kind, raw },
    ref: refOf(handle),
    name: nameOf(handle) ?? null,
    progress: handle.progress ?? null,
    createdAt: created?.toISOString() ?? null,
    endedAt: ended?.toISOString() ?? null,
    terminal: isTerminal(handle.status),
    summary: summaryOf(handle),
  };
}

function nameOf(handle: ResumableHandle): string | undefined {
  if (handle instanceof MgnImport) return handle.source ? `s3://${handle.source.bucket}/${handle.source.key}` : undefined;
  if (handle instanceof MgnExport) return handle.destination ? `s3://${handle.destination.bucket}/${handle.destination.key}` : undefined;
  return handle.name;
}

function timesOf(handle: ResumableHandle): [Date | undefined, Date | undefined] {
  if (handle instanceof ImportTask) return [handle.requestTime, handle.completionTime];
  if (handle instanceof AssessmentRun) return [handle.creationDate, undefined];
  if (handle instanceof MigrationTask) return [undefined, handle.updatedAt];
  return [handle.creationTime, handle.endTime];
}

/** `1 record`, `3 records`. */
const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A short summary of the counts a resource reports. */
function summaryOf(handle: ResumableHandle): string {
  if (handle instanceof ImportTask) {
    const failed = handle.serverImportFailure + handle.applicationImportFailure;
    return `${counted(handle.recordsProcessed, 'record')}${failed > 0 ? `, ${failed} failed` : ''}`;
  }
  if (handle instanceof MgnImport) {
    const { servers, applications, waves } = handle.summary;
    return [counted(servers.created + servers.modified, 'server'), counted(applications.created + applications.modified, 'application'), counted(waves.created + waves.modified, 'wave')].join(', ');
  }
  if (handle instanceof MgnExport) {
    const { servers, applications, waves } = handle.summary;
    return [counted(servers, 'server'), counted(applications, 'application'), counted(waves, 'wave')].join(', ');
  }
  if (handle instanceof MigrationTask) return handle.detail ?? '';
  const p = handle.progress;
  return p ? `${p.completed}/${p.total} assessments` : '';
}

/** The progress column: `40%`, `3/5`, or the records processed of a Discovery import still running. */
export function progressText(json: ResourceJson): string {
  const p = json.progress;
  if (p) return p.total === 100 && json.service !== 'dms' ? `${p.percent}%` : `${p.completed}/${p.total}`;
  // Discovery reports no total while an import runs: the records processed so far, `12 records`.
  return json.service === 'discovery' && json.status.kind === 'running' ? (json.summary.split(',')[0] ?? '') : '';
}
