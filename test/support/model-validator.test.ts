import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ServiceModel } from './model-validator.js';
import {
  COMMON_ERRORS,
  SERVICE_NAMES,
  compilePattern,
  defaultTimestampFormat,
  loadModel,
  validateOperationError,
  validateOperationInput,
  validateOperationOutput,
  validateShape,
} from './model-validator.js';

const EPOCH = { timestampFormat: 'epoch-seconds' } as const;
const ISO = { timestampFormat: 'iso8601' } as const;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixturesDir = join(repoRoot, 'test', 'fixtures', 'models');
const sharedModels = join(repoRoot, '..', 'shared', 'aws-models');

const discovery = loadModel('discovery');
const mgn = loadModel('mgn');
const mgh = loadModel('mgh');
const dms = loadModel('dms');
const hubConfig = loadModel('migrationhub-config');

const DISCOVERY_TASK_ID = `import-task-${'0123456789abcdef'.repeat(2)}`;

function discoveryTask(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    importTaskId: DISCOVERY_TASK_ID,
    clientRequestToken: 'b7c1d8f2-token',
    name: 'wave-1',
    importUrl: 's3://bucket/servers.csv',
    status: 'IMPORT_COMPLETE_WITH_ERRORS',
    importRequestTime: 1_700_000_000,
    importCompletionTime: 1_700_000_060.25,
    fileClassification: 'IMPORT_TEMPLATE',
    serverImportSuccess: 9,
    serverImportFailure: 1,
    applicationImportSuccess: 0,
    applicationImportFailure: 0,
    errorsAndFailedEntriesZip: 'https://bucket.s3.amazonaws.com/errors.zip?X-Amz-Signature=abc',
    ...overrides,
  };
}

function mgnImport(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    importID: 'import-0123456789abcdefg',
    arn: 'arn:aws:mgn:us-west-2:123456789012:import/import-0123456789abcdefg',
    s3BucketSource: { s3Bucket: 'my-bucket', s3Key: 'inventory.csv', s3BucketOwner: '123456789012' },
    creationDateTime: '2024-05-01T10:00:00.123Z',
    endDateTime: '2024-05-01T10:05:00Z',
    status: 'SUCCEEDED',
    progressPercentage: 100,
    summary: {
      waves: { createdCount: 1, modifiedCount: 0 },
      applications: { createdCount: 2, modifiedCount: 0 },
      servers: { createdCount: 10, modifiedCount: 3 },
    },
    tags: { team: 'migration' },
    ...overrides,
  };
}

function walkKeys(value: unknown, visit: (key: string, parent: string) => void, parent = ''): void {
  if (Array.isArray(value)) value.forEach((v) => walkKeys(v, visit, parent));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      visit(key, parent);
      walkKeys(child, visit, key);
    }
  }
}

describe('fixtures', () => {
  it('holds exactly the operations the project uses, for every service', () => {
    expect(SERVICE_NAMES.map((s) => Object.keys(loadModel(s).operations).length)).toEqual([3, 6, 14, 7, 3, 14]);
    expect(Object.keys(discovery.operations).sort()).toEqual([
      'BatchDeleteImportData',
      'DescribeImportTasks',
      'StartImportTask',
    ]);
    expect(mgn.metadata).toMatchObject({ protocol: 'rest-json', signingName: 'mgn' });
    expect(discovery.metadata).toMatchObject({ protocol: 'json', targetPrefix: 'AWSPoseidonService_V2015_11_01' });
    expect(hubConfig.metadata).toMatchObject({ signingName: 'mgh', targetPrefix: 'AWSMigrationHubMultiAccountService' });
    expect(dms.waiters['ReplicationTaskReady']?.operation).toBe('DescribeReplicationTasks');
    expect(mgn.paginators['ListImports']).toMatchObject({ result_key: 'items', limit_key: 'maxResults' });
  });

  it('contains no documentation prose, and every referenced shape is defined', () => {
    for (const service of SERVICE_NAMES) {
      const model = loadModel(service);
      walkKeys(model, (key, parent) => {
        if (parent !== 'members') expect(['documentation', 'documentationUrl', 'description']).not.toContain(key);
      });
      for (const shape of Object.values(model.shapes)) {
        const refs =
          shape.type === 'structure'
            ? Object.values(shape.members)
            : shape.type === 'list'
              ? [shape.member]
              : shape.type === 'map'
                ? [shape.key, shape.value]
                : [];
        for (const ref of refs) expect(model.shapes, `${service} ${ref.shape}`).toHaveProperty([ref.shape]);
      }
    }
  });

  it('are deeply frozen and cached', () => {
    expect(loadModel('mgh')).toBe(mgh);
    expect(Object.isFrozen(mgh.shapes['Task'])).toBe(true);
    expect(() => loadModel('nope' as never)).toThrow(/unknown service/);
  });

  it.skipIf(!existsSync(sharedModels))('are what scripts/extract-models.mjs derives from ../shared/aws-models', () => {
    const out = mkdtempSync(join(tmpdir(), 'models-'));
    try {
      execFileSync(process.execPath, [join(repoRoot, 'scripts', 'extract-models.mjs'), sharedModels, out], {
        stdio: 'pipe',
      });
      const generated = readdirSync(out).sort();
      expect(generated).toEqual(SERVICE_NAMES.map((s) => `${s}.json`).sort());
      for (const file of generated) {
        expect(readFileSync(join(fixturesDir, file), 'utf8'), file).toBe(readFileSync(join(out, file), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('valid samples pass', () => {
  it('Discovery (awsJson1_1, epoch-second timestamps)', () => {
    expect(
      validateOperationOutput(discovery, 'DescribeImportTasks', { tasks: [discoveryTask()], nextToken: 'n1' }, EPOCH),
    ).toEqual([]);
    expect(validateOperationOutput(discovery, 'StartImportTask', { task: discoveryTask({ status: 'IMPORT_IN_PROGRESS' }) }, EPOCH)).toEqual([]);
    expect(
      validateOperationOutput(discovery, 'BatchDeleteImportData', {
        errors: [{ importTaskId: DISCOVERY_TASK_ID, errorCode: 'NOT_FOUND', errorDescription: 'gone' }],
      }),
    ).toEqual([]);
    expect(
      validateOperationInput(discovery, 'DescribeImportTasks', {
        filters: [{ name: 'STATUS', values: ['IMPORT_COMPLETE'] }],
        maxResults: 100,
      }),
    ).toEqual([]);
    expect(validateOperationInput(discovery, 'BatchDeleteImportData', { importTaskIds: [DISCOVERY_TASK_ID], deleteHistory: true })).toEqual([]);
  });

  it('MGN (restJson1, ISO-8601 date-time strings)', () => {
    expect(validateOperationOutput(mgn, 'ListImports', { items: [mgnImport()], nextToken: '' }, ISO)).toEqual([]);
    expect(validateOperationOutput(mgn, 'StartImport', { importTask: mgnImport({ status: 'PENDING', progressPercentage: 0 }) })).toEqual([]);
    expect(
      validateOperationOutput(mgn, 'ListImportErrors', {
        items: [{ errorDateTime: '2024-05-01T10:01:00Z', errorType: 'VALIDATION_ERROR', errorData: { rowNumber: 3, rawError: 'bad ip' } }],
      }),
    ).toEqual([]);
    expect(
      validateOperationInput(mgn, 'StartImport', {
        clientToken: 'c1',
        s3BucketSource: { s3Bucket: 'my-bucket', s3Key: 'folder/inventory.csv' },
      }),
    ).toEqual([]);
  });

  it('Migration Hub, Migration Hub Config and DMS', () => {
    expect(
      validateOperationOutput(mgh, 'DescribeMigrationTask', {
        MigrationTask: {
          ProgressUpdateStream: 'my-tool',
          MigrationTaskName: 'app-server-01',
          Task: { Status: 'IN_PROGRESS', StatusDetail: 'copying disks', ProgressPercent: 40 },
          UpdateDateTime: 1_700_000_000,
          ResourceAttributeList: [{ Type: 'IPV4_ADDRESS', Value: '10.0.0.1' }],
        },
      }),
    ).toEqual([]);
    expect(validateOperationOutput(mgh, 'NotifyMigrationTaskState', {})).toEqual([]);
    expect(validateOperationOutput(mgh, 'ListMigrationTasks', { NextToken: 'abc+/=', MigrationTaskSummaryList: [] })).toEqual([]);
    expect(
      validateOperationInput(mgh, 'NotifyMigrationTaskState', {
        ProgressUpdateStream: 'my-tool',
        MigrationTaskName: 'app-server-01',
        Task: { Status: 'COMPLETED', ProgressPercent: 100 },
        UpdateDateTime: 1_700_000_000.5,
        NextUpdateSeconds: 300,
      }),
    ).toEqual([]);
    expect(validateOperationOutput(hubConfig, 'GetHomeRegion', { HomeRegion: 'us-west-2' })).toEqual([]);
    expect(
      validateOperationOutput(hubConfig, 'DescribeHomeRegionControls', {
        HomeRegionControls: [
          { ControlId: 'hrc-abcdef012345', HomeRegion: 'us-west-2', Target: { Type: 'ACCOUNT', Id: '123456789012' }, RequestedTime: 1_700_000_000 },
        ],
      }),
    ).toEqual([]);
    expect(
      validateOperationOutput(dms, 'DescribeReplicationTaskAssessmentRuns', {
        ReplicationTaskAssessmentRuns: [
          {
            ReplicationTaskAssessmentRunArn: 'arn:aws:dms:us-west-2:123456789012:assessment-run:ABC',
            ReplicationTaskArn: 'arn:aws:dms:us-west-2:123456789012:task:XYZ',
            Status: 'error-provisioning', // a free string in the model, not an enum
            ReplicationTaskAssessmentRunCreationDate: 1_700_000_000,
            AssessmentProgress: { IndividualAssessmentCount: 5, IndividualAssessmentCompletedCount: 2 },
            IsLatestTaskAssessmentRun: true,
            ResultStatistic: { Passed: 1, Failed: 1, Error: 0, Warning: 0, Cancelled: 0, Skipped: 0 },
          },
        ],
        Marker: 'm',
      }),
    ).toEqual([]);
  });
});

describe('each problem class is detected', () => {
  it('a value outside the enum, with its JSON path', () => {
    const problems = validateOperationOutput(discovery, 'DescribeImportTasks', {
      tasks: [discoveryTask(), discoveryTask({ status: 'FOO' })],
    });
    const importStatus = discovery.shapes['ImportStatus'];
    const statuses = importStatus?.type === 'string' ? (importStatus.enum ?? []) : [];
    expect(statuses).toContain('IMPORT_COMPLETE_WITH_ERRORS');
    expect(problems).toEqual([`$.tasks[1].status: "FOO" is not one of ${statuses.join(', ')}`]);
    expect(problems[0]).toMatch(/^\$\.tasks\[1\]\.status: "FOO" is not one of IMPORT_IN_PROGRESS, IMPORT_COMPLETE, /);
  });

  it('a missing (or null) required member', () => {
    expect(
      validateOperationOutput(mgh, 'DescribeMigrationTask', { MigrationTask: { Task: { ProgressPercent: 5 } } }),
    ).toEqual(['$.MigrationTask.Task.Status: missing required member of Task']);
    expect(validateOperationInput(discovery, 'BatchDeleteImportData', { importTaskIds: null })).toEqual([
      '$.importTaskIds: missing required member of BatchDeleteImportDataRequest',
    ]);
    expect(validateOperationOutput(mgn, 'ListImports', { items: [mgnImport({ s3BucketSource: { s3Bucket: 'b' } })] })).toEqual([
      '$.items[0].s3BucketSource.s3Key: missing required member of S3BucketSource',
    ]);
  });

  it('wrong JSON types', () => {
    const problems = validateOperationOutput(discovery, 'DescribeImportTasks', {
      tasks: [discoveryTask({ serverImportSuccess: '9', serverImportFailure: 1.5, name: 7 })],
      nextToken: null,
    });
    expect(problems).toEqual([
      '$.tasks[0].name: expected string (ImportTaskName), got number 7',
      '$.tasks[0].serverImportSuccess: expected integer (integer number) (Integer), got string "9"',
      '$.tasks[0].serverImportFailure: expected integer (integer number) (Integer), got number 1.5',
    ]);
    expect(validateOperationOutput(discovery, 'DescribeImportTasks', { tasks: {} })).toEqual([
      '$.tasks: expected list (array) (ImportTaskList), got object',
    ]);
    expect(validateOperationOutput(discovery, 'DescribeImportTasks', { tasks: [null] })).toEqual([
      '$.tasks[0]: expected structure (object) (ImportTask), got null',
    ]);
    expect(validateOperationOutput(dms, 'DescribeReplicationTaskAssessmentRuns', [])).toEqual([
      '$: expected structure (object) (DescribeReplicationTaskAssessmentRunsResponse), got array',
    ]);
    expect(
      validateOperationOutput(dms, 'DescribeReplicationTaskAssessmentRuns', {
        ReplicationTaskAssessmentRuns: [{ IsLatestTaskAssessmentRun: 'true' }],
      }),
    ).toEqual(['$.ReplicationTaskAssessmentRuns[0].IsLatestTaskAssessmentRun: expected boolean (Boolean), got string "true"']);
    expect(validateOperationOutput(mgn, 'ListImports', { items: [mgnImport({ progressPercentage: '50' })] })).toEqual([
      '$.items[0].progressPercentage: expected float (number) (Float), got string "50"',
    ]);
  });

  it('ISO-8601 strings where epoch seconds are due, and the reverse', () => {
    const iso = discoveryTask({ importRequestTime: '2024-05-01T10:00:00Z' });
    expect(validateOperationOutput(discovery, 'DescribeImportTasks', { tasks: [iso] }, EPOCH)).toEqual([
      '$.tasks[0].importRequestTime: expected timestamp as epoch seconds (a number) (TimeStamp), got string "2024-05-01T10:00:00Z"',
    ]);
    // the same body is right when the wire format is ISO-8601, except for the epoch numbers in it
    expect(validateOperationOutput(discovery, 'DescribeImportTasks', { tasks: [iso] }, ISO)).toEqual([
      '$.tasks[0].importCompletionTime: expected timestamp as an ISO-8601 date-time string (TimeStamp), got number 1700000060.25',
    ]);
    expect(
      validateOperationOutput(
        discovery,
        'DescribeImportTasks',
        { tasks: [discoveryTask({ importRequestTime: '2024-02-30T10:00:00Z', importCompletionTime: '2024-02-29T10:00:00+02:00' })] },
        ISO,
      ),
    ).toEqual([
      '$.tasks[0].importRequestTime: expected timestamp as an ISO-8601 date-time string (TimeStamp), got string "2024-02-30T10:00:00Z"',
    ]);
    expect(validateOperationOutput(discovery, 'DescribeImportTasks', { tasks: [discoveryTask({ importRequestTime: Date.now() })] })).toEqual([
      expect.stringMatching(/^\$\.tasks\[0\]\.importRequestTime: timestamp \d+ looks like epoch milliseconds/),
    ]);
    // MGN date-times are string shapes with a pattern: checked by the pattern, whatever the option says
    expect(validateOperationOutput(mgn, 'ListImports', { items: [mgnImport({ creationDateTime: 1_700_000_000 })] }, EPOCH)).toEqual([
      '$.items[0].creationDateTime: expected string (ISO8601DatetimeString), got number 1700000000',
    ]);
    expect(validateOperationOutput(mgn, 'ListImports', { items: [mgnImport({ endDateTime: '2024-13-01T10:00:00Z' })] })).toEqual([
      expect.stringMatching(/^\$\.items\[0\]\.endDateTime: "2024-13-01T10:00:00Z" does not match the pattern/),
    ]);
  });

  it('strings that are too long or too short', () => {
    expect(validateOperationInput(discovery, 'StartImportTask', { name: 'x'.repeat(256), importUrl: 's3://b/k.csv' })).toEqual([
      '$.name: string length 256 is above the maximum 255 (ImportTaskName)',
    ]);
    expect(validateOperationInput(discovery, 'StartImportTask', { name: 'n', importUrl: 's3://b/k.csv', clientRequestToken: '' })).toEqual([
      '$.clientRequestToken: string length 0 is below the minimum 1 (ClientRequestToken)',
    ]);
    // length counts code points, not UTF-16 units: 255 emoji fit
    expect(validateOperationInput(discovery, 'StartImportTask', { name: '🚀'.repeat(255), importUrl: 's3://b/k.csv' })).toEqual([]);
  });

  it('unknown members, at any depth', () => {
    expect(validateOperationOutput(discovery, 'DescribeImportTasks', { importTasks: [] })).toEqual([
      '$.importTasks: unknown member of DescribeImportTasksResponse',
    ]);
    expect(validateOperationOutput(mgn, 'ListImports', { items: [mgnImport({ 'progress-%': 1 })] })).toEqual([
      '$.items[0]["progress-%"]: unknown member of ImportTask',
    ]);
    expect(validateOperationOutput(mgh, 'NotifyMigrationTaskState', { ok: true })).toEqual([
      '$.ok: unknown member of NotifyMigrationTaskStateResult',
    ]);
  });

  it('numbers out of range', () => {
    expect(
      validateOperationInput(mgh, 'NotifyMigrationTaskState', {
        ProgressUpdateStream: 's',
        MigrationTaskName: 't',
        Task: { Status: 'IN_PROGRESS', ProgressPercent: 101 },
        UpdateDateTime: 1_700_000_000,
        NextUpdateSeconds: -1,
      }),
    ).toEqual([
      '$.Task.ProgressPercent: 101 is above the maximum 100 (ProgressPercent)',
      '$.NextUpdateSeconds: -1 is below the minimum 0 (NextUpdateSeconds)',
    ]);
    expect(validateOperationInput(discovery, 'DescribeImportTasks', { maxResults: 0 })).toEqual([
      '$.maxResults: 0 is below the minimum 1 (DescribeImportTasksMaxResults)',
    ]);
    expect(validateOperationOutput(discovery, 'DescribeImportTasks', { tasks: [discoveryTask({ serverImportSuccess: 2 ** 31 })] })).toEqual([
      '$.tasks[0].serverImportSuccess: 2147483648 does not fit a 32-bit integer (Integer)',
    ]);
  });

  it('list sizes, list elements, map keys and map values', () => {
    const ids = Array.from({ length: 11 }, () => DISCOVERY_TASK_ID);
    expect(validateOperationInput(discovery, 'BatchDeleteImportData', { importTaskIds: ids })).toEqual([
      '$.importTaskIds: list has 11 items, above the maximum 10 (ToDeleteIdentifierList)',
    ]);
    expect(validateOperationInput(discovery, 'BatchDeleteImportData', { importTaskIds: [] })).toEqual([
      '$.importTaskIds: list has 0 items, below the minimum 1 (ToDeleteIdentifierList)',
    ]);
    expect(validateOperationInput(discovery, 'BatchDeleteImportData', { importTaskIds: [DISCOVERY_TASK_ID, 'import-task-nope'] })).toEqual([
      '$.importTaskIds[1]: "import-task-nope" does not match the pattern /^import-task-[a-fA-F0-9]{32}$/ (ImportTaskIdentifier)',
    ]);
    const problems = validateOperationOutput(mgn, 'ListImports', {
      items: [mgnImport({ tags: { ['k'.repeat(257)]: 'v', ok: 5 } })],
    });
    expect(problems).toEqual([
      expect.stringMatching(/^\$\.items\[0\]\.tags\["k{257}"\] \(map key\): string length 257 is above the maximum 256 \(TagKey\)$/),
      '$.items[0].tags["ok"]: expected string (TagValue), got number 5',
    ]);
  });

  it('patterns, including Java-only escapes the u flag rejects as written', () => {
    // [^/:|\000-\037]+ : a control character anywhere is fine (unanchored), a stream made only of them is not
    expect(validateOperationInput(mgh, 'CreateProgressUpdateStream', { ProgressUpdateStreamName: '\u0001\u001f' })).toEqual([
      '$.ProgressUpdateStreamName: "\\u0001\\u001f" does not match the pattern /[^/:|\\000-\\037]+/ (ProgressUpdateStream)',
    ]);
    expect(validateOperationInput(mgh, 'CreateProgressUpdateStream', { ProgressUpdateStreamName: 'my/tool:x' })).toEqual([]);
    // ^[a-zA-Z0-9\/\+\=]{0,2048}$
    expect(validateOperationOutput(mgh, 'ListMigrationTasks', { NextToken: 'not a token!' })).toEqual([
      '$.NextToken: "not a token!" does not match the pattern /^[a-zA-Z0-9\\/\\+\\=]{0,2048}$/ (Token)',
    ]);
    expect(validateOperationInput(hubConfig, 'CreateHomeRegionControl', { HomeRegion: 'us_west_2', Target: { Type: 'ACCOUNT' } })).toEqual([
      '$.HomeRegion: "us_west_2" does not match the pattern /^([a-z]+)-([a-z]+)-([0-9]+)$/ (HomeRegion)',
    ]);
  });

  it('errors the operation does not model', () => {
    expect(validateOperationError(dms, 'DescribeReplicationTaskAssessmentRuns', 'AccessDeniedFault', { message: 'no' })).toEqual([
      expect.stringMatching(/^\$: error "AccessDeniedFault" is not modelled for DescribeReplicationTaskAssessmentRuns \(modelled: ResourceNotFoundFault; common: ThrottlingException, /),
    ]);
    expect(validateOperationError(discovery, 'StartImportTask', 'ResourceNotFoundException', {})).toHaveLength(1);
    expect(validateOperationError(mgn, 'ListExports', 'ValidationException', { message: 'bad' })).toHaveLength(1);
  });

  it('error bodies that do not fit the error shape', () => {
    expect(
      validateOperationError(dms, 'StartReplicationTaskAssessmentRun', 'ResourceNotFoundFault', {
        __type: 'InvalidResourceStateFault',
        message: 3,
        code: 'x',
      }),
    ).toEqual([
      '$.__type: "InvalidResourceStateFault" does not name the error ResourceNotFoundFault',
      '$.message: expected string (ExceptionMessage), got number 3',
      '$.code: unknown member of ResourceNotFoundFault',
    ]);
    expect(validateOperationError(mgh, 'ListMigrationTasks', 'ThrottlingException', { RetryAfterSeconds: 5 })).toEqual([
      '$.Message: missing required member of ThrottlingException',
    ]);
    expect(validateOperationError(mgn, 'StartImport', 'ValidationException', { message: 'm', reason: 'typo' })).toEqual([
      '$.reason: "typo" is not one of unknownOperation, cannotParse, fieldValidationFailed, other',
    ]);
    expect(validateOperationError(discovery, 'StartImportTask', 'ThrottlingException', { message: {} })).toEqual([
      '$.message: expected string, got object',
    ]);
    expect(validateOperationError(mgh, 'ListMigrationTasks', 'HomeRegionNotSetException', 'oops')).toEqual([
      '$: expected an error body object, got string "oops"',
    ]);
  });
});

describe('errors that are fine', () => {
  it('modelled errors, with the protocol noise the SDK accepts', () => {
    expect(
      validateOperationError(dms, 'DescribeReplicationTaskAssessmentRuns', 'ResourceNotFoundFault', {
        __type: 'ResourceNotFoundFault',
        message: 'no such run',
      }),
    ).toEqual([]);
    expect(
      validateOperationError(discovery, 'DescribeImportTasks', 'com.amazonaws.discovery#HomeRegionNotSetException', {
        __type: 'HomeRegionNotSetException:http://internal.amazon.com/coral/',
        message: 'set it',
      }),
    ).toEqual([]);
    // mgh models `Message`; the SDK also reads `message`
    expect(validateOperationError(mgh, 'ListMigrationTasks', 'ThrottlingException', { message: 'slow down', RetryAfterSeconds: 2 })).toEqual([]);
    expect(validateOperationError(mgn, 'StartImport', 'ServiceQuotaExceededException', undefined)).toEqual([]);
  });

  it('common errors on operations that do not model them', () => {
    expect(COMMON_ERRORS).toContain('ThrottlingException');
    expect(COMMON_ERRORS).not.toContain('AccessDeniedException');
    for (const name of COMMON_ERRORS) {
      expect(validateOperationError(dms, 'DescribeReplicationTasks', name, { __type: name, message: 'x' })).toEqual([]);
    }
    expect(validateOperationError(mgn, 'ListImports', 'ThrottlingException', { message: 'Rate exceeded' })).toEqual([]);
  });
});

describe('generic shape features (synthetic model)', () => {
  const model: ServiceModel = {
    metadata: { apiVersion: '2020-01-01', endpointPrefix: 'x', protocol: 'rest-json', serviceId: 'X' },
    operations: {
      Ping: { name: 'Ping', http: { method: 'POST', requestUri: '/ping' } },
      Get: {
        name: 'Get',
        http: { method: 'GET', requestUri: '/things/{id}' },
        input: { shape: 'GetInput' },
        output: { shape: 'GetOutput' },
      },
    },
    shapes: {
      GetInput: {
        type: 'structure',
        required: ['id'],
        members: { id: { shape: 'Str', location: 'uri', locationName: 'id' }, choice: { shape: 'Choice' } },
      },
      GetOutput: {
        type: 'structure',
        members: {
          at: { shape: 'Ts' },
          httpDate: { shape: 'Ts', timestampFormat: 'rfc822' },
          iso: { shape: 'IsoTs' },
          ratio: { shape: 'Dbl' },
          data: { shape: 'Bytes' },
          counts: { shape: 'Counts' },
        },
      },
      Choice: { type: 'structure', union: true, members: { a: { shape: 'Str' }, b: { shape: 'Str' } } },
      Str: { type: 'string' },
      Ts: { type: 'timestamp' },
      IsoTs: { type: 'timestamp', timestampFormat: 'iso8601' },
      Dbl: { type: 'double', min: 0, max: 1 },
      Bytes: { type: 'blob', max: 3 },
      Counts: { type: 'map', key: { shape: 'Str' }, value: { shape: 'Long' }, min: 1 },
      Long: { type: 'long' },
    },
    paginators: {},
    waiters: {},
  };

  it('an operation without output accepts {} and nothing else', () => {
    expect(validateOperationOutput(model, 'Ping', {})).toEqual([]);
    expect(validateOperationOutput(model, 'Ping', undefined)).toEqual([]);
    expect(validateOperationInput(model, 'Ping', {})).toEqual([]);
    expect(validateOperationOutput(model, 'Ping', { ok: 1 })).toEqual(['$.ok: Ping has no output, so no members']);
    expect(validateOperationOutput(model, 'Ping', 'ok')).toEqual(['$: Ping has no output; expected {}, got string "ok"']);
  });

  it('members bound outside the body are neither required in it nor allowed in it', () => {
    expect(validateOperationInput(model, 'Get', {})).toEqual([]);
    expect(validateOperationInput(model, 'Get', { id: 'x' })).toEqual(['$.id: bound to uri "id", not the JSON body (GetInput)']);
  });

  it('unions need exactly one member', () => {
    expect(validateOperationInput(model, 'Get', { choice: { a: 'x' } })).toEqual([]);
    expect(validateOperationInput(model, 'Get', { choice: { a: 'x', b: 'y' } })).toEqual([
      '$.choice: union Choice must have exactly one member set, got 2 (a, b)',
    ]);
    expect(validateOperationInput(model, 'Get', { choice: {} })).toEqual(['$.choice: union Choice must have exactly one member set, got 0']);
  });

  it('timestamp formats declared by the shape or member win over the option', () => {
    const ok = { at: 1_700_000_000, httpDate: 'Tue, 14 Nov 2023 22:13:20 GMT', iso: '2023-11-14T22:13:20Z' };
    expect(defaultTimestampFormat(model)).toBe('epoch-seconds');
    expect(validateOperationOutput(model, 'Get', ok)).toEqual([]);
    expect(validateOperationOutput(model, 'Get', { ...ok, at: '2023-11-14T22:13:20Z' }, ISO)).toEqual([]);
    expect(validateOperationOutput(model, 'Get', { httpDate: 1_700_000_000, iso: 1_700_000_000 }, EPOCH)).toEqual([
      '$.httpDate: expected timestamp as an HTTP date string (Ts), got number 1700000000',
      '$.iso: expected timestamp as an ISO-8601 date-time string (IsoTs), got number 1700000000',
    ]);
  });

  it('doubles, blobs and map sizes', () => {
    expect(validateOperationOutput(model, 'Get', { ratio: 0.5, data: 'AAEC', counts: { a: 1 } })).toEqual([]);
    expect(validateOperationOutput(model, 'Get', { ratio: 'NaN' })).toEqual([]);
    expect(validateOperationOutput(model, 'Get', { ratio: 1.5, data: 'AAECAw==', counts: {} })).toEqual([
      '$.ratio: 1.5 is above the maximum 1 (Dbl)',
      '$.data: blob size 4 is above the maximum 3 (Bytes)',
      '$.counts: map has 0 entries, below the minimum 1 (Counts)',
    ]);
    expect(validateOperationOutput(model, 'Get', { data: 'not base64!', counts: { a: 1.5 } })).toEqual([
      '$.data: expected blob (base64 string) (Bytes), got string "not base64!"',
      '$.counts["a"]: expected long (integer number) (Long), got number 1.5',
    ]);
  });

  it('misuse throws instead of reporting', () => {
    expect(() => validateOperationOutput(model, 'Nope', {})).toThrow(/operation "Nope" is not in the X model/);
    expect(() => validateShape(model, 'Nope', {}, EPOCH)).toThrow(/shape "Nope"/);
    expect(() => validateOperationOutput(model, 'toString', {})).toThrow(/operation "toString"/);
  });
});

describe('compilePattern', () => {
  it('compiles with the u flag, rewrites Java escapes, and skips what cannot compile', () => {
    expect(compilePattern('^a+$')?.flags).toBe('u');
    expect(compilePattern('[^/:|\\000-\\037]+')?.test('\u0000')).toBe(false);
    expect(compilePattern('[^/:|\\000-\\037]+')?.test('a')).toBe(true);
    expect(compilePattern('^[\\=]$')?.test('=')).toBe(true);
    expect(compilePattern('(?<!x')).toBeUndefined();
    // a shape whose pattern cannot compile is not failed on it
    const model: ServiceModel = {
      metadata: { apiVersion: '1', endpointPrefix: 'x', protocol: 'json', serviceId: 'X' },
      operations: {},
      shapes: { Odd: { type: 'string', pattern: '(unclosed', max: 3 } },
      paginators: {},
      waiters: {},
    };
    expect(validateShape(model, 'Odd', 'anything', EPOCH)).toEqual(['$: string length 8 is above the maximum 3 (Odd)']);
  });
});
