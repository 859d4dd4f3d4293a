/**
 * The input contract, walked for every public method: unknown and misspelt keys, null, wrong types, empty values,
 * values too long in code points, out of range and non-finite. Each must be a ValidationError (a CheckpointError for
 * checkpoints) naming the field, thrown before any request (counted on the emulator). Valid edge values must pass.
 * A public method without a row fails the coverage test. The totals are printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import { MigrationKit, Paginated, Waitable } from '../../src/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { IDS, rows } from './rows.js';
import { objectProbes, outcomeOf, totals, type Probe, type Row } from './probe.js';

let emu: Emulator;
let kit: MigrationKit;
let table: Row[];

beforeAll(async () => {
  emu = await startEmulator({ speed: 0 });
  kit = new MigrationKit({ ...emu.clientConfig, maxAttempts: 1 });
  table = rows({ kit, clientConfig: { ...emu.clientConfig } });
});

afterAll(async () => {
  // eslint-disable-next-line no-console
  console.log(
    `input contract: ${totals.tried} invalid inputs tried over ${table.length} public methods; ` +
      `${totals.typedWithField} typed with the right field, ${totals.wrongField} typed with another field, ` +
      `${totals.reachedWire} reached the wire, ${totals.untyped} untyped, ${totals.accepted} accepted; ` +
      `${totals.edgesAccepted} valid edge inputs accepted`,
  );
  await emu.close();
});

/** Methods that take no input object, and internal (protected) members. */
const NO_INPUT = new Set(['constructor', 'toJSON', 'toString', 'first', 'client', 'observe', 'stats']);
// ...and members tagged @internal (called between the library's own modules, stripped from the published types).
const PROTECTED = new Set(['clone', 'changeKey', 'isDone', 'describeFailure', 'refreshForWait', 'pollSpec', 'markDeleting', 'pollState', 'restoreStatus']);
/** Root functions that take no options object (a value to test, an error, a report to print). */
const NO_OPTIONS_FUNCTIONS = new Set([
  'assertNever',
  'isSuccessful',
  'isTerminal',
  'isMigrationKitError',
  'isValidationError',
  'isWaitTimeoutError',
  'isTaskFailedError',
  'isHomeRegionNotSetError',
  'isResourceNotFoundError',
  'isCheckpointError',
  'formatImportFileReport',
]);

function publicMethods(instance: object): string[] {
  const names: string[] = [];
  for (let proto = Object.getPrototypeOf(instance) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    const label = (proto as { constructor: { name: string } }).constructor.name;
    for (const key of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key);
      if (typeof descriptor?.value !== 'function' || NO_INPUT.has(key) || PROTECTED.has(key)) continue;
      names.push(`${label === 'Waitable' ? (instance as { constructor: { name: string } }).constructor.name : label}.${key}`);
    }
  }
  return names;
}

describe('every public method has a row', () => {
  it('covers each method of each public class, and each root function', () => {
    const task = kit.hub.migrationTask(IDS.stream, IDS.task);
    const instances: object[] = [
      kit,
      kit.discovery,
      kit.discovery.importTask(IDS.importTask),
      kit.mgn,
      kit.mgn.import(IDS.mgnImport),
      kit.mgn.export(IDS.mgnExport),
      kit.hub,
      kit.hub.stream(IDS.stream),
      task,
      task.createdArtifacts,
      task.discoveredResources,
      kit.dms,
      kit.dms.replicationTask(IDS.dmsTask),
      kit.dms.assessmentRun(IDS.dmsRun),
      kit.discovery.importTasks(),
    ];
    const methods = new Set(instances.flatMap(publicMethods));
    const classes = ['MigrationKit', 'DiscoveryService', 'MgnService', 'MigrationHubService', 'DmsService'];
    const covered = new Set(table.map((row) => row.method));
    const missing = [...methods].filter((method) => !covered.has(method));
    const missingCtors = classes.filter((c) => !covered.has(`${c}.constructor`));
    const constructors = new Set(instances.map((i) => i.constructor));
    const functions = Object.entries(root)
      .filter(([, value]) => typeof value === 'function' && !constructors.has(value as never) && !/^[A-Z]/.test((value as { name: string }).name))
      .map(([name]) => name)
      .filter((name) => !NO_OPTIONS_FUNCTIONS.has(name) && !covered.has(name));
    expect({ missing, missingCtors, functions }).toEqual({ missing: [], missingCtors: [], functions: [] });
    expect(Waitable).toBeTypeOf('function');
    expect(Paginated).toBeTypeOf('function');
  });
});

describe('every invalid input is a typed error naming the field, before any request', () => {
  it('walks every row', async () => {
    const failures: string[] = [];
    for (const row of table) {
      const probes: Probe[] = [...objectProbes(row), ...(row.probes ?? [])];
      for (const probe of probes) {
        totals.tried += 1;
        const before = emu.requestCount();
        const outcome = await outcomeOf(() => row.call(...probe.args));
        const sent = emu.requestCount() - before;
        const where = `${row.method} ${probe.kind} ${JSON.stringify(probe.args, (_k, v: unknown) => (typeof v === 'function' ? 'fn' : v))?.slice(0, 120)}`;
        if (sent > 0) {
          totals.reachedWire += 1;
          failures.push(`${where}: reached the wire (${sent} requests)`);
        }
        if (outcome.kind === 'untyped') {
          totals.untyped += 1;
          failures.push(`${where}: untyped ${String(outcome.error)}`);
        } else if (outcome.kind === 'accepted') {
          totals.accepted += 1;
          failures.push(`${where}: accepted`);
        } else {
          const expected = row.checkpoint ? 'CheckpointError' : 'ValidationError';
          if (outcome.error.field === probe.field && outcome.error.name === expected) totals.typedWithField += 1;
          else {
            totals.wrongField += 1;
            failures.push(`${where}: ${outcome.error.name} names ${outcome.error.field}, expected ${expected} naming ${probe.field} (${outcome.error.message})`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(totals.tried).toBeGreaterThan(300);
  });

  it('suggests the known key for a misspelt one, AWS SDK spellings included', async () => {
    const messages = await Promise.all(
      [
        () => kit.discovery.startImport({ name: 'n', importUrl: 's3://b/k.csv', clientToken: 'x' } as never),
        () => kit.mgn.imports({ importIds: [IDS.mgnImport] } as never),
        () => kit.discovery.importTask(IDS.importTask).waitUntilComplete({ timeoutMS: 5000 } as never),
        () => kit.discovery.importTask(IDS.importTask).refresh({ abortSignal: AbortSignal.abort() } as never),
        () => kit.hub.stream(IDS.stream).delete({ dryrun: true } as never),
      ].map(async (run) => ((await outcomeOf(run)) as { error: Error }).error.message),
    );
    expect(messages).toEqual([
      'unknown option `clientToken`; did you mean `clientRequestToken`?',
      'unknown option `importIds`; did you mean `importIDs`?',
      'unknown option `timeoutMS`; did you mean `timeoutMs`?',
      'unknown option `abortSignal`; did you mean `signal`?',
      'unknown option `dryrun`; did you mean `dryRun`?',
    ]);
  });
});

describe('valid edge values are accepted', () => {
  it('passes each row\'s edge inputs through (the service may still answer with its own error)', async () => {
    emu.putObject('contract-bucket', 'servers.csv', 'Server Name\nvm-1\n');
    const refused: string[] = [];
    for (const row of table) {
      for (const args of row.accepts ?? []) {
        const outcome = await outcomeOf(() => row.call(...args), false);
        if (outcome.kind === 'refused') refused.push(`${row.method}: ${outcome.error.message}`);
        else totals.edgesAccepted += 1;
      }
    }
    expect(refused).toEqual([]);
    expect(totals.edgesAccepted).toBe(table.reduce((n, row) => n + (row.accepts?.length ?? 0), 0));
    expect(totals.edgesAccepted).toBeGreaterThanOrEqual(5);
  });
});

describe('a misspelt dry-run option never mutates', () => {
  const spellings = ['dryrun', 'DryRun', 'dry_run', 'dryRUN'];
  it.each(spellings)('every Migration Hub mutation refuses %s before sending anything', async (spelling) => {
    await kit.hub.stream(IDS.stream).create();
    const task = kit.hub.migrationTask(IDS.stream, IDS.task);
    const artifact = { name: 'arn:aws:ec2:us-west-2:111122223333:instance/i-1' };
    const mutations: [string, (o: never) => Promise<unknown>][] = [
      ['stream.create', (o) => kit.hub.stream('contract-other').create(o)],
      ['stream.delete', (o) => kit.hub.stream(IDS.stream).delete(o)],
      ['task.import', (o) => task.import(o)],
      ['task.notify', (o) => task.notify({ status: 'COMPLETED', nextUpdateSeconds: 0, ...(o as object) } as never)],
      ['task.putResourceAttributes', (o) => task.putResourceAttributes([{ type: 'FQDN', value: 'vm.example.com' }], o)],
      ['createdArtifacts.associate', (o) => task.createdArtifacts.associate(artifact, o)],
      ['createdArtifacts.disassociate', (o) => task.createdArtifacts.disassociate(artifact.name, o)],
      ['discoveredResources.associate', (o) => task.discoveredResources.associate({ configurationId: 'd-server-1' }, o)],
      ['discoveredResources.disassociate', (o) => task.discoveredResources.disassociate('d-server-1', o)],
    ];
    const before = emu.requestCount();
    for (const [name, mutate] of mutations) {
      const outcome = await outcomeOf(() => mutate({ [spelling]: true } as never));
      expect(outcome.kind, name).toBe('refused');
      expect((outcome as { error: { field: string } }).error.field, name).toBe(spelling);
    }
    expect(emu.requestCount()).toBe(before);
    const streams = await kit.hub.streams().toArray({ limit: 100 });
    expect(streams.map((s) => s.name)).toContain(IDS.stream);
    expect(streams.map((s) => s.name)).not.toContain('contract-other');
  });
});
