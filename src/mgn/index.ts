/**
 * `aws-migration-kit/mgn`: Application Migration Service imports and exports. `@aws-sdk/client-mgn` is loaded on the
 * first request. Internal helpers (the SDK loader, validation, the request coalescer) are private on purpose.
 * @packageDocumentation
 */
export { MgnService } from './mgn-service.js';
export type { MgnServiceOptions } from './mgn-service.js';
export { MgnJob } from './mgn-job.js';
export type { RawMgnJob } from './mgn-job.js';
export { MgnImport } from './mgn-import.js';
export type { MgnImportCounts, MgnImportSummary } from './mgn-import.js';
export { MgnExport } from './mgn-export.js';
export type { MgnExportSummary } from './mgn-export.js';
export { mgnJobStatusOf } from './mgn-job-status.js';
export type { MgnExportStatus, MgnImportStatus, MgnJobStatus, MgnRawStatus } from './mgn-job-status.js';
export type { MgnImportErrorItem, MgnImportErrorType } from './mgn-import-error.js';
export type { MgnExportErrorItem } from './mgn-export-error.js';
export type { MgnExportListOptions, MgnImportListOptions, MgnS3Location, MgnStartExportInput, MgnStartImportInput } from './mgn-inputs.js';
export { validateImportFile } from './import-file-validate.js';
export type { MgnImportFileOptions } from './import-file.js';
export type { ImportFileValidation } from '../storage/index.js';
export { MGN_IMPORT_LIMITS } from './import-file-rules.js';
export type { MgnImportProblemCode } from './import-file-rules.js';
export { formatImportFileReport, ImportFileError } from '../core/csv-report.js';
export type { ImportFileCounts, ImportFileProblem, ImportFileReport, ImportFileTemplate, ImportProblemSeverity, CommonImportProblemCode } from '../core/csv-report.js';
export type { CsvFilePath, CsvSource } from '../core/csv-source.js';
export type { ValidateImportFileOptions } from '../core/csv-options.js';
