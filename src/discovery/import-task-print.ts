import { inspect, type InspectOptions } from 'node:util';
import type { Checkpoint } from '../core/index.js';
import type { ImportTask as RawImportTask } from './client/index.js';
import type { ImportTask } from './import-task.js';
import { redactOnPrint } from './redact.js';

// The archive URL is pre-signed: a task shows it to code that reads it, never in what it prints or serialises.

/** A copy of the service's object; `errorsAndFailedEntriesZip` is real but redacted when printed or serialised. @internal */
export function redactedRaw(raw: RawImportTask): RawImportTask {
  return redactOnPrint({ ...raw }, ['errorsAndFailedEntriesZip']);
}

/** `ImportTask import-task-… "name" kind (RAW)`; never the archive URL. @internal */
export function printImportTask(task: ImportTask): string {
  return `ImportTask ${task.id}${task.name === undefined ? '' : ` ${JSON.stringify(task.name)}`} ${task.status.kind}${task.status.raw ? ` (${task.status.raw})` : ''}`;
}

/** What `console.log` shows of a task: the snapshot's fields, with the archive URL left out. @internal */
export function inspectImportTask(task: ImportTask, options: InspectOptions): string {
  const { id, name, status, importUrl, requestTime, completionTime, fileClassification, recordsProcessed } = task;
  return `ImportTask ${inspect({ id, name, status, importUrl, requestTime, completionTime, fileClassification, recordsProcessed }, options)}`;
}

/** A checkpoint for `DiscoveryService.resume()`: id and last status, never the archive URL. @internal */
export function importTaskCheckpoint(task: ImportTask): Checkpoint {
  const { kind, raw } = task.status;
  return { v: 1, service: 'discovery', resource: 'ImportTask', id: task.id, ...(raw ? { status: { kind, raw } } : {}) };
}
