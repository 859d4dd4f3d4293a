import { MigrationKit } from '../../src/index.js';
import type { Emulator } from '../../src/local/index.js';

/** A Discovery import file with one good row and two bad ones (no identifier; a bad IP address). */
export const DISCOVERY_CSV = 'ExternalId,HostName,IPAddress,OS.Name\nsrv-1,web-01,10.0.0.1,Linux\n,,,Windows\nsrv-3,db-01,999.1.1.1,Linux\n';

/** An MGN import file: one wave, one application, two servers; the last row has an unknown platform. */
export const MGN_CSV = [
  'mgn:wave:name,mgn:app:name,mgn:server:user-provided-id,mgn:server:platform',
  'wave-1,storefront,web-01,LINUX',
  'wave-1,storefront,web-02,LINUX',
  'wave-1,storefront,web-03,BEOS',
  '',
].join('\n');

/** The bucket the fixtures live in. */
export const BUCKET = 'my-migration-bucket';

/** Emulated milliseconds each poll of the given operation moves the clock on, so waits end after a few polls. */
export function advanceOnPoll(emu: Emulator, steps: Readonly<Record<string, number>>): () => void {
  return emu.onExchange((x) => {
    const ms = steps[x.operation];
    if (ms !== undefined) emu.clock.advance(ms);
  });
}

/** A kit on the emulator, for setting up resources the CLI then reads. */
export function kitOf(emu: Emulator): MigrationKit {
  return new MigrationKit({ ...emu.clientConfig });
}

/** The role DMS assumes in the fixtures. */
export function roleArn(emu: Emulator): string {
  return `arn:aws:iam::${emu.accountId}:role/dms-assessments`;
}
