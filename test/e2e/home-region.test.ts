/** The home region is one account-level setting: Discovery and Migration Hub (and its Config) see the same one. */
import { MigrationHubClient } from '@aws-sdk/client-migration-hub';
import { afterEach, describe, expect, it } from 'vitest';
import { HomeRegionNotSetError } from '../../src/core/index.js';
import { DiscoveryService } from '../../src/discovery/index.js';
import { startEmulator, type Emulator } from '../../src/local/index.js';
import { MigrationHubService } from '../../src/migration-hub/index.js';
import { fastRetry } from '../migration-hub/fast-retry.js';
import { checkExchangesAgainstModel, type ExchangeCheck } from '../support/exchange-check.js';

const started: { emu: Emulator; wires: ExchangeCheck[] }[] = [];

async function emulator(options: Parameters<typeof startEmulator>[0]) {
  const emu = await startEmulator({ speed: 0, ...options });
  started.push({ emu, wires: [checkExchangesAgainstModel(emu, 'discovery'), checkExchangesAgainstModel(emu, 'migration-hub')] });
  const discovery = new DiscoveryService({ ...emu.clientConfig });
  const hub = new MigrationHubService({ client: new MigrationHubClient({ ...emu.clientConfig, retryStrategy: fastRetry() }) });
  /** What each service makes of the setting: the home region Config reports, and whether each refuses for want of one. */
  const seen = async () => ({
    homeRegion: await hub.homeRegion(),
    discovery: await discovery.importTasks().first().then(() => 'works', (e: unknown) => (e instanceof HomeRegionNotSetError ? 'no home region' : e)),
    hub: await hub.streams().first().then(() => 'works', (e: unknown) => (e instanceof HomeRegionNotSetError ? 'no home region' : e)),
  });
  return { emu, seen };
}

afterEach(async () => {
  for (const { emu, wires } of started.splice(0)) {
    await emu.close();
    for (const wire of wires) expect(wire.problems).toEqual([]);
  }
});

describe('the account home region', () => {
  it('defaults to the emulator region for both services', async () => {
    const { seen } = await emulator({ region: 'eu-west-1' });
    expect(await seen()).toEqual({ homeRegion: 'eu-west-1', discovery: 'works', hub: 'works' });
  });

  it('is one setting: emu.hub.setHomeRegion() unsets and sets it for Discovery and Migration Hub alike', async () => {
    const { emu, seen } = await emulator({});
    emu.hub.setHomeRegion(null);
    expect(emu.hub.homeRegion).toBeNull();
    expect(await seen()).toEqual({ homeRegion: undefined, discovery: 'no home region', hub: 'no home region' });
    emu.hub.setHomeRegion('us-east-1');
    expect(await seen()).toEqual({ homeRegion: 'us-east-1', discovery: 'works', hub: 'works' });
  });

  it('starts unset with homeRegion: null, and with the older hub.homeRegion: null, for both services', async () => {
    for (const options of [{ homeRegion: null }, { hub: { homeRegion: null } }]) {
      const { emu, seen } = await emulator(options);
      expect(emu.hub.homeRegion).toBeNull();
      expect(await seen()).toEqual({ homeRegion: undefined, discovery: 'no home region', hub: 'no home region' });
    }
  });

  it('takes homeRegion and hub.homeRegion as the same option, and refuses two different values', async () => {
    expect((await emulator({ homeRegion: 'ap-south-1', hub: { homeRegion: 'ap-south-1' } })).emu.hub.homeRegion).toBe('ap-south-1');
    await expect(startEmulator({ homeRegion: 'ap-south-1', hub: { homeRegion: null } })).rejects.toThrow(/homeRegion .* hub\.homeRegion .* disagree/);
  });
});
