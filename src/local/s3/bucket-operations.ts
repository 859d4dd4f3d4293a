import { createHash } from 'node:crypto';
import { xmlAnswer, type S3Answer, type S3Call } from './answer.js';
import { listObjectsV2 } from './list-objects.js';
import { invalidArgument, noSuchBucket, S3Error } from './s3-error.js';
import type { S3Store } from './store.js';
import { xmlDocument, xmlText, type XmlNode } from './xml.js';

/** Where the emulated account and region come from. */
export interface S3Account {
  /** The emulator's region: buckets live there. */
  readonly region: string;
  /** The emulated account id (its canonical user id is derived from it). */
  readonly accountId: string;
}

/**
 * Why `name` is not a valid general purpose bucket name (S3 User Guide, "General purpose bucket naming rules"),
 * or undefined when it is.
 */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return 'must be 3 to 63 characters long';
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name)) return 'may hold only lowercase letters, digits, dots and hyphens, and must begin and end with a letter or digit';
  if (name.includes('..')) return 'must not hold two adjacent dots';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return 'must not be formatted as an IP address';
  if (/^(xn--|sthree-|amzn-s3-demo-)/.test(name) || /(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name)) return 'uses a reserved prefix or suffix';
  return undefined;
}

/**
 * CreateBucket. Outside us-east-1, S3 requires a `LocationConstraint` naming the endpoint's region; an existing
 * bucket of the same account answers `BucketAlreadyOwnedByYou` (us-east-1 answers 200, as S3 does for legacy reasons).
 */
export function createBucket(store: S3Store, call: S3Call, account: S3Account): S3Answer {
  const problem = bucketNameProblem(call.bucket);
  if (problem) throw new S3Error(400, 'InvalidBucketName', `The specified bucket is not valid: the name ${problem}.`, [['BucketName', call.bucket]]);
  const body = new TextDecoder().decode(call.body);
  const constraint = body.trim() === '' ? undefined : xmlText(body, 'LocationConstraint');
  if (constraint !== undefined) call.input['CreateBucketConfiguration'] = { LocationConstraint: constraint };
  const expected = account.region === 'us-east-1' ? undefined : account.region;
  if ((constraint || undefined) !== expected) {
    throw new S3Error(
      400,
      'IllegalLocationConstraintException',
      constraint
        ? `The ${constraint} location constraint is incompatible for the region specific endpoint this request was sent to.`
        : 'The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.',
    );
  }
  if (store.bucket(call.bucket) && account.region !== 'us-east-1') {
    throw new S3Error(409, 'BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', [['BucketName', call.bucket]]);
  }
  store.createBucket(call.bucket);
  return { status: 200, headers: { location: `/${call.bucket}` } };
}

/** HeadBucket: 200 with the bucket's region, or a bodiless 404. */
export function headBucket(store: S3Store, call: S3Call, account: S3Account): S3Answer {
  if (!store.bucket(call.bucket)) throw noSuchBucket(call.bucket);
  return { status: 200, headers: { 'x-amz-bucket-region': account.region, 'x-amz-access-point-alias': 'false' } };
}

/** DeleteBucket: only an empty bucket can go. */
export function deleteBucket(store: S3Store, call: S3Call): S3Answer {
  const bucket = store.bucket(call.bucket);
  if (!bucket) throw noSuchBucket(call.bucket);
  if (bucket.objects.size > 0) throw new S3Error(409, 'BucketNotEmpty', 'The bucket you tried to delete is not empty', [['BucketName', call.bucket]]);
  store.deleteBucket(call.bucket);
  return { status: 204, headers: {} };
}

/** ListObjectsV2 (see {@link listObjectsV2}). */
export function listObjects(store: S3Store, call: S3Call): S3Answer {
  const bucket = store.bucket(call.bucket);
  if (!bucket) throw noSuchBucket(call.bucket);
  const q = (name: string): string | undefined => call.query.get(name) ?? undefined;
  const query = {
    ...opt('prefix', q('prefix')),
    ...opt('delimiter', q('delimiter')),
    ...opt('maxKeys', q('max-keys')),
    ...opt('continuationToken', q('continuation-token')),
    ...opt('startAfter', q('start-after')),
    ...opt('encodingType', q('encoding-type')),
  };
  return xmlAnswer(xmlDocument(listObjectsV2(bucket, query)));
}

/** ListBuckets: the account's buckets in name order, with `prefix`, `max-buckets` and a continuation token. */
export function listBuckets(store: S3Store, call: S3Call, account: S3Account): S3Answer {
  const prefix = call.query.get('prefix') ?? '';
  const maxText = call.query.get('max-buckets');
  if (maxText !== null && !(/^\d+$/.test(maxText) && Number(maxText) >= 1 && Number(maxText) <= 10_000)) {
    throw invalidArgument('max-buckets must be an integer from 1 to 10000', 'max-buckets', maxText);
  }
  const after = call.query.get('continuation-token');
  const afterName = after === null ? '' : Buffer.from(after, 'base64url').toString('utf8');
  const regionFilter = call.query.get('bucket-region');
  const all = store
    .buckets()
    .filter((b) => b.name.startsWith(prefix) && b.name > afterName && (regionFilter === null || regionFilter === account.region));
  const page = maxText === null ? all : all.slice(0, Number(maxText));
  const truncated = page.length < all.length;
  const owner = createHash('sha256').update(account.accountId).digest('hex');
  const root: XmlNode = [
    'ListAllMyBucketsResult',
    [
      ['Owner', [['ID', owner]]],
      ['Buckets', page.map((b): XmlNode => ['Bucket', [['Name', b.name], ['CreationDate', new Date(b.created).toISOString()], ['BucketRegion', account.region]]])],
      truncated ? ['ContinuationToken', Buffer.from(page.at(-1)?.name ?? '', 'utf8').toString('base64url')] : undefined,
      call.query.has('prefix') ? ['Prefix', prefix] : undefined,
    ],
  ];
  return xmlAnswer(xmlDocument(root));
}

function opt<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
