import { epochSeconds } from '../service.js';

/** The statuses an import can end in (before any deletion). @internal */
export type ImportOutcomeStatus =
  | 'IMPORT_COMPLETE'
  | 'IMPORT_COMPLETE_WITH_ERRORS'
  | 'IMPORT_FAILED'
  | 'IMPORT_FAILED_SERVER_LIMIT_EXCEEDED'
  | 'IMPORT_FAILED_RECORD_LIMIT_EXCEEDED'
  | 'IMPORT_FAILED_UNSUPPORTED_FILE_TYPE'
  | 'INTERNAL_ERROR';

/** What an import task yields, decided when it starts and revealed when it completes. @internal */
export interface ImportOutcome {
  /** The terminal import status. */
  readonly status: ImportOutcomeStatus;
  /** Set when the file was recognised. */
  readonly fileClassification?: 'IMPORT_TEMPLATE';
  /** Server records imported. */
  readonly serverImportSuccess: number;
  /** Server records that failed. */
  readonly serverImportFailure: number;
  /** Applications imported. */
  readonly applicationImportSuccess: number;
  /** Applications that failed. */
  readonly applicationImportFailure: number;
  /** Where the errors archive is stored in the emulated S3, when rows failed. */
  readonly archive?: { readonly bucket: string; readonly key: string };
  /** Application name → servers this import assigned to it (for the account's limits). */
  readonly applications: ReadonlyMap<string, number>;
}

/** A requested deletion. @internal */
export interface Deletion {
  /** When BatchDeleteImportData was called (emulated epoch ms). */
  readonly requestedAt: number;
  /** When it finishes. */
  readonly completesAt: number;
  /** How it ends: DELETE_FAILED_LIMIT_EXCEEDED is reported at once. */
  readonly result: 'DELETE_COMPLETE' | 'DELETE_FAILED' | 'DELETE_FAILED_LIMIT_EXCEEDED';
  /** `deleteHistory`: once complete, the task leaves DescribeImportTasks. */
  readonly history: boolean;
}

/** One import task as the emulator stores it. @internal */
export interface TaskRecord {
  /** Creation order, for stable paging. */
  readonly seq: number;
  /** `import-task-` + 32 hex digits. */
  readonly id: string;
  /** The idempotency token it was started with. */
  readonly token: string;
  /** The task name. */
  readonly name: string;
  /** The import URL as given. */
  readonly importUrl: string;
  /** StartImportTask time (emulated epoch ms). */
  readonly requestedAt: number;
  /** When the import reaches its outcome. */
  readonly completesAt: number;
  /** The outcome. */
  readonly outcome: ImportOutcome;
  /** The latest deletion request, if any. */
  deletion?: Deletion;
}

/** The task's status string at `now`. @internal */
export function statusAt(task: TaskRecord, now: number): string {
  const { deletion } = task;
  if (deletion) {
    if (deletion.result === 'DELETE_FAILED_LIMIT_EXCEEDED') return deletion.result;
    return now < deletion.completesAt ? 'DELETE_IN_PROGRESS' : deletion.result;
  }
  return now < task.completesAt ? 'IMPORT_IN_PROGRESS' : task.outcome.status;
}

/** True when DescribeImportTasks no longer lists the task (deleted with `deleteHistory`). @internal */
export function isHidden(task: TaskRecord, now: number): boolean {
  return task.deletion?.history === true && statusAt(task, now) === 'DELETE_COMPLETE';
}

/** True while the task's records count against the account's limits (not deleted, nor being deleted). @internal */
export function holdsRecords(task: TaskRecord): boolean {
  return task.deletion === undefined || task.deletion.result !== 'DELETE_COMPLETE';
}

/**
 * The task in awsJson1_1 wire form at `now`. While in progress the counts grow in proportion to elapsed time;
 * the archive URL is freshly "signed" on every call, as the service's pre-signed URLs are.
 * @internal
 */
export function wireTask(task: TaskRecord, now: number, signUrl: (bucket: string, key: string) => string): Record<string, unknown> {
  const status = statusAt(task, now);
  const done = now >= task.completesAt;
  const fraction = done ? 1 : Math.max(0, (now - task.requestedAt) / (task.completesAt - task.requestedAt));
  const o = task.outcome;
  const scaled = (n: number): number => Math.floor(n * fraction);
  const wire: Record<string, unknown> = {
    importTaskId: task.id,
    clientRequestToken: task.token,
    name: task.name,
    importUrl: task.importUrl,
    status,
    importRequestTime: epochSeconds(task.requestedAt),
    serverImportSuccess: scaled(o.serverImportSuccess),
    serverImportFailure: scaled(o.serverImportFailure),
    applicationImportSuccess: scaled(o.applicationImportSuccess),
    applicationImportFailure: scaled(o.applicationImportFailure),
  };
  if (done) wire['importCompletionTime'] = epochSeconds(task.completesAt);
  if (o.fileClassification && (done || fraction > 0)) wire['fileClassification'] = o.fileClassification;
  if (status === 'DELETE_COMPLETE' && task.deletion) wire['importDeletedTime'] = epochSeconds(task.deletion.completesAt);
  if (done && !task.deletion && o.archive) wire['errorsAndFailedEntriesZip'] = signUrl(o.archive.bucket, o.archive.key);
  return wire;
}
