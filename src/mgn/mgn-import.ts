import type { ImportTask } from '@aws-sdk/client-mgn';
import { Paginated, ResourceNotFoundError, type CallOptions, type ListOptions, type RequestEngine } from '../core/index.js';
import { MGN_PAGE_MAX, MGN_PAGE_MIN } from './defaults.js';
import type { MgnApi } from './mgn-api.js';
import { importErrorItemOf, type MgnImportErrorItem } from './mgn-import-error.js';
import type { MgnS3Location } from './mgn-inputs.js';
import { MgnJob } from './mgn-job.js';
import { MGN_CALL_OPTIONS, MGN_LIST_OPTIONS } from './input-schemas.js';

/** Created and modified counts of one resource type in an import. */
export interface MgnImportCounts {
  /** Resources the import created. */
  readonly created: number;
  /** Resources that existed and the import modified. */
  readonly modified: number;
}

/** What an import did, per resource type (zeros until MGN reports counts). */
export interface MgnImportSummary {
  /** Source servers. */
  readonly servers: MgnImportCounts;
  /** Applications. */
  readonly applications: MgnImportCounts;
  /** Waves. */
  readonly waves: MgnImportCounts;
}

/**
 * An MGN import: MGN reading a CSV inventory from S3 and creating or modifying source servers, applications and
 * waves. Getters read the last snapshot; `refresh()`, the waits and `errors()` call MGN.
 *
 * @example
 * ```ts
 * const imp = await mgn.startImport({ bucket: 'inventory', key: 'wave-1.csv' });
 * await imp.waitUntilComplete({ onProgress: (i) => console.log(i.progress?.percent) });
 * for await (const e of imp.errors()) console.log(e.rowNumber, e.rawError);
 * ```
 */
export class MgnImport extends MgnJob<ImportTask> {
  /** @internal */ protected readonly resource = 'MgnImport';
  readonly #api: MgnApi;
  readonly #id: string;

  /** @internal Users get instances from {@link MgnService}. */
  constructor(api: MgnApi, raw: ImportTask & { importID: string }) {
    super(raw);
    this.#api = api;
    this.#id = raw.importID;
  }

  /** The import id (`import-` + 17 characters). */
  get id(): string {
    return this.#id;
  }

  /** The CSV file MGN reads (undefined on a resumed handle until refreshed). */
  get source(): MgnS3Location | undefined {
    const s = this.snapshot.s3BucketSource;
    if (s?.s3Bucket === undefined || s.s3Key === undefined) return undefined;
    return { bucket: s.s3Bucket, key: s.s3Key, ...(s.s3BucketOwner !== undefined ? { bucketOwner: s.s3BucketOwner } : {}) };
  }

  /** Servers, applications and waves created and modified (zeros until MGN reports them, at the end). */
  get summary(): MgnImportSummary {
    const s = this.snapshot.summary;
    const counts = (c: { createdCount?: number; modifiedCount?: number } | undefined): MgnImportCounts => ({
      created: c?.createdCount ?? 0,
      modified: c?.modifiedCount ?? 0,
    });
    return { servers: counts(s?.servers), applications: counts(s?.applications), waves: counts(s?.waves) };
  }

  /**
   * Fetches the current state (ListImports filtered by this id; concurrent refreshes share one request).
   * @throws ResourceNotFoundError when MGN does not know the id.
   */
  async refresh(options: CallOptions = {}): Promise<this> {
    MGN_CALL_OPTIONS.parse(options, '');
    const found = await this.#api.imports.get(this.#id, options.signal);
    if (!found) throw new ResourceNotFoundError('MgnImport', this.#id);
    this.snapshot = found;
    return this;
  }

  /** The import's errors (ListImportErrors), page by page: bad rows with their row numbers, or why the file failed. */
  errors(options: ListOptions = {}): Paginated<MgnImportErrorItem> {
    MGN_LIST_OPTIONS.parse(options, '');
    return new Paginated<MgnImportErrorItem>(
      async ({ nextToken, pageSize, signal }) => {
        const input = { importID: this.#id, maxResults: pageSize, ...(nextToken !== undefined ? { nextToken } : {}) };
        const out = await this.#api.send('ListImportErrors', input, { signal });
        return { items: (out.items ?? []).map(importErrorItemOf), nextToken: out.nextToken };
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
    return new MgnImport(this.#api, { ...this.snapshot, importID: this.#id }) as this;
  }
}
