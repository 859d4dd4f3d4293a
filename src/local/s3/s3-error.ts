import { xmlDocument, type XmlNode } from './xml.js';

/**
 * An S3 error answer: the `Code` of S3's error list (`NoSuchKey`, `NoSuchBucket`, `BadDigest`, ...), its HTTP status,
 * and extra elements S3 adds (`Key`, `BucketName`, ...). HEAD answers carry no body, only the status.
 */
export class S3Error extends Error {
  /** The error code sent in `<Code>`. */
  readonly code: string;
  /** HTTP status. */
  readonly status: number;
  /** Extra elements of the error document, in order. */
  readonly fields: readonly (readonly [string, string])[];

  /** @param status - HTTP status. @param code - S3 error code. @param message - text. @param fields - extra elements. */
  constructor(status: number, code: string, message: string, fields: readonly (readonly [string, string])[] = []) {
    super(message);
    this.code = code;
    this.status = status;
    this.fields = fields;
  }

  /** The error document S3 sends, with the request id and host id it also puts in headers. */
  toXml(requestId: string, hostId: string): string {
    const root: XmlNode = ['Error', [['Code', this.code], ['Message', this.message], ...this.fields, ['RequestId', requestId], ['HostId', hostId]]];
    return xmlDocument(root, false);
  }
}

/** `NoSuchBucket` (404). */
export function noSuchBucket(bucket: string): S3Error {
  return new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', [['BucketName', bucket]]);
}

/** `NoSuchKey` (404). */
export function noSuchKey(key: string): S3Error {
  return new S3Error(404, 'NoSuchKey', 'The specified key does not exist.', [['Key', key]]);
}

/** `InvalidArgument` (400) naming the argument. */
export function invalidArgument(message: string, name: string, value: string): S3Error {
  return new S3Error(400, 'InvalidArgument', message, [
    ['ArgumentName', name],
    ['ArgumentValue', value],
  ]);
}

/** `NotImplemented` (501): a request the emulated S3 does not serve. */
export function notImplemented(what: string): S3Error {
  return new S3Error(501, 'NotImplemented', `A header or query you provided implies functionality that is not implemented (the emulator's S3 does not serve ${what})`);
}
