import type { ExportTask, ImportTask, MgnClient } from '@aws-sdk/client-mgn';
import type { S3Client } from '@aws-sdk/client-s3';
import type { CsvSource } from '../core/index.js';
import { objectStore } from '../storage/index.js';
import {
  checkpointResource,
  clientConfigOf,
  engineFor,
  lazy,
  type EngineStats,
  MigrationKitError,
  Paginated,
  parseCheckpoint,
  resumePolling,
  s,
  type AwsClientOptions,
  type CallOptions,
  type Checkpoint,
} from '../core/index.js';
import { MGN_PAGE_MAX, MGN_PAGE_MIN } from './defaults.js';
import {
  MGN_CALL_OPTIONS,
  MGN_EXPORT_CHECKPOINT,
  MGN_EXPORT_LIST_OPTIONS,
  MGN_IMPORT_CHECKPOINT,
  MGN_IMPORT_LIST_OPTIONS,
  MGN_SERVICE_OPTIONS,
} from './input-schemas.js';
import { MgnApi } from './mgn-api.js';
import { MgnExport } from './mgn-export.js';
import { MgnImport } from './mgn-import.js';
import { importMgnFile, type MgnImportFileOptions } from './import-file.js';
import type { MgnExportListOptions, MgnImportListOptions, MgnStartExportInput, MgnStartImportInput } from './mgn-inputs.js';
import { loadMgnSdk } from './sdk.js';
import { checkExportId, checkImportId, checkStartExport, checkStartImport } from './validate.js';

/** Options of {@link MgnService}: AWS client settings, or a client of your own. */
export interface MgnServiceOptions extends AwsClientOptions {
  /** Your own `MgnClient`; the other options are then ignored. @default a client built from the options on first use */
  readonly client?: MgnClient;
  /**
   * Your own `S3Client` for `importFile()` uploads and export reads. @default one built from the options above on the
   * first S3 request (path-style when `endpoint` is set); `@aws-sdk/client-s3` is not loaded before
   */
  readonly s3?: S3Client;
}

/**
 * Application Migration Service imports and exports: start an import of a CSV inventory from S3, wait for it, list
 * its errors; export the inventory to S3. `@aws-sdk/client-mgn` is loaded on the first request, not before.
 *
 * @example
 * ```ts
 * const mgn = new MgnService({ region: 'us-west-2' });
 * const imp = await mgn.startImport({ bucket: 'inventory', key: 'wave-1.csv' });
 * await imp.waitUntilSucceeded();
 * console.log(imp.summary.servers.created);
 * ```
 */
export class MgnService {
  readonly #api: MgnApi;

  /** @param options - Region, endpoint, credentials... or `client`. */
  constructor(options: MgnServiceOptions = {}) {
    s.parse(MGN_SERVICE_OPTIONS, options);
    const { client } = options;
    const config = clientConfigOf(options);
    const engine = engineFor(options);
    this.#api = new MgnApi(client ? async () => client : lazy(async () => new (await loadMgnSdk()).MgnClient(config)), engine, objectStore(options, options.s3, engine));
  }

  /** This facade's request counters (shared with the other facades of a `MigrationKit`). */
  stats(): EngineStats {
    return this.#api.engine.stats();
  }

  /**
   * Checks an MGN import file on this machine, uploads it to S3 and starts importing it, in one call. A file with
   * errors is refused with `ImportFileError` (its `report` lists them) before any request; otherwise it is uploaded
   * with its SHA-256 as the content checksum (PutObject) and the import started (StartImport). The key and the
   * client token are derived from the content, so calling again after a failure returns the import already started.
   * @param source - The CSV: its text, bytes, a `Blob`, a stream, or `{ path }` / a `file:` URL (Node).
   * @throws ValidationError naming the option, before any request; ImportFileError for a file with errors.
   * @example
   * ```ts
   * // fragment: needs an MgnService `mgn`
   * const imp = await mgn.importFile({ path: 'inventory.csv' }, { bucket: 'my-migration-bucket' });
   * await imp.waitUntilSucceeded();
   * ```
   */
  importFile(source: CsvSource, options: MgnImportFileOptions): Promise<MgnImport> {
    return importMgnFile(this.#api.storage, (input, callOptions) => this.startImport(input, callOptions), source, options);
  }

  /**
   * Starts an import of `s3://bucket/key` (an MGN import template CSV). Validated before anything is sent; the
   * idempotency token is generated once per call, so the SDK's retries never start a second import.
   * @throws ValidationError naming the field, before any request.
   */
  async startImport(input: MgnStartImportInput, options: CallOptions = {}): Promise<MgnImport> {
    const { tags, ...request } = checkStartImport(input);
    s.parse(MGN_CALL_OPTIONS, options);
    const out = await this.#api.send('StartImport', request, { signal: options.signal, extraBody: tags ? { tags } : undefined });
    return new MgnImport(this.#api, withId(out.importTask, 'importID', 'StartImport'));
  }

  /** Every import (or only `importIDs`), oldest first, fetched lazily page by page. */
  imports(options: MgnImportListOptions = {}): Paginated<MgnImport> {
    const { importIDs: ids } = s.parse(MGN_IMPORT_LIST_OPTIONS, options);
    return new Paginated<MgnImport>(
      async ({ nextToken, pageSize, signal }) => {
        const input = { ...(ids ? { filters: { importIDs: [...ids] } } : {}), maxResults: pageSize, ...(nextToken !== undefined ? { nextToken } : {}) };
        const out = await this.#api.send('ListImports', input, { signal });
        return { items: (out.items ?? []).map((raw) => new MgnImport(this.#api, withId(raw, 'importID', 'ListImports'))), nextToken: out.nextToken };
      },
      { min: MGN_PAGE_MIN, max: MGN_PAGE_MAX },
      options,
    );
  }

  /**
   * A handle on an existing import; sends nothing. Its status is `unknown` (raw `''`) until `refresh()` or a wait,
   * which throw `ResourceNotFoundError` when MGN does not know the id.
   * @throws ValidationError unless `id` is `import-` and 17 letters or digits.
   */
  import(id: string): MgnImport {
    return new MgnImport(this.#api, { importID: checkImportId('id', id) });
  }

  /** Starts an export of the MGN inventory to `s3://bucket/key` (a `.csv` key). @throws ValidationError before any request. */
  async startExport(input: MgnStartExportInput, options: CallOptions = {}): Promise<MgnExport> {
    const { tags, ...request } = checkStartExport(input);
    s.parse(MGN_CALL_OPTIONS, options);
    const out = await this.#api.send('StartExport', request, { signal: options.signal, extraBody: tags ? { tags } : undefined });
    return new MgnExport(this.#api, withId(out.exportTask, 'exportID', 'StartExport'));
  }

  /** Every export (or only `exportIDs`), oldest first, fetched lazily page by page. */
  exports(options: MgnExportListOptions = {}): Paginated<MgnExport> {
    const { exportIDs: ids } = s.parse(MGN_EXPORT_LIST_OPTIONS, options);
    return new Paginated<MgnExport>(
      async ({ nextToken, pageSize, signal }) => {
        const input = { ...(ids ? { filters: { exportIDs: [...ids] } } : {}), maxResults: pageSize, ...(nextToken !== undefined ? { nextToken } : {}) };
        const out = await this.#api.send('ListExports', input, { signal });
        return { items: (out.items ?? []).map((raw) => new MgnExport(this.#api, withId(raw, 'exportID', 'ListExports'))), nextToken: out.nextToken };
      },
      { min: MGN_PAGE_MIN, max: MGN_PAGE_MAX },
      options,
    );
  }

  /**
   * A handle on an existing export; sends nothing. Its status is `unknown` (raw `''`) until `refresh()` or a wait,
   * which throw `ResourceNotFoundError` when MGN does not know the id.
   * @throws ValidationError unless `id` is `export-` and 17 letters or digits.
   */
  export(id: string): MgnExport {
    return new MgnExport(this.#api, { exportID: checkExportId('id', id) });
  }

  /**
   * Rebuilds a handle from a checkpoint (`handle.toJSON()`, or its JSON text), without a request: an
   * {@link MgnImport} or an {@link MgnExport}, with the last status seen. Call `refresh()` or a wait next.
   * @throws CheckpointError when it is not an MGN import or export checkpoint.
   */
  resume(checkpoint: Checkpoint | string): MgnImport | MgnExport {
    const isExport = checkpointResource(checkpoint) === 'MgnExport';
    const c = parseCheckpoint(checkpoint, 'mgn', isExport ? MGN_EXPORT_CHECKPOINT : MGN_IMPORT_CHECKPOINT);
    // A status this version does not know stays as sent; the status getter maps it to `unknown`.
    const status = c.status === undefined || c.status.raw === '' ? {} : { status: c.status.raw as NonNullable<ImportTask['status']> };
    if (!isExport) return resumePolling(new MgnImport(this.#api, { importID: c.id, ...status }), c);
    return resumePolling(new MgnExport(this.#api, { exportID: c.id, ...(status as { status?: NonNullable<ExportTask['status']> }) }), c);
  }
}

function withId<T extends object, K extends 'importID' | 'exportID'>(raw: T | undefined, key: K, operation: string): T & Record<K, string> {
  const id = (raw as Partial<Record<K, unknown>> | undefined)?.[key];
  if (typeof id !== 'string') throw new MigrationKitError(`${operation} answered without ${key}`);
  return raw as T & Record<K, string>;
}
