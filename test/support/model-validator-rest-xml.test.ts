import { describe, expect, it } from 'vitest';
import { loadModel } from './model-validator.js';
import { validateRestXmlError, validateRestXmlInput, validateRestXmlOutput } from './model-validator-rest-xml.js';
import { parseXml } from './model-validator-xml.js';

const s3 = loadModel('s3');
const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const XML = { 'content-type': 'application/xml' };

function listing(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult ${NS}><Name>b</Name><KeyCount>1</KeyCount><IsTruncated>false</IsTruncated>${inner}</ListBucketResult>`;
}
const OBJECT = '<Contents><Key>a.csv</Key><LastModified>2026-11-30T10:00:00.000Z</LastModified><ETag>"x"</ETag><Size>3</Size><StorageClass>STANDARD</StorageClass></Contents>';

describe('validateRestXmlOutput', () => {
  it('accepts a ListObjectsV2 body with flattened Contents and CommonPrefixes', () => {
    const body = listing(`${OBJECT}${OBJECT}<CommonPrefixes><Prefix>dir/</Prefix></CommonPrefixes>`);
    expect(validateRestXmlOutput(s3, 'ListObjectsV2', { status: 200, headers: XML, body })).toEqual([]);
  });

  it('reports unknown elements, bad scalars, enums, timestamps and a missing namespace', () => {
    const problems = validateRestXmlOutput(s3, 'ListObjectsV2', {
      status: 200,
      headers: XML,
      body: listing(OBJECT.replace('<Size>3</Size>', '<Size>three</Size>').replace('STANDARD', 'COLD').replace('2026-11-30T10:00:00.000Z', 'yesterday') + '<Owner>me</Owner>').replace(` ${NS}`, ''),
    });
    expect(problems).toEqual([
      "root <ListBucketResult> lacks S3's xmlns",
      '$.Contents[0].Size: "three" is not an integer',
      '$: unknown element <Owner>',
      expect.stringMatching(/LastModified: expected timestamp as an ISO-8601/),
      expect.stringMatching(/StorageClass: "COLD" is not one of/),
    ]);
  });

  it('checks header members: integers, HTTP dates, enums, and the status', () => {
    const headers = { 'content-length': '12', 'last-modified': 'Mon, 30 Nov 2026 11:16:06 GMT', etag: '"e"', 'x-amz-server-side-encryption': 'AES256' };
    expect(validateRestXmlOutput(s3, 'HeadObject', { status: 200, headers })).toEqual([]);
    expect(
      validateRestXmlOutput(s3, 'HeadObject', {
        status: 201,
        headers: { ...headers, 'content-length': '12.5', 'last-modified': '2026-11-30T11:16:06Z', 'x-amz-server-side-encryption': 'ROT13' },
      }),
    ).toEqual([
      'status 201, but HeadObject answers 200',
      'header Last-Modified: "2026-11-30T11:16:06Z" is not an HTTP date',
      'header Content-Length: "12.5" is not an integer',
      expect.stringMatching(/^header x-amz-server-side-encryption: "ROT13" is not one of/),
    ]);
    expect(validateRestXmlOutput(s3, 'DeleteObject', { status: 200, headers: {} })).toEqual(['status 200, but DeleteObject answers 204']);
    expect(validateRestXmlOutput(s3, 'GetObject', { status: 206, headers: { 'content-range': 'bytes 0-1/3' } })).toEqual([]);
    expect(validateRestXmlOutput(s3, 'HeadBucket', { status: 200, headers: {}, body: '<x/>' })).toEqual(['HeadBucket binds no member to the body, but the answer has one']);
  });
});

describe('validateRestXmlError', () => {
  const error = (code: string, requestId = 'R1'): string => `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>m</Message><RequestId>${requestId}</RequestId><HostId>h</HostId></Error>`;

  it('accepts modelled and documented errors at their status, with the request id', () => {
    expect(validateRestXmlError(s3, 'GetObject', 'NoSuchKey', { status: 404, headers: { 'x-amz-request-id': 'R1' }, body: error('NoSuchKey') }, 'GET')).toEqual([]);
    expect(validateRestXmlError(s3, 'PutObject', 'NoSuchBucket', { status: 404, headers: { 'x-amz-request-id': 'R1' }, body: error('NoSuchBucket') }, 'PUT')).toEqual([]);
    expect(validateRestXmlError(s3, 'PutObject', 'BadDigest', { status: 400, headers: { 'x-amz-request-id': 'R1' }, body: error('BadDigest') }, 'PUT')).toEqual([]);
    expect(validateRestXmlError(s3, 'HeadObject', 'NoSuchKey', { status: 404, headers: { 'x-amz-request-id': 'R1' } }, 'HEAD')).toEqual([]);
  });

  it('reports unknown codes, wrong statuses, mismatched ids, extra elements and HEAD bodies', () => {
    expect(validateRestXmlError(s3, 'GetObject', 'Teapot', { status: 418, headers: { 'x-amz-request-id': 'R1' }, body: error('Teapot') }, 'GET')).toEqual([
      'error Teapot is neither modelled for GetObject nor a documented S3 error',
    ]);
    expect(
      validateRestXmlError(s3, 'GetObject', 'NoSuchKey', { status: 400, headers: {}, body: error('NoSuchBucket', 'R2').replace('<HostId>', '<Extra>x</Extra><HostId>') }, 'GET'),
    ).toEqual([
      'error NoSuchKey with status 400, expected 404',
      'error without an x-amz-request-id header',
      '<Code>NoSuchBucket</Code> does not match NoSuchKey',
      '<RequestId> differs from the x-amz-request-id header',
      'error element <Extra> is not one S3 sends',
    ]);
    expect(validateRestXmlError(s3, 'HeadObject', 'NoSuchKey', { status: 404, headers: { 'x-amz-request-id': 'R1' }, body: error('NoSuchKey') }, 'HEAD')).toEqual(['a HEAD error with a body']);
  });
});

describe('validateRestXmlInput', () => {
  it('checks members by name, type and requirement', () => {
    expect(validateRestXmlInput(s3, 'ListObjectsV2', { Bucket: 'b', MaxKeys: 10, EncodingType: 'url' })).toEqual([]);
    expect(validateRestXmlInput(s3, 'ListObjectsV2', { MaxKeys: 'ten', EncodingType: 'base64', Colour: 'red' })).toEqual([
      expect.stringMatching(/^request MaxKeys: expected integer/),
      expect.stringMatching(/^request EncodingType: "base64" is not one of url/),
      'request member Colour is not in ListObjectsV2Request',
      'request lacks the required Bucket',
    ]);
  });
});

describe('parseXml', () => {
  it('reads elements, attributes and entities, and refuses malformed documents', () => {
    const root = parseXml('<?xml version="1.0"?><a x="1"><b>&lt;&#65;&#x42;&amp;</b><c/></a>');
    expect(root).toMatchObject({ name: 'a', attributes: { x: '1' }, children: [{ name: 'b', text: '<AB&' }, { name: 'c', text: '' }] });
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>text<b/></a>')).toThrow(/mixes/);
    expect(() => parseXml('<a>&bogus;</a>')).toThrow(/unescaped/);
    expect(() => parseXml('<a/><b/>')).toThrow(/after the root/);
  });
});
