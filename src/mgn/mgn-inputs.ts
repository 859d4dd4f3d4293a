import type { ListOptions } from '../core/index.js';

/** An S3 object MGN reads (imports) or writes (exports). */
export interface MgnS3Location {
  /** The bucket name. */
  readonly bucket: string;
  /** The object key; MGN requires a `.csv` object. */
  readonly key: string;
  /** The 12-digit account id that must own the bucket (S3's expected bucket owner check). */
  readonly bucketOwner?: string;
}

/**
 * Input of {@link MgnService.startImport}.
 * @example
 * ```ts
 * await mgn.startImport({ bucket: 'migration-inventory', key: 'wave-1/servers.csv', tags: { team: 'infra' } });
 * ```
 */
export interface MgnStartImportInput extends MgnS3Location {
  /**
   * Idempotency token (1–64 printable characters): starting again with the same token returns the same import.
   * @default a new random UUID per call, reused by every retry of that call
   */
  readonly clientToken?: string;
  /** Tags for the import task: at most 50, keys 1–256 and values 0–256 characters, no `aws:` prefix. @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Input of {@link MgnService.startExport}. */
export interface MgnStartExportInput extends MgnS3Location {
  /** Tags for the export task, with the same limits as an import's. @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Options of {@link MgnService.imports}. */
export interface MgnImportListOptions extends ListOptions {
  /** Only these imports (at most 10 ids). @default every import */
  readonly importIDs?: readonly string[];
}

/** Options of {@link MgnService.exports}. */
export interface MgnExportListOptions extends ListOptions {
  /** Only these exports (at most 10 ids). @default every export */
  readonly exportIDs?: readonly string[];
}
