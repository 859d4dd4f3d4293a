import { ServiceFault, type EmulatorContext } from '../service.js';
import type { IdFactory } from './ids.js';
import type { Job } from './jobs.js';
import { ACCOUNT_ID, codePoints, readString, readTags, S3_BUCKET, S3_KEY, validationError } from './wire.js';

/** What StartImport and StartExport share with the emulator. @internal */
export interface StartContext {
  /** The emulator context (clock, account, region). */
  readonly ctx: EmulatorContext;
  /** Id source. */
  readonly ids: IdFactory;
  /** Every job, in creation order; starts append here. */
  readonly jobs: Job[];
  /** How long a new job stays PENDING. */
  readonly pendingMs: number;
  /** Active import quota. */
  readonly maxActiveImports: number;
  /** Active export quota. */
  readonly maxActiveExports: number;
}

/**
 * StartImport: validates the request, returns the existing import for a repeated `clientToken` (ConflictException
 * when the token comes back with other parameters), enforces the active-import quota, and records a new import.
 * @internal
 */
export function startImport(start: StartContext, input: Record<string, unknown>): Job {
  const source = input['s3BucketSource'];
  if (typeof source !== 'object' || source === null || Array.isArray(source)) throw validationError('s3BucketSource', 'is required');
  const location = readLocation(source as Record<string, unknown>, 's3BucketSource.');
  const tags = readTags(input);
  const token = input['clientToken'];
  if (token !== undefined && (typeof token !== 'string' || codePoints(token) > 64)) throw validationError('clientToken', 'must be a string of at most 64 characters');
  if (typeof token === 'string' && token !== '') {
    const previous = start.jobs.find((job) => job.id.startsWith('import-') && job.clientToken === token);
    if (previous) {
      if (sameRequest(previous, location, tags)) return previous;
      throw new ServiceFault('ConflictException', `clientToken ${token} was already used for ${previous.id} with different parameters`, {
        status: 409,
        fields: { resourceId: previous.id, resourceType: 'IMPORT_TASK' },
      });
    }
  }
  checkQuota(start, 'import-', start.maxActiveImports, 'IMPORT_TASK');
  return record(start, 'import', location, tags, typeof token === 'string' && token !== '' ? token : undefined);
}

/** StartExport: validates the request, enforces the active-export quota and records a new export. @internal */
export function startExport(start: StartContext, input: Record<string, unknown>): Job {
  const location = readLocation(input, '');
  const tags = readTags(input);
  checkQuota(start, 'export-', start.maxActiveExports, 'EXPORT_TASK');
  return record(start, 'export', location, tags, undefined);
}

interface Location {
  readonly bucket: string;
  readonly key: string;
  readonly owner: string | undefined;
}

function readLocation(input: Record<string, unknown>, path: string): Location {
  const bucket = readString(input, 's3Bucket', S3_BUCKET, 'an S3 bucket name', `${path}s3Bucket`);
  const key = readString(input, 's3Key', S3_KEY, 'the key of a .csv object', `${path}s3Key`);
  const owner = input['s3BucketOwner'] === undefined ? undefined : readString(input, 's3BucketOwner', ACCOUNT_ID, 'a 12-digit account id', `${path}s3BucketOwner`);
  return { bucket, key, owner };
}

function sameRequest(job: Job, location: Location, tags: Readonly<Record<string, string>>): boolean {
  const sameTags = JSON.stringify(Object.entries(job.tags).sort()) === JSON.stringify(Object.entries(tags).sort());
  return job.bucket === location.bucket && job.key === location.key && job.owner === location.owner && sameTags;
}

function checkQuota(start: StartContext, prefix: string, max: number, resourceType: string): void {
  const active = start.jobs.filter((job) => job.id.startsWith(prefix) && !job.finished).length;
  if (active < max) return;
  throw new ServiceFault('ServiceQuotaExceededException', `At most ${max} ${resourceType === 'IMPORT_TASK' ? 'imports' : 'exports'} may run at once`, {
    status: 402,
    fields: { resourceType, serviceCode: 'mgn', quotaCode: resourceType === 'IMPORT_TASK' ? 'L-MGN-IMPORTS' : 'L-MGN-EXPORTS', quotaValue: max },
  });
}

function record(start: StartContext, kind: 'import' | 'export', location: Location, tags: Record<string, string>, clientToken: string | undefined): Job {
  const { ctx } = start;
  const id = start.ids.next(`${kind}-`);
  const createdAt = ctx.clock.now();
  const job: Job = {
    id,
    arn: `arn:aws:mgn:${ctx.region}:${ctx.accountId}:${kind}/${id}`,
    bucket: location.bucket,
    key: location.key,
    ...(location.owner !== undefined ? { owner: location.owner } : {}),
    tags: { ...tags },
    ...(clientToken !== undefined ? { clientToken } : {}),
    createdAt,
    startAt: createdAt + start.pendingMs,
  };
  start.jobs.push(job);
  return job;
}
