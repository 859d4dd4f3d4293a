import { beforeAll, describe, expect, it } from 'vitest';
import type { MigrationHubService, MigrationTaskUpdate } from '../../src/migration-hub/index.js';
import { loadMigrationHubSdk } from '../../src/migration-hub/sdk.js';
import { rejectedFieldOf } from '../support/validation-error.js';
import { fakeHub } from './fake-hub.js';

const base: MigrationTaskUpdate = { status: 'IN_PROGRESS', nextUpdateSeconds: 60 };

describe('validation before any request', () => {
  let hub: MigrationHubService;
  let calls: unknown[];
  beforeAll(async () => {
    await loadMigrationHubSdk();
    ({ hub, calls } = fakeHub());
  });

  it.each<[string, string, (hub: MigrationHubService) => unknown]>([
    ['stream', 'an empty stream name', (h) => h.stream('')],
    ['stream', 'a 51-character stream name', (h) => h.stream('s'.repeat(51))],
    ['stream', 'a stream name with a colon', (h) => h.stream('a:b')],
    ['stream', 'a stream name with a control character', (h) => h.stream('a\u0007b')],
    ['taskName', 'a 257-character task name', (h) => h.migrationTask('tool', 't'.repeat(257))],
    ['taskName', 'a task name with a pipe', (h) => h.stream('tool').task('a|b')],
    ['status', 'an unknown status', (h) => h.migrationTask('tool', 'vm').notify({ ...base, status: 'PAUSED' as 'COMPLETED' })],
    ['progressPercent', 'a negative percent', (h) => h.migrationTask('tool', 'vm').notify({ ...base, progressPercent: -1 })],
    ['detail', 'a 2,501-character detail', (h) => h.migrationTask('tool', 'vm').notify({ ...base, detail: 'd'.repeat(2501) })],
    ['detail', 'a detail with a line separator', (h) => h.migrationTask('tool', 'vm').notify({ ...base, detail: 'a\u2028b' })],
    ['nextUpdateSeconds', 'a fractional nextUpdateSeconds', (h) => h.migrationTask('tool', 'vm').notify({ ...base, nextUpdateSeconds: 1.5 })],
    ['nextUpdateSeconds', 'a nextUpdateSeconds beyond a 32-bit int', (h) => h.migrationTask('tool', 'vm').notify({ ...base, nextUpdateSeconds: 2 ** 31 })],
    ['updatedAt', 'a non-Date updatedAt', (h) => h.migrationTask('tool', 'vm').notify({ ...base, updatedAt: '2024-01-01' as unknown as Date })],
    ['nextUpdateSeconds', 'a negative handle interval', (h) => h.migrationTask('tool', 'vm', { nextUpdateSeconds: -5 })],
    ['attributes', '101 resource attributes', (h) => h.migrationTask('tool', 'vm').putResourceAttributes(Array.from({ length: 101 }, () => ({ type: 'FQDN' as const, value: 'a' })))],
    ['attributes[1].value', 'an empty attribute value', (h) => h.migrationTask('tool', 'vm').putResourceAttributes([{ type: 'FQDN', value: 'a' }, { type: 'FQDN', value: '' }])],
    ['attributes[0].value', 'a 257-character attribute value', (h) => h.migrationTask('tool', 'vm').putResourceAttributes([{ type: 'VM_NAME', value: 'v'.repeat(257) }])],
    ['artifact.name', 'an artifact name that is not an ARN', (h) => h.migrationTask('tool', 'vm').createdArtifacts.associate({ name: 'ami-123' })],
    ['artifact.description', 'a 501-character artifact description', (h) => h.migrationTask('tool', 'vm').createdArtifacts.associate({ name: 'arn:aws:ec2:us-west-2:111122223333:image/ami-1', description: 'd'.repeat(501) })],
    ['name', 'a disassociated artifact name that is not an ARN', (h) => h.migrationTask('tool', 'vm').createdArtifacts.disassociate('i-1')],
    ['configurationId', 'an empty configuration id', (h) => h.migrationTask('tool', 'vm').discoveredResources.disassociate('')],
    ['resource.description', 'a two-line resource description', (h) => h.migrationTask('tool', 'vm').discoveredResources.associate({ configurationId: 'd-1', description: 'a\nb' })],
    ['resourceName', 'a 1,601-character resource name', (h) => h.migrationTasks({ resourceName: 'r'.repeat(1601) })],
    ['pageSize', 'a zero page size', (h) => h.streams({ pageSize: 0 })],
    ['work', 'track() without a function', (h) => h.migrationTask('tool', 'vm').track(undefined as unknown as () => void)],
    ['detail', 'a two-line first detail for track()', (h) => h.migrationTask('tool', 'vm').track(() => 1, { detail: 'a\rb' })],
    ['progresPercent', 'a misspelt update member', (h) => h.migrationTask('tool', 'vm').notify({ ...base, progresPercent: 5 } as MigrationTaskUpdate)],
    ['heartbeat', 'a misspelt track() option', (h) => h.migrationTask('tool', 'vm').track(() => 1, { heartbeat: 5 } as object)],
    ['artifact.arn', 'a misspelt artifact member', (h) => h.migrationTask('tool', 'vm').createdArtifacts.associate({ arn: 'x' } as never)],
    ['attributes[0]', 'an attribute that is not an object', (h) => h.migrationTask('tool', 'vm').putResourceAttributes(['FQDN'] as never)],
  ])('names %s for %s', async (field, _what, run) => {
    expect(await rejectedFieldOf(() => run(hub))).toBe(field);
    expect(calls).toEqual([]);
  });

  it('accepts the model bounds exactly', async () => {
    hub.stream('s'.repeat(50));
    hub.migrationTask('tool', 't'.repeat(256));
    const task = hub.migrationTask('tool', 'vm');
    await task.notify({ status: 'COMPLETED', progressPercent: 100, detail: 'd'.repeat(2500), nextUpdateSeconds: 0 });
    await task.putResourceAttributes(Array.from({ length: 100 }, (_, i) => ({ type: 'IPV4_ADDRESS' as const, value: `10.0.0.${i}` })));
    await task.createdArtifacts.associate({ name: 'arn:aws:ec2:us-west-2::image/ami-1', description: '' });
    expect(calls).toHaveLength(3);
  });
});
