import type { ExportTaskError } from '@aws-sdk/client-mgn';

/** One entry of ListExportErrors. */
export interface MgnExportErrorItem {
  /** MGN's description of the problem. */
  readonly rawError?: string;
  /** When MGN recorded the error. */
  readonly errorDateTime?: Date;
}

/** Maps the SDK's ExportTaskError onto {@link MgnExportErrorItem}. @internal */
export function exportErrorItemOf(raw: ExportTaskError): MgnExportErrorItem {
  const rawError = raw.errorData?.rawError;
  const date = raw.errorDateTime === undefined ? undefined : new Date(raw.errorDateTime);
  return {
    ...(rawError !== undefined ? { rawError } : {}),
    ...(date && !Number.isNaN(date.getTime()) ? { errorDateTime: date } : {}),
  };
}
