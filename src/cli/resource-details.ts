import { AssessmentRun, ImportTask, MgnExport, MgnImport, MigrationTask, type ResumableHandle } from '../index.js';

/** Every field of a snapshot that `amk show` prints, in order, with `Date`s as ISO strings and absent ones left out. */
export function detailsOf(handle: ResumableHandle): Record<string, unknown> {
  const status = handle.status;
  const extra = Object.fromEntries(Object.entries(status).filter(([key]) => key !== 'kind' && key !== 'raw' && key !== 'errorsZipUrl'));
  return clean({ ...fieldsOf(handle), ...extra });
}

function fieldsOf(handle: ResumableHandle): Record<string, unknown> {
  if (handle instanceof ImportTask) {
    return {
      id: handle.id,
      name: handle.name,
      importUrl: handle.importUrl,
      fileClassification: handle.fileClassification,
      requestTime: handle.requestTime,
      completionTime: handle.completionTime,
      deletedTime: handle.deletedTime,
      serverImportSuccess: handle.serverImportSuccess,
      serverImportFailure: handle.serverImportFailure,
      applicationImportSuccess: handle.applicationImportSuccess,
      applicationImportFailure: handle.applicationImportFailure,
      recordsProcessed: handle.recordsProcessed,
      errorsArchive: 'errorsZipUrl' in handle.status && handle.status.errorsZipUrl ? '(pre-signed URL, not printed)' : undefined,
    };
  }
  if (handle instanceof MgnImport) {
    return { id: handle.id, source: handle.source, progressPercentage: handle.progressPercentage, creationTime: handle.creationTime, endTime: handle.endTime, summary: handle.summary };
  }
  if (handle instanceof MgnExport) {
    return { id: handle.id, destination: handle.destination, progressPercentage: handle.progressPercentage, creationTime: handle.creationTime, endTime: handle.endTime, summary: handle.summary };
  }
  if (handle instanceof MigrationTask) {
    return {
      stream: handle.stream,
      name: handle.name,
      progressPercent: handle.progressPercent,
      detail: handle.detail,
      updatedAt: handle.updatedAt,
      resourceAttributes: handle.resourceAttributes,
    };
  }
  return runFields(handle);
}

function runFields(run: AssessmentRun): Record<string, unknown> {
  return {
    arn: run.arn,
    name: run.name,
    replicationTaskArn: run.replicationTaskArn,
    creationDate: run.creationDate,
    serviceAccessRoleArn: run.serviceAccessRoleArn,
    resultLocation: run.resultLocation,
    encryption: run.encryption,
    progress: run.progress,
    statistics: run.statistics,
    lastFailureMessage: run.lastFailureMessage,
    isLatest: run.isLatest,
  };
}

function clean(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/** A field value as one line of text. */
export function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value)
      .map(([k, v]) => `${k}=${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
      .join(' ');
  }
  return JSON.stringify(value);
}
