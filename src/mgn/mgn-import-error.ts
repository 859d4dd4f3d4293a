import type { ImportTaskError } from '@aws-sdk/client-mgn';

/** MGN's ImportErrorType: a bad row, or a file MGN could not process. */
export type MgnImportErrorType = 'VALIDATION_ERROR' | 'PROCESSING_ERROR';

/** One entry of ListImportErrors: why a row (or the whole file) was not imported. */
export interface MgnImportErrorItem {
  /** `VALIDATION_ERROR` for a bad row, `PROCESSING_ERROR` when the file could not be processed; absent if MGN omits it. */
  readonly errorType?: MgnImportErrorType | (string & {});
  /** The CSV row (1-based, the header is row 1) the error is about. */
  readonly rowNumber?: number;
  /** MGN's description of the problem. */
  readonly rawError?: string;
  /** The source server the row refers to, when it exists. */
  readonly sourceServerId?: string;
  /** The application the row refers to, when it exists. */
  readonly applicationId?: string;
  /** The wave the row refers to, when it exists. */
  readonly waveId?: string;
  /** The EC2 launch template the row refers to. */
  readonly ec2LaunchTemplateId?: string;
  /** The account the row names. */
  readonly accountId?: string;
  /** When MGN recorded the error. */
  readonly errorDateTime?: Date;
}

/** Maps the SDK's ImportTaskError onto {@link MgnImportErrorItem}, leaving absent members absent. @internal */
export function importErrorItemOf(raw: ImportTaskError): MgnImportErrorItem {
  const data = raw.errorData ?? {};
  const date = raw.errorDateTime === undefined ? undefined : new Date(raw.errorDateTime);
  const entries: [string, unknown][] = [
    ['errorType', raw.errorType],
    ['rowNumber', data.rowNumber],
    ['rawError', data.rawError],
    ['sourceServerId', data.sourceServerID],
    ['applicationId', data.applicationID],
    ['waveId', data.waveID],
    ['ec2LaunchTemplateId', data.ec2LaunchTemplateID],
    ['accountId', data.accountID],
    ['errorDateTime', date && !Number.isNaN(date.getTime()) ? date : undefined],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as MgnImportErrorItem;
}
