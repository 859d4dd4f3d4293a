/**
 * The contract table: one row per public method, with a valid argument list, its option objects and its
 * field-level invalid inputs. Adding a public method without a row fails `inputs.test.ts`.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MigrationKit } from '../../src/index.js';
import { waitAll, waitAny, validateImportFile } from '../../src/index.js';
import { DiscoveryService } from '../../src/discovery/index.js';
import { DmsService } from '../../src/dms/index.js';
import { MgnService } from '../../src/mgn/index.js';
import { MigrationHubService } from '../../src/migration-hub/index.js';
import { MigrationKit as Kit } from '../../src/index.js';
import { RequestEngine } from '../../src/core/index.js';
import { ObjectStore, S3Object } from '../../src/storage/index.js';
import { withAt, type Probe, type Row } from './probe.js';

/** Valid ids, names and ARNs of every service. */
export const IDS = {
  importTask: `import-task-${'a'.repeat(32)}`,
  mgnImport: 'import-0123456789abcdefg',
  mgnExport: 'export-0123456789abcdefg',
  stream: 'contract-tool',
  task: 'vm-01',
  dmsTask: 'arn:aws:dms:us-west-2:111122223333:task:CONTRACTTASK',
  dmsRun: 'arn:aws:dms:us-west-2:111122223333:assessment-run:CONTRACTRUN',
  role: 'arn:aws:iam::111122223333:role/dms-assessments',
} as const;

const OPTIONS = { label: 'options', prefix: '', key: 'signal' } as const;
const wait = { label: 'options', prefix: '', key: 'timeoutMs' } as const;
const emoji = (n: number): string => '😀'.repeat(n);

/** String-argument probes: empty, wrong type, null, too long (in code points). */
function stringProbes(args: readonly unknown[], i: number, field: string, max: number): readonly Probe[] {
  const at = (v: unknown): unknown[] => args.map((a, j) => (j === i ? v : a));
  return [
    { kind: 'empty', args: at(''), field },
    { kind: 'wrong type', args: at(42), field },
    { kind: 'null', args: at(null), field },
    { kind: 'too long', args: at(emoji(max + 1)), field },
  ];
}

/** Probes shared by every wait: non-finite, negative and overflowing durations, a bad clock, signal and callback. */
function waitProbes(valid: readonly unknown[]): readonly Probe[] {
  return [
    { kind: 'non-finite', args: withAt(valid, '0.timeoutMs', Number.NaN), field: 'timeoutMs' },
    { kind: 'non-finite', args: withAt(valid, '0.minDelayMs', Number.POSITIVE_INFINITY), field: 'minDelayMs' },
    { kind: 'out of range', args: withAt(valid, '0.maxDelayMs', -1), field: 'maxDelayMs' },
    { kind: 'out of range', args: withAt(valid, '0.timeoutMs', 2 ** 31), field: 'timeoutMs' },
    { kind: 'wrong type', args: withAt(valid, '0.clock', { now: () => 0 }), field: 'clock' },
    { kind: 'wrong type', args: withAt(valid, '0.signal', {}), field: 'signal' },
  ];
}

/** Probes of every list: page size out of range or non-finite, a bad signal. */
function listProbes(valid: readonly unknown[], i: number): readonly Probe[] {
  return [
    { kind: 'out of range', args: withAt(valid, `${i}.pageSize`, 0), field: 'pageSize' },
    { kind: 'non-finite', args: withAt(valid, `${i}.pageSize`, Number.NaN), field: 'pageSize' },
    { kind: 'wrong type', args: withAt(valid, `${i}.signal`, 'abort'), field: 'signal' },
  ];
}

/** The handles and facades the rows call, made from one kit on the emulator (none of them sends anything). */
export interface Subjects {
  readonly kit: MigrationKit;
  readonly clientConfig: Readonly<Record<string, unknown>>;
}

/** Every public method's row. */
export function rows({ kit, clientConfig }: Subjects): Row[] {
  const d = kit.discovery;
  const m = kit.mgn;
  const h = kit.hub;
  const dms = kit.dms;
  const task = () => d.importTask(IDS.importTask);
  const mgnImport = () => m.import(IDS.mgnImport);
  const mgnExport = () => m.export(IDS.mgnExport);
  const stream = () => h.stream(IDS.stream);
  const hubTask = () => h.migrationTask(IDS.stream, IDS.task);
  const repTask = () => dms.replicationTask(IDS.dmsTask);
  const run = () => dms.assessmentRun(IDS.dmsRun);
  const unreachable = new ObjectStore(() => Promise.reject(new Error('the contract must not reach S3')), new RequestEngine());
  const s3Object = () => new S3Object(unreachable, { bucket: 'contract-bucket', key: 'results/summary.json', size: 2 });
  const list = () => d.importTasks();
  const start = { name: 'wave-1', importUrl: 's3://contract-bucket/servers.csv' };
  const mgnStart = { bucket: 'contract-bucket', key: 'servers.csv' };
  const dmsStart = { name: 'pre-cutover', serviceAccessRoleArn: IDS.role, resultLocation: { bucket: 'contract-bucket' } };
  const update = { status: 'IN_PROGRESS', progressPercent: 10, nextUpdateSeconds: 300 };
  const checkpoint = (service: string, resource: string, id: string, scope?: string) => ({ v: 1, service, resource, id, ...(scope ? { scope } : {}) });
  const checkpointProbes = (valid: Record<string, unknown>): readonly Probe[] => [
    { kind: 'null', args: [null], field: 'checkpoint' },
    { kind: 'wrong type', args: ['{not json'], field: 'checkpoint' },
    { kind: 'empty', args: [{ ...valid, id: '' }], field: 'checkpoint.id' },
    { kind: 'wrong type', args: [{ ...valid, id: 7 }], field: 'checkpoint.id' },
    { kind: 'null', args: [{ ...valid, status: null }], field: 'checkpoint.status' },
    { kind: 'out of range', args: [{ ...valid, v: 2 }], field: 'checkpoint.v' },
    { kind: 'wrong type', args: [{ ...valid, status: { kind: 'done', raw: 'X' } }], field: 'checkpoint.status.kind' },
    { kind: 'unknown key', args: [{ ...valid, token: 'x' }], field: 'checkpoint.token' },
  ];
  const serviceCheckpoint = (valid: Record<string, unknown>, other: string): readonly Probe[] => [
    ...(checkpointProbes(valid)),
    { kind: 'wrong service', args: [{ ...valid, service: other }], field: 'checkpoint.service' },
  ];
  const ctor = (label: string, make: (o: unknown) => unknown): Row => ({
    method: `${label}.constructor`,
    call: make,
    valid: [{ ...clientConfig }],
    objects: { 0: { label: 'options', prefix: '', key: 'region' } },
    probes: [
      { kind: 'unknown key', args: [{ ...clientConfig, requestHandler: {} }], field: 'requestHandler' },
      { kind: 'misspelt key', args: [{ ...clientConfig, regoin: 'us-west-2' }], field: 'regoin' },
      { kind: 'wrong type', args: [{ ...clientConfig, maxAttempts: '3' }], field: 'maxAttempts' },
      { kind: 'out of range', args: [{ ...clientConfig, maxAttempts: 0 }], field: 'maxAttempts' },
      { kind: 'wrong type', args: [{ ...clientConfig, endpoint: 'ftp://x' }], field: 'endpoint' },
      { kind: 'empty', args: [{ ...clientConfig, region: '' }], field: 'region' },
      { kind: 'wrong type', args: [{ ...clientConfig, client: {} }], field: 'client' },
      { kind: 'wrong type', args: [{ ...clientConfig, credentials: { accessKeyId: 'x' } }], field: 'credentials' },
    ],
  });
  const waitRows = (cls: string, handle: () => { waitUntilComplete(o: never): unknown; waitUntilSucceeded(o: never): unknown; watch(o: never): unknown }): Row[] => [
    { method: `${cls}.waitUntilComplete`, call: (o) => handle().waitUntilComplete(o as never), valid: [{ timeoutMs: 0 }], objects: { 0: wait }, probes: [...(waitProbes([{}])), { kind: 'wrong type', args: [{ onProgress: 'log' }], field: 'onProgress' }] },
    { method: `${cls}.waitUntilSucceeded`, call: (o) => handle().waitUntilSucceeded(o as never), valid: [{ timeoutMs: 0 }], objects: { 0: wait }, probes: waitProbes([{}]) },
    { method: `${cls}.watch`, call: (o) => handle().watch(o as never), valid: [{ timeoutMs: 0 }], objects: { 0: wait }, probes: [...(waitProbes([{}])), { kind: 'unknown key', args: [{ onProgress: () => undefined }], field: 'onProgress' }] },
  ];
  const pollRow = (cls: string, handle: () => { poll(o: never): unknown }): Row => ({
    method: `${cls}.poll`,
    call: (o) => handle().poll(o as never),
    valid: [{ signal: AbortSignal.abort() }],
    objects: { 0: { label: 'options', prefix: '', key: 'minDelayMs' } },
    probes: [
      { kind: 'non-finite', args: [{ minDelayMs: Number.NaN }], field: 'minDelayMs' },
      { kind: 'out of range', args: [{ maxDelayMs: 2 ** 31 }], field: 'maxDelayMs' },
      { kind: 'wrong type', args: [{ random: 0.5 }], field: 'random' },
      { kind: 'wrong type', args: [{ signal: true }], field: 'signal' },
    ],
  });
  const callRow = (method: string, call: (...args: unknown[]) => unknown): Row => ({ method, call, valid: [{}], objects: { 0: OPTIONS }, probes: [{ kind: 'wrong type', args: [{ signal: true }], field: 'signal' }] });
  const listRow = (method: string, call: (...args: unknown[]) => unknown, key = 'pageSize'): Row => ({ method, call, valid: [{}], objects: { 0: { ...OPTIONS, key } }, probes: listProbes([{}], 0) });
  const mutation = (method: string, call: (...args: unknown[]) => unknown, valid: readonly unknown[] = [{}], at = 0): Row => ({
    method,
    call,
    valid,
    objects: { [at]: { label: 'options', prefix: '', key: 'dryRun' } },
    probes: [{ kind: 'wrong type', args: valid.map((v, i) => (i === at ? { dryRun: 'yes' } : v)), field: 'dryRun' }],
  });

  return [
    // The kit.
    { ...ctor('MigrationKit', (o) => new Kit(o as never)), probes: [
      { kind: 'unknown key', args: [{ ...clientConfig, retryStrategy: {} }], field: 'retryStrategy' },
      { kind: 'misspelt key', args: [{ ...clientConfig, client: {} }], field: 'client' },
      { kind: 'wrong type', args: [{ ...clientConfig, clients: { mgn: {} } }], field: 'clients.mgn' },
      { kind: 'unknown key', args: [{ ...clientConfig, dms: { client: {} } }], field: 'dms.client' },
      { kind: 'wrong type', args: [{ ...clientConfig, hub: { clock: {} } }], field: 'hub.clock' },
    ] },
    { method: 'MigrationKit.resume', call: (c) => kit.resume(c as never), valid: [checkpoint('dms', 'AssessmentRun', IDS.dmsRun)], checkpoint: true, probes: [
      ...(checkpointProbes(checkpoint('mgn', 'MgnImport', IDS.mgnImport))),
      { kind: 'wrong service', args: [{ ...checkpoint('mgn', 'MgnImport', IDS.mgnImport), service: 'ec2' }], field: 'checkpoint.service' },
      { kind: 'wrong type', args: [{ ...checkpoint('migration-hub', 'MigrationTask', IDS.task) }], field: 'checkpoint.scope' },
    ] },
    // Discovery.
    ctor('DiscoveryService', (o) => new DiscoveryService(o as never)),
    { method: 'DiscoveryService.startImport', call: (i, o) => d.startImport(i as never, o as never), valid: [start, {}],
      objects: { 0: { label: 'input', prefix: '', key: 'clientRequestToken' }, 1: OPTIONS },
      accepts: [[{ ...start, name: emoji(200) }, {}], [{ ...start, name: 'x'.repeat(255) }, {}]],
      probes: [
        { kind: 'misspelt key', args: [{ ...start, clientToken: 'x' }, {}], field: 'clientToken' },
        { kind: 'empty', args: [{ ...start, name: '' }, {}], field: 'name' },
        { kind: 'too long', args: [{ ...start, name: emoji(256) }, {}], field: 'name' },
        { kind: 'wrong type', args: [{ ...start, name: 5 }, {}], field: 'name' },
        { kind: 'null', args: [{ ...start, importUrl: null }, {}], field: 'importUrl' },
        { kind: 'wrong type', args: [{ ...start, importUrl: 'ftp://x/y.csv' }, {}], field: 'importUrl' },
        { kind: 'too long', args: [{ ...start, clientRequestToken: 'x'.repeat(101) }, {}], field: 'clientRequestToken' },
      ] },
    { method: 'DiscoveryService.importFile', call: (f, o) => d.importFile(f as never, o as never), valid: ['ExternalId\n', { bucket: 'contract-bucket', name: 'wave-1' }], objects: { 1: { label: 'options', prefix: '', key: 'bucket' } },
      probes: [
        { kind: 'empty', args: ['x', { bucket: 'contract-bucket', name: '' }], field: 'name' },
        { kind: 'too long', args: ['x', { bucket: 'contract-bucket', name: emoji(256) }], field: 'name' },
        { kind: 'wrong type', args: ['x', { bucket: 'contract-bucket', name: 'w', validate: true }], field: 'validate' },
        { kind: 'misspelt key', args: ['x', { bucket: 'contract-bucket', name: 'w', clientToken: 't' }], field: 'clientToken' },
      ] },
    { method: 'DiscoveryService.importTask', call: (id) => d.importTask(id as never), valid: [IDS.importTask], probes: stringProbes([IDS.importTask], 0, 'id', 200) },
    { method: 'DiscoveryService.importTasks', call: (f, o) => d.importTasks(f as never, o as never), valid: [{ status: 'IMPORT_COMPLETE' }, {}],
      objects: { 0: { label: 'filter', prefix: 'filter.', key: 'status' }, 1: { ...OPTIONS, key: 'pageSize' } },
      probes: [
        ...(listProbes([{}, {}], 1)),
        { kind: 'wrong type', args: [{ status: 'DONE' }, {}], field: 'filter.status' },
        { kind: 'empty', args: [{ ids: [] }, {}], field: 'filter.ids' },
        { kind: 'wrong type', args: [{ ids: ['x'] }, {}], field: 'filter.ids[0]' },
        { kind: 'too long', args: [{ name: emoji(256) }, {}], field: 'filter.name' },
      ] },
    { method: 'DiscoveryService.deleteImportTasks', call: (ids, o) => d.deleteImportTasks(ids as never, o as never), valid: [[IDS.importTask], {}],
      objects: { 1: { ...OPTIONS, key: 'deleteHistory' } },
      probes: [
        { kind: 'empty', args: [[], {}], field: 'ids' },
        { kind: 'null', args: [null, {}], field: 'ids' },
        { kind: 'wrong type', args: [[IDS.importTask, 'x'], {}], field: 'ids[1]' },
        { kind: 'wrong type', args: [[IDS.importTask], { deleteHistory: 'yes' }], field: 'deleteHistory' },
      ] },
    { method: 'DiscoveryService.waitAll', call: (t, o) => d.waitAll(t as never, o as never), valid: [[], { timeoutMs: 0 }], objects: { 1: wait },
      probes: [{ kind: 'non-finite', args: [[], { timeoutMs: Number.NaN }], field: 'timeoutMs' }, { kind: 'wrong type', args: [[{}], {}], field: 'handles[0]' }] },
    { method: 'DiscoveryService.resume', call: (c) => d.resume(c as never), valid: [checkpoint('discovery', 'ImportTask', IDS.importTask)], checkpoint: true,
      probes: serviceCheckpoint(checkpoint('discovery', 'ImportTask', IDS.importTask), 'mgn') },
    callRow('ImportTask.refresh', (o) => task().refresh(o as never)),
    { method: 'ImportTask.delete', call: (o) => task().delete(o as never), valid: [{}], objects: { 0: { ...OPTIONS, key: 'deleteHistory' } },
      probes: [{ kind: 'wrong type', args: [{ deleteHistory: 'yes' }], field: 'deleteHistory' }] },
    callRow('ImportTask.failedRecords', (o) => task().failedRecords(o as never)),
    ...waitRows('ImportTask', task),
    pollRow('ImportTask', task),
    // MGN.
    ctor('MgnService', (o) => new MgnService(o as never)),
    { method: 'MgnService.startImport', call: (i, o) => m.startImport(i as never, o as never), valid: [mgnStart, {}],
      objects: { 0: { label: 'input', prefix: '', key: 'clientToken' }, 1: OPTIONS },
      probes: [
        { kind: 'misspelt key', args: [{ ...mgnStart, clientRequestToken: 'x' }, {}], field: 'clientRequestToken' },
        { kind: 'empty', args: [{ ...mgnStart, bucket: '' }, {}], field: 'bucket' },
        { kind: 'too long', args: [{ ...mgnStart, key: `${'k'.repeat(1021)}.csv` }, {}], field: 'key' },
        { kind: 'wrong type', args: [{ ...mgnStart, tags: ['x'] }, {}], field: 'tags' },
        { kind: 'too long', args: [{ ...mgnStart, tags: { team: emoji(257) } }, {}], field: 'tags.team' },
        { kind: 'wrong type', args: [{ ...mgnStart, bucketOwner: 12 }, {}], field: 'bucketOwner' },
      ],
      accepts: [[{ ...mgnStart, tags: { team: emoji(256) } }, {}]] },
    { method: 'MgnService.imports', call: (o) => m.imports(o as never), valid: [{}], objects: { 0: { ...OPTIONS, key: 'importIDs' } },
      probes: [
        ...(listProbes([{}], 0)),
        { kind: 'misspelt key', args: [{ importIds: [IDS.mgnImport] }], field: 'importIds' },
        { kind: 'empty', args: [{ importIDs: [] }], field: 'importIDs' },
        { kind: 'out of range', args: [{ importIDs: Array.from({ length: 11 }, () => IDS.mgnImport) }], field: 'importIDs' },
      ] },
    { method: 'MgnService.import', call: (id) => m.import(id as never), valid: [IDS.mgnImport], probes: stringProbes([IDS.mgnImport], 0, 'id', 24) },
    { method: 'MgnService.startExport', call: (i, o) => m.startExport(i as never, o as never), valid: [mgnStart, {}],
      objects: { 0: { label: 'input', prefix: '', key: 'bucket' }, 1: OPTIONS },
      probes: [{ kind: 'unknown key', args: [{ ...mgnStart, clientToken: 'x' }, {}], field: 'clientToken' }, { kind: 'null', args: [{ ...mgnStart, key: null }, {}], field: 'key' }] },
    { method: 'MgnService.exports', call: (o) => m.exports(o as never), valid: [{}], objects: { 0: { ...OPTIONS, key: 'exportIDs' } },
      probes: [...(listProbes([{}], 0)), { kind: 'wrong type', args: [{ exportIDs: [IDS.mgnImport] }], field: 'exportIDs[0]' }] },
    { method: 'MgnService.export', call: (id) => m.export(id as never), valid: [IDS.mgnExport], probes: stringProbes([IDS.mgnExport], 0, 'id', 24) },
    { method: 'MgnService.resume', call: (c) => m.resume(c as never), valid: [checkpoint('mgn', 'MgnImport', IDS.mgnImport)], checkpoint: true,
      probes: [...(serviceCheckpoint(checkpoint('mgn', 'MgnImport', IDS.mgnImport), 'dms')), { kind: 'wrong type', args: [checkpoint('mgn', 'MgnExport', IDS.mgnImport)], field: 'checkpoint.id' }] },
    callRow('MgnImport.refresh', (o) => mgnImport().refresh(o as never)),
    listRow('MgnImport.errors', (o) => mgnImport().errors(o as never)),
    ...waitRows('MgnImport', mgnImport),
    pollRow('MgnImport', mgnImport),
    callRow('MgnExport.refresh', (o) => mgnExport().refresh(o as never)),
    callRow('MgnExport.read', (o) => mgnExport().read(o as never)),
    { method: 'MgnExport.download', call: (p, o) => mgnExport().download(p as never, o as never), valid: [join(tmpdir(), 'contract-export.csv'), {}], objects: { 1: OPTIONS },
      probes: [...stringProbes([join(tmpdir(), 'contract-export.csv'), {}], 0, 'path', 4096), { kind: 'wrong type', args: ['x.csv', { signal: true }], field: 'signal' }] },
    { method: 'MgnService.importFile', call: (f, o) => m.importFile(f as never, o as never), valid: ['mgn:server:user-provided-id\n', { bucket: 'contract-bucket' }], objects: { 1: { label: 'options', prefix: '', key: 'bucket' } },
      probes: [
        { kind: 'wrong type', args: ['x', { bucket: 'B_' }], field: 'bucket' },
        { kind: 'wrong type', args: ['x', { bucket: 'contract-bucket', validate: 'strict' }], field: 'validate' },
        { kind: 'wrong type', args: ['x', { bucket: 'contract-bucket', key: 'inventory.txt' }], field: 'key' },
        { kind: 'misspelt key', args: ['x', { bucket: 'contract-bucket', clientRequestToken: 't' }], field: 'clientRequestToken' },
      ] },
    listRow('MgnExport.errors', (o) => mgnExport().errors(o as never)),
    ...waitRows('MgnExport', mgnExport),
    pollRow('MgnExport', mgnExport),
    // Migration Hub.
    ctor('MigrationHubService', (o) => new MigrationHubService(o as never)),
    { method: 'MigrationHubService.stream', call: (n) => h.stream(n as never), valid: [IDS.stream], probes: stringProbes([IDS.stream], 0, 'stream', 50) },
    listRow('MigrationHubService.streams', (o) => h.streams(o as never)),
    { method: 'MigrationHubService.migrationTask', call: (s, n, o) => h.migrationTask(s as never, n as never, o as never), valid: [IDS.stream, IDS.task, {}],
      objects: { 2: { ...OPTIONS, key: 'nextUpdateSeconds' } },
      probes: [...(stringProbes([IDS.stream, IDS.task, {}], 1, 'taskName', 256)), { kind: 'out of range', args: [IDS.stream, IDS.task, { nextUpdateSeconds: -1 }], field: 'nextUpdateSeconds' }] },
    { method: 'MigrationHubService.migrationTasks', call: (o) => h.migrationTasks(o as never), valid: [{}], objects: { 0: { ...OPTIONS, key: 'resourceName' } },
      probes: [...(listProbes([{}], 0)), { kind: 'too long', args: [{ resourceName: emoji(1601) }], field: 'resourceName' }] },
    { method: 'MigrationHubService.resume', call: (c, o) => h.resume(c as never, o as never), valid: [checkpoint('migration-hub', 'MigrationTask', IDS.task, IDS.stream), {}], checkpoint: true,
      probes: [...(serviceCheckpoint(checkpoint('migration-hub', 'MigrationTask', IDS.task, IDS.stream), 'dms')), { kind: 'wrong type', args: [checkpoint('migration-hub', 'MigrationTask', IDS.task, 'a/b')], field: 'checkpoint.scope' }] },
    callRow('MigrationHubService.homeRegion', (o) => h.homeRegion(o as never)),
    mutation('ProgressUpdateStream.create', (o) => stream().create(o as never)),
    mutation('ProgressUpdateStream.delete', (o) => stream().delete(o as never)),
    { method: 'ProgressUpdateStream.task', call: (n, o) => stream().task(n as never, o as never), valid: [IDS.task, {}], objects: { 1: { ...OPTIONS, key: 'nextUpdateSeconds' } }, probes: stringProbes([IDS.task, {}], 0, 'taskName', 256) },
    { method: 'MigrationTask.isStaleAt', call: (w) => hubTask().isStaleAt(w as never), valid: [0], probes: [
      { kind: 'null', args: [null], field: 'when' }, { kind: 'non-finite', args: [Number.NaN], field: 'when' }, { kind: 'wrong type', args: [new Date(Number.NaN)], field: 'when' },
    ] },
    callRow('MigrationTask.refresh', (o) => hubTask().refresh(o as never)),
    { method: 'MigrationTask.notify', call: (u, o) => hubTask().notify(u as never, o as never), valid: [update, {}],
      objects: { 0: { label: 'update', prefix: '', key: 'progressPercent' }, 1: OPTIONS },
      accepts: [[{ ...update, detail: emoji(2500) }, {}]],
      probes: [
        { kind: 'out of range', args: [{ ...update, progressPercent: 101 }, {}], field: 'progressPercent' },
        { kind: 'non-finite', args: [{ ...update, progressPercent: Number.NaN }, {}], field: 'progressPercent' },
        { kind: 'too long', args: [{ ...update, detail: emoji(2501) }, {}], field: 'detail' },
        { kind: 'wrong type', args: [{ ...update, status: 'DONE' }, {}], field: 'status' },
        { kind: 'null', args: [{ ...update, nextUpdateSeconds: null }, {}], field: 'nextUpdateSeconds' },
        { kind: 'wrong type', args: [{ ...update, updatedAt: 'now' }, {}], field: 'updatedAt' },
      ] },
    mutation('MigrationTask.import', (o) => hubTask().import(o as never)),
    { ...mutation('MigrationTask.putResourceAttributes', (a, o) => hubTask().putResourceAttributes(a as never, o as never), [[{ type: 'FQDN', value: 'vm.example.com' }], {}], 1),
      probes: [
        { kind: 'empty', args: [[], {}], field: 'attributes' },
        { kind: 'wrong type', args: [[{ type: 'HOSTNAME', value: 'x' }], {}], field: 'attributes[0].type' },
        { kind: 'unknown key', args: [[{ type: 'FQDN', value: 'x', Value: 'y' }], {}], field: 'attributes[0].Value' },
        { kind: 'too long', args: [[{ type: 'FQDN', value: emoji(257) }], {}], field: 'attributes[0].value' },
      ] },
    { method: 'MigrationTask.track', call: (w, o) => hubTask().track(w as never, o as never), valid: [() => undefined, { signal: AbortSignal.abort() }],
      objects: { 1: { ...OPTIONS, key: 'heartbeatMs' } },
      probes: [
        { kind: 'wrong type', args: ['work', {}], field: 'work' },
        { kind: 'out of range', args: [() => undefined, { nextUpdateSeconds: 0 }], field: 'nextUpdateSeconds' },
        { kind: 'non-finite', args: [() => undefined, { heartbeatMs: Number.POSITIVE_INFINITY }], field: 'heartbeatMs' },
        { kind: 'wrong type', args: [() => undefined, { onNotifyError: 'log' }], field: 'onNotifyError' },
      ] },
    pollRow('MigrationTask', hubTask),
    ...waitRows('MigrationTask', hubTask).map((row) =>
      row.method.endsWith('waitUntilComplete') ? { ...row, probes: [...(row.probes ?? []), { kind: 'wrong type', args: [{ failWhenStale: 'yes' }], field: 'failWhenStale' }] } : row,
    ),
    { method: 'CreatedArtifacts.associate', call: (a, o) => hubTask().createdArtifacts.associate(a as never, o as never), valid: [{ name: 'arn:aws:ec2:us-west-2:111122223333:instance/i-1' }, {}],
      objects: { 0: { label: 'artifact', prefix: 'artifact.', key: 'description' }, 1: { ...OPTIONS, key: 'dryRun' } },
      probes: [{ kind: 'wrong type', args: [{ name: 'not-an-arn' }, {}], field: 'artifact.name' }, { kind: 'too long', args: [{ name: 'arn:aws:ec2:us-west-2:111122223333:instance/i-1', description: emoji(501) }, {}], field: 'artifact.description' }] },
    mutation('CreatedArtifacts.disassociate', (n, o) => hubTask().createdArtifacts.disassociate(n as never, o as never), ['arn:aws:ec2:us-west-2:111122223333:instance/i-1', {}], 1),
    listRow('CreatedArtifacts.list', (o) => hubTask().createdArtifacts.list(o as never)),
    { method: 'DiscoveredResources.associate', call: (r, o) => hubTask().discoveredResources.associate(r as never, o as never), valid: [{ configurationId: 'd-server-1' }, {}],
      objects: { 0: { label: 'resource', prefix: 'resource.', key: 'configurationId' }, 1: { ...OPTIONS, key: 'dryRun' } },
      probes: [{ kind: 'empty', args: [{ configurationId: '' }, {}], field: 'resource.configurationId' }] },
    mutation('DiscoveredResources.disassociate', (c, o) => hubTask().discoveredResources.disassociate(c as never, o as never), ['d-server-1', {}], 1),
    listRow('DiscoveredResources.list', (o) => hubTask().discoveredResources.list(o as never)),
    // DMS.
    ctor('DmsService', (o) => new DmsService(o as never)),
    { method: 'DmsService.replicationTask', call: (a) => dms.replicationTask(a as never), valid: [IDS.dmsTask], probes: stringProbes([IDS.dmsTask], 0, 'replicationTaskArn', 2048) },
    { method: 'DmsService.assessmentRun', call: (a) => dms.assessmentRun(a as never), valid: [IDS.dmsRun], probes: stringProbes([IDS.dmsRun], 0, 'assessmentRunArn', 2048) },
    { method: 'DmsService.assessmentRuns', call: (o) => dms.assessmentRuns(o as never), valid: [{}], objects: { 0: { ...OPTIONS, key: 'replicationTaskArn' } },
      probes: [...(listProbes([{}], 0)), { kind: 'empty', args: [{ status: [] }], field: 'status' }, { kind: 'wrong type', args: [{ replicationTaskArn: IDS.dmsRun }], field: 'replicationTaskArn' }] },
    { method: 'DmsService.resume', call: (c) => dms.resume(c as never), valid: [checkpoint('dms', 'AssessmentRun', IDS.dmsRun)], checkpoint: true,
      probes: serviceCheckpoint(checkpoint('dms', 'AssessmentRun', IDS.dmsRun), 'discovery') },
    { method: 'ReplicationTask.startAssessmentRun', call: (o, c) => repTask().startAssessmentRun(o as never, c as never), valid: [dmsStart, {}],
      objects: { 0: { label: 'options', prefix: '', key: 'serviceAccessRoleArn' }, 1: OPTIONS },
      accepts: [[{ ...dmsStart, tags: { team: '𝒜'.repeat(256) } }, {}]],
      probes: [
        { kind: 'misspelt key', args: [{ ...dmsStart, resultLocation: { bucket: 'contract-bucket', foldr: 'x' } }, {}], field: 'resultLocation.foldr' },
        { kind: 'null', args: [{ ...dmsStart, resultLocation: null }, {}], field: 'resultLocation' },
        { kind: 'too long', args: [{ ...dmsStart, name: `a${'b'.repeat(255)}` }, {}], field: 'name' },
        { kind: 'wrong type', args: [{ ...dmsStart, encryption: { mode: 'AES' } }, {}], field: 'encryption.mode' },
        { kind: 'unknown key', args: [{ ...dmsStart, encryption: { mode: 'SSE_S3', kmsKeyArn: 'x' } }, {}], field: 'encryption.kmsKeyArn' },
        { kind: 'wrong type', args: [{ ...dmsStart, include: ['a'], exclude: ['b'] }, {}], field: 'exclude' },
        { kind: 'empty', args: [{ ...dmsStart, include: [] }, {}], field: 'include' },
        { kind: 'too long', args: [{ ...dmsStart, tags: { team: '𝒜'.repeat(257) } }, {}], field: 'tags.team' },
      ] },
    listRow('ReplicationTask.applicableAssessments', (o) => repTask().applicableAssessments(o as never)),
    { ...listRow('ReplicationTask.assessmentRuns', (o) => repTask().assessmentRuns(o as never), 'status'), probes: [...(listProbes([{}], 0)), { kind: 'unknown key', args: [{ replicationTaskArn: IDS.dmsTask }], field: 'replicationTaskArn' }] },
    callRow('ReplicationTask.describe', (o) => repTask().describe(o as never)),
    callRow('AssessmentRun.refresh', (o) => run().refresh(o as never)),
    callRow('AssessmentRun.cancel', (o) => run().cancel(o as never)),
    callRow('AssessmentRun.delete', (o) => run().delete(o as never)),
    listRow('AssessmentRun.individualAssessments', (o) => run().individualAssessments(o as never)),
    listRow('AssessmentRun.resultObjects', (o) => run().resultObjects(o as never)),
    // The items of resultObjects(): an S3Object over a store that must never be reached (every probe is refused first).
    callRow('S3Object.bytes', (o) => s3Object().bytes(o as never)),
    callRow('S3Object.text', (o) => s3Object().text(o as never)),
    callRow('S3Object.stream', (o) => s3Object().stream(o as never)),
    { method: 'S3Object.download', call: (p, o) => s3Object().download(p as never, o as never), valid: [join(tmpdir(), 'contract-result.json'), {}], objects: { 1: OPTIONS },
      probes: [...stringProbes([join(tmpdir(), 'contract-result.json'), {}], 0, 'path', 4096), { kind: 'wrong type', args: ['x.json', { signal: true }], field: 'signal' }] },
    ...waitRows('AssessmentRun', run),
    pollRow('AssessmentRun', run),
    // Lists, waits over many handles, the import-file check.
    { method: 'Paginated.toArray', call: (o) => list().toArray(o as never), valid: [{ limit: 0 }], objects: { 0: { label: 'options', prefix: '', key: 'limit' } },
      probes: [{ kind: 'null', args: [], field: 'options' }, { kind: 'out of range', args: [{ limit: -1 }], field: 'limit' }, { kind: 'non-finite', args: [{ limit: Number.NaN }], field: 'limit' }] },
    { method: 'Paginated.pages', call: (o) => list().pages(o as never).next(), valid: [{ limit: 0 }], objects: { 0: { label: 'options', prefix: '', key: 'limit' } },
      probes: [{ kind: 'out of range', args: [{ limit: -1 }], field: 'limit' }] },
    { method: 'waitAll', call: (hs, o) => waitAll(hs as never, o as never), valid: [[], { timeoutMs: 0 }], objects: { 1: wait }, probes: [{ kind: 'wrong type', args: ['x', {}], field: 'handles' }, { kind: 'out of range', args: [[], { timeoutMs: -5 }], field: 'timeoutMs' }] },
    { method: 'waitAny', call: (hs, o) => waitAny(hs as never, o as never), valid: [[run()], { timeoutMs: 0, signal: AbortSignal.abort() }], objects: { 1: wait }, probes: [{ kind: 'empty', args: [[], {}], field: 'handles' }] },
    { method: 'validateImportFile', call: (i, o) => validateImportFile(i as never, o as never), valid: ['Name\n', { template: 'discovery' }], objects: { 1: { label: 'options', prefix: '', key: 'template' } },
      probes: [{ kind: 'wrong type', args: ['x', { template: 'csv' }], field: 'template' }, { kind: 'out of range', args: ['x', { template: 'mgn', maxProblems: -1 }], field: 'maxProblems' }] },
  ];
}
