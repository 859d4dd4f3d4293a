import type { EmulatorContext } from '../service.js';
import { formatCsv } from '../../core/csv.js';
import { runImport, type ImportErrorRecord } from './import-file.js';
import type { Inventory } from './inventory.js';
import { statusAt, type Job } from './jobs.js';

/** Timing of started jobs, in emulated milliseconds. @internal */
export interface RunTiming {
  /** Time per import data row (per server for an export). */
  readonly msPerRow: number;
  /** The shortest STARTED phase. */
  readonly minRunMs: number;
}

/**
 * Moves jobs along the emulator clock, lazily: called before every request, it starts each job whose PENDING time
 * is over (an import reads its CSV and applies it to the inventory; an export snapshots the inventory) and finishes
 * each job whose run is over (an export writes its CSV to the emulated S3). Jobs go in creation order, so imports
 * apply in the order they were started. @internal
 */
export class Scheduler {
  /** Messages for the next exports to fail with (see `MgnEmulator.failNextExport`). */
  readonly exportFailures: string[] = [];
  readonly #ctx: EmulatorContext;
  readonly #jobs: readonly Job[];
  readonly #inventory: Inventory;
  readonly #timing: RunTiming;

  /** @param ctx - Clock, S3, account. @param jobs - Every job, in creation order. @param inventory - Servers, applications, waves. @param timing - Run lengths. */
  constructor(ctx: EmulatorContext, jobs: readonly Job[], inventory: Inventory, timing: RunTiming) {
    this.#ctx = ctx;
    this.#jobs = jobs;
    this.#inventory = inventory;
    this.#timing = timing;
  }

  /** Starts and finishes every job whose time has come. */
  advance(): void {
    const now = this.#ctx.clock.now();
    for (const job of this.#jobs) {
      if (!job.run && now >= job.startAt) this.#start(job);
      if (job.run && !job.finished && now >= job.run.endAt) {
        job.finished = true;
        if (job.exportOutcome && statusAt(job, now) === 'SUCCEEDED') this.#ctx.s3.put(job.bucket, job.key, job.exportOutcome.csv);
      }
    }
  }

  #start(job: Job): void {
    const fail = (message: string, errors?: readonly ImportErrorRecord[]): void => {
      job.run = { endAt: job.startAt, failure: message, errors: errors ?? [{ errorType: 'PROCESSING_ERROR', errorData: { rawError: message } }] };
    };
    // S3 refuses a request whose expected bucket owner is not the owner; the emulated account owns every bucket.
    if (job.owner !== undefined && job.owner !== this.#ctx.accountId) {
      return fail(`Access denied: bucket ${job.bucket} is not owned by account ${job.owner}`);
    }
    const runMs = (units: number): number => Math.max(this.#timing.minRunMs, units * this.#timing.msPerRow);
    if (job.id.startsWith('import-')) {
      const outcome = runImport(this.#ctx.s3.get(job.bucket, job.key), `s3://${job.bucket}/${job.key}`, this.#inventory, this.#ctx.accountId);
      job.importOutcome = outcome;
      if (outcome.failure !== undefined) return fail(outcome.failure, outcome.errors);
      job.run = { endAt: job.startAt + runMs(outcome.rows), errors: outcome.errors };
      return;
    }
    const scripted = this.exportFailures.shift();
    if (scripted !== undefined) return fail(scripted);
    const inventory = this.#inventory;
    const servers = inventory.servers.size;
    job.exportOutcome = { csv: formatCsv(inventory.toRows()), servers, applications: inventory.applications.size, waves: inventory.waves.size };
    job.run = { endAt: job.startAt + runMs(servers), errors: [] };
  }
}
