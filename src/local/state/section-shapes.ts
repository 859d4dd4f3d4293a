import { IMPORT_STATUSES } from '../discovery/wire-input.js';
import { arr, obj, opt, type Shape } from './state-shape.js';

// The saved shape of each service's state (see docs/emulator.md, "Saving and loading state").

const TAGS: Shape = { record: 'string' };

/** Discovery: import tasks with their outcomes and deletions, scripted failures, recent deletions. @internal */
export const DISCOVERY_STATE: Shape = obj({
  tasks: arr(
    obj({
      seq: 'number',
      id: 'string',
      token: 'string',
      name: 'string',
      importUrl: 'string',
      requestedAt: 'number',
      completesAt: 'number',
      outcome: obj({
        status: { oneOf: [...IMPORT_STATUSES.filter((status) => status.startsWith('IMPORT_') && status !== 'IMPORT_IN_PROGRESS'), 'INTERNAL_ERROR'] },
        fileClassification: opt({ oneOf: ['IMPORT_TEMPLATE'] }),
        serverImportSuccess: 'number',
        serverImportFailure: 'number',
        applicationImportSuccess: 'number',
        applicationImportFailure: 'number',
        archive: opt(obj({ bucket: 'string', key: 'string' })),
        applications: { map: 'number' },
      }),
      deletion: opt(
        obj({
          requestedAt: 'number',
          completesAt: 'number',
          result: { oneOf: IMPORT_STATUSES.filter((status) => status.startsWith('DELETE_') && status !== 'DELETE_IN_PROGRESS') },
          history: 'boolean',
        }),
      ),
    }),
  ),
  scriptedImports: arr({ oneOf: ['IMPORT_FAILED', 'INTERNAL_ERROR'] }),
  scriptedDeleteFailures: 'number',
  deletions: arr(obj({ at: 'number', records: 'number' })),
});

const ENTITY = { id: 'string', tags: TAGS } as const;

/** MGN: jobs with their timelines and outcomes, the inventory, ids issued, scripted export failures. @internal */
export const MGN_STATE: Shape = obj({
  initialized: 'boolean',
  jobs: arr(
    obj({
      id: 'string',
      arn: 'string',
      bucket: 'string',
      key: 'string',
      owner: opt('string'),
      tags: TAGS,
      clientToken: opt('string'),
      createdAt: 'number',
      startAt: 'number',
      run: opt(obj({ endAt: 'number', failure: opt('string'), errors: arr('any') })),
      finished: opt('boolean'),
      importOutcome: opt({ record: 'any' }),
      exportOutcome: opt(obj({ csv: 'string', servers: 'number', applications: 'number', waves: 'number' })),
    }),
  ),
  servers: { map: obj({ ...ENTITY, userProvidedId: 'string', platform: 'string', fqdn: opt('string'), launch: TAGS, applicationId: opt('string') }) },
  applications: { map: obj({ ...ENTITY, name: 'string', description: opt('string'), waveId: opt('string') }) },
  waves: { map: obj({ ...ENTITY, name: 'string', description: opt('string') }) },
  exportFailures: arr('string'),
});

/** Migration Hub: streams and their tasks, denied operations. @internal */
export const HUB_STATE: Shape = obj({
  streams: {
    map: {
      map: obj({
        stream: 'string',
        name: 'string',
        task: opt(obj({ Status: 'string', StatusDetail: opt('string'), ProgressPercent: opt('number') })),
        updateDateTime: 'number',
        nextUpdateSeconds: opt('number'),
        attributes: arr(obj({ Type: 'string', Value: 'string' })),
        artifacts: { map: obj({ Name: 'string', Description: opt('string') }) },
        resources: { map: obj({ ConfigurationId: 'string', Description: opt('string') }) },
      }),
    },
  },
  denied: arr('string'),
});

/** DMS: replication tasks, assessment runs, declared buckets. @internal */
export const DMS_STATE: Shape = obj({
  taskCount: 'number',
  defaultInstanceArn: 'string',
  buckets: opt(arr('string')),
  tasks: arr(
    obj({
      arn: 'string',
      identifier: 'string',
      migrationType: 'string',
      instanceArn: 'string',
      sourceEndpointArn: 'string',
      targetEndpointArn: 'string',
      createdAt: 'number',
      outcome: { oneOf: ['passed', 'warning', 'failed', 'error-provisioning', 'error-executing'] },
      applicable: arr('string'),
    }),
  ),
  runs: arr(
    obj({
      spec: obj({
        arn: 'string',
        taskArn: 'string',
        name: 'string',
        assessments: arr(obj({ name: 'string', arn: 'string' })),
        outcome: { oneOf: ['passed', 'warning', 'failed', 'error-provisioning', 'error-executing'] },
        echo: { record: 'string' },
      }),
      createdAt: 'number',
      timings: obj({ startingMs: 'number', provisioningMs: 'number', assessmentMs: 'number', deletingMs: 'number' }),
      cancelledAt: opt('number'),
      deletedAt: opt('number'),
    }),
  ),
});

/** The emulated S3: buckets with their objects. @internal */
export const S3_STATE: Shape = obj({
  buckets: arr(
    obj({
      name: 'string',
      created: 'number',
      objects: {
        map: obj({
          body: 'bytes',
          etag: 'string',
          lastModified: 'number',
          contentType: 'string',
          contentEncoding: opt('string'),
          metadata: { record: 'string' },
          checksum: opt(obj({ name: { oneOf: ['crc32', 'crc32c', 'crc64nvme', 'sha1', 'sha256', 'sha512', 'md5'] }, value: 'string', type: opt({ oneOf: ['FULL_OBJECT', 'COMPOSITE'] }) })),
        }),
      },
    }),
  ),
});
