import type { S3Store } from '../s3/store.js';
import type { DmsStore } from './dms-store.js';
import type { EmulatedRun, RunState } from './emulated-run.js';

/** Individual assessment statuses that produce a result object (the ones that ran to an end). */
const RESULT_STATUSES = new Set(['passed', 'warning', 'failed', 'error']);

/**
 * The S3 prefix a run writes under: its `ResultLocationFolder` followed by `/`, or the bucket root without one. @internal
 */
export function resultPrefix(folder: string | undefined): string {
  if (folder === undefined || folder === '') return '';
  return folder.endsWith('/') ? folder : `${folder}/`;
}

/**
 * Writes each finished run's result objects into the emulated S3, once per run, under
 * `<ResultLocationFolder>/<run name>/`: one `<individual assessment>.json` per individual assessment that ran to an
 * end, and a `summary.json`. A run that ends in `error-provisioning`, or is deleted before it ends, writes nothing.
 *
 * The key layout follows the folder DMS is given; the documents' contents are illustrative (small JSON objects
 * with the emulator's own fields), not DMS's report format. Runs are computed from the clock, so nothing happens
 * at the instant a run ends: the emulated S3 calls {@link ResultWriter.flush} before every read, and the DMS
 * module before every request, so a listing made after the run ended sees its objects. @internal
 */
export class ResultWriter {
  readonly #written = new Set<string>();

  /** @param dms - The runs. @param s3 - Where results go. */
  constructor(
    readonly dms: DmsStore,
    readonly s3: S3Store,
  ) {}

  /** Writes the results of every run that has finished since the last call. */
  flush(): void {
    const now = this.dms.ctx.clock.now();
    for (const { run, state } of this.dms.liveRuns(now)) {
      if (this.#written.has(run.spec.arn) || !state.finished || state.status === 'deleting') continue;
      this.#written.add(run.spec.arn);
      // A run restored from saved state may have written already (its objects were saved with the bucket).
      if (state.status !== 'error-provisioning' && !this.#exists(run)) this.#write(run, state);
    }
  }

  #base(run: EmulatedRun): string {
    return `${resultPrefix(run.spec.echo['ResultLocationFolder'])}${run.spec.name}/`;
  }

  #exists(run: EmulatedRun): boolean {
    const bucket = run.spec.echo['ResultLocationBucket'];
    return bucket !== undefined && this.s3.object(bucket, `${this.#base(run)}summary.json`) !== undefined;
  }

  #write(run: EmulatedRun, state: RunState): void {
    const bucket = run.spec.echo['ResultLocationBucket'];
    if (bucket === undefined) return;
    const base = this.#base(run);
    const json = { contentType: 'application/json' } as const;
    const results = run.spec.assessments.flatMap((assessment, i) => {
      const status = state.individuals[i] ?? 'pending';
      return RESULT_STATUSES.has(status) ? [{ name: assessment.name, status }] : [];
    });
    for (const result of results) {
      const body = { emulated: true, assessmentRunArn: run.spec.arn, individualAssessment: result.name, status: result.status };
      this.s3.put(bucket, `${base}${result.name}.json`, `${JSON.stringify(body, null, 2)}\n`, json);
    }
    const summary = { emulated: true, assessmentRunArn: run.spec.arn, assessmentRunName: run.spec.name, status: state.status, individualAssessments: results };
    this.s3.put(bucket, `${base}summary.json`, `${JSON.stringify(summary, null, 2)}\n`, json);
  }
}
