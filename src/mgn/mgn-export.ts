import type { ExportTask } from '@aws-sdk/client-mgn';
import { MigrationKitError, Paginated, ResourceNotFoundError, type CallOptions, type ListOptions, type RequestEngine } from '../core/index.js';
import { downloadTo, type ObjectRef } from '../storage/index.js';
import { MGN_PAGE_MAX, MGN_PAGE_MIN } from './defaults.js';
import type { MgnApi } from './mgn-api.js';
import { exportErrorItemOf, type MgnExportErrorItem } from './mgn-export-error.js';
import type { MgnS3Location } from './mgn-inputs.js';
import { MgnJob } from './mgn-job.js';
import { MGN_CALL_OPTIONS, MGN_DOWNLOAD_PATH, MGN_LIST_OPTIONS } from './input-schemas.js';

/** What an export wrote (zeros until MGN reports counts). */
export interface MgnExportSummary {
  /** Source servers written. */
  readonly servers: number;
  /** Applications written. */
  readonly applications: number;
  /** Waves written. */
  readonly waves: number;
}

/**
 * An MGN export: MGN writing its inventory (servers, applications, waves) as a CSV file to S3.
 *
 * @example
 * ```ts
 * const exp = await mgn.startExport({ bucket: 'inventory', key: 'exports/all.csv' });
 * await exp.waitUntilSucceeded();
 * console.log(exp.summary.servers);
 * ```
 */
export class MgnExport extends MgnJob<ExportTask> {
  /** @internal */ protected readonly resource = 'MgnExport';
  readonly #api: MgnApi;
  readonly #id: string;

  /** @internal Users get instances from {@link MgnService}. */
  constructor(api: MgnApi, raw: ExportTask & { exportID: string }) {
    super(raw);
    this.#api = api;
    this.#id = raw.exportID;
  }

  /** The export id (`export-` + 17 characters). */
  get id(): string {
    return this.#id;
  }

  /** Where MGN writes the CSV (undefined on a resumed handle until refreshed). */
  get destination(): MgnS3Location | undefined {
    const { s3Bucket, s3Key, s3BucketOwner } = this.snapshot;
    if (s3Bucket === undefined || s3Key === undefined) return undefined;
    return { bucket: s3Bucket, key: s3Key, ...(s3BucketOwner !== undefined ? { bucketOwner: s3BucketOwner } : {}) };
  }

  /** Servers, applications and waves written (zeros until MGN reports them). */
  get summary(): MgnExportSummary {
    const s = this.snapshot.summary;
    return { servers: s?.serversCount ?? 0, applications: s?.applicationsCount ?? 0, waves: s?.wavesCount ?? 0 };
  }

  /**
   * Fetches the current state (ListExports filtered by this id; concurrent refreshes share one request).
   * @throws ResourceNotFoundError when MGN does not know the id.
   */
  async refresh(options: CallOptions = {}): Promise<this> {
    MGN_CALL_OPTIONS.parse(options, '');
    const found = await this.#api.exports.get(this.#id, options.signal);
    if (!found) throw new ResourceNotFoundError('MgnExport', this.#id);
    this.snapshot = found;
    return this;
  }

  /**
   * The exported CSV, read back from S3 (GetObject on {@link MgnExport.destination}) as text; refreshes first when
   * the destination is not known yet. Read it once the export has succeeded.
   */
  async read(options: CallOptions = {}): Promise<string> {
    MGN_CALL_OPTIONS.parse(options, '');
    return new TextDecoder().decode(await this.#api.storage.read(await this.#object(options), options.signal));
  }

  /** Streams the exported CSV from S3 into the file at `path` (Node); resolves with the bytes written. */
  async download(path: string, options: CallOptions = {}): Promise<number> {
    MGN_DOWNLOAD_PATH.parse(path, 'path');
    MGN_CALL_OPTIONS.parse(options, '');
    return downloadTo(path, this.#api.storage.stream(await this.#object(options), options.signal));
  }

  async #object(options: CallOptions): Promise<ObjectRef> {
    const where = this.destination ?? (await this.refresh(options)).destination;
    if (where === undefined) throw new MigrationKitError(`MGN did not say where export ${this.#id} is written`);
    return { bucket: where.bucket, key: where.key, expectedOwner: where.bucketOwner };
  }

  /** The export's errors (ListExportErrors), page by page. */
  errors(options: ListOptions = {}): Paginated<MgnExportErrorItem> {
    MGN_LIST_OPTIONS.parse(options, '');
    return new Paginated<MgnExportErrorItem>(
      async ({ nextToken, pageSize, signal }) => {
        const input = { exportID: this.#id, maxResults: pageSize, ...(nextToken !== undefined ? { nextToken } : {}) };
        const out = await this.#api.send('ListExportErrors', input, { signal });
        return { items: (out.items ?? []).map(exportErrorItemOf), nextToken: out.nextToken };
      },
      { min: MGN_PAGE_MIN, max: MGN_PAGE_MAX },
      options,
    );
  }

  /** @internal */
  /** The facade's engine, whose schedule the waits share. */
  protected override get requestEngine(): RequestEngine {
    return this.#api.engine;
  }

  protected clone(): this {
    return new MgnExport(this.#api, { ...this.snapshot, exportID: this.#id }) as this;
  }
}
