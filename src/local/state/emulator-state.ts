import type { EmulatorClock } from '../clock.js';
import { EmulatorStateError } from '../emulator-error.js';
import type { HomeRegionSetting } from '../home-region.js';
import type { S3Store, StoredBucket } from '../s3.js';
import { S3_STATE } from './section-shapes.js';
import { decodeState, encodeState } from './state-codec.js';
import { checkState, obj, opt } from './state-shape.js';

/** The `format` of a saved emulator state. */
export const EMULATOR_STATE_FORMAT = 'aws-migration-kit/emulator-state';
/** The version this emulator writes and reads. */
export const EMULATOR_STATE_VERSION = 1;

/**
 * The emulator's whole state as JSON (`emu.exportState()`, `startEmulator({ state })`): every service's resources,
 * the emulated S3's buckets and objects (bytes in base64), the account's home region and the emulated time it was
 * saved at. Resources keep their absolute emulated timestamps, and a loaded emulator's clock starts at `savedAt`, so
 * each status continues where it was. The sections' insides are the emulator's own and may change with `version`.
 */
export interface EmulatorState {
  /** Always {@link EMULATOR_STATE_FORMAT}. */
  readonly format: typeof EMULATOR_STATE_FORMAT;
  /** Always {@link EMULATOR_STATE_VERSION}: another version is refused. */
  readonly version: typeof EMULATOR_STATE_VERSION;
  /** Emulated epoch milliseconds when it was saved. */
  readonly savedAt: number;
  /** The region the resources' ARNs name. */
  readonly region: string;
  /** The account the resources belong to. */
  readonly accountId: string;
  /** The account's Migration Hub home region setting. */
  readonly homeRegion: {
    /** The home region, or null while none is set. */
    readonly region: string | null;
    /** The id of the home region control that set it. */
    readonly controlId: string;
    /** When it was set, in emulated epoch milliseconds. */
    readonly requestedAt: number;
  };
  /** Application Discovery Service. */
  readonly discovery: unknown;
  /** Application Migration Service. */
  readonly mgn: unknown;
  /** Migration Hub. */
  readonly hub: unknown;
  /** DMS. */
  readonly dms: unknown;
  /** The emulated S3. */
  readonly s3: unknown;
}

/** A service module's state, saved and restored. @internal */
export interface StatefulModule {
  exportState(): unknown;
  importState(state: unknown, path: string): void;
}

/** What the state covers. @internal */
export interface StateParts {
  readonly clock: EmulatorClock;
  readonly homeRegion: HomeRegionSetting;
  readonly s3: S3Store;
  readonly region: string;
  readonly accountId: string;
  readonly services: { readonly discovery: StatefulModule; readonly mgn: StatefulModule; readonly hub: StatefulModule; readonly dms: StatefulModule };
}

const ENVELOPE = obj({
  format: 'string',
  version: 'number',
  savedAt: 'number',
  region: 'string',
  accountId: 'string',
  homeRegion: obj({ region: { nullable: 'string' }, controlId: 'string', requestedAt: 'number' }),
  discovery: 'any',
  mgn: 'any',
  hub: 'any',
  dms: 'any',
  s3: opt('any'),
});

/** Saves the whole state as plain JSON. @internal */
export function saveState(parts: StateParts): EmulatorState {
  const { services } = parts;
  return encodeState({
    format: EMULATOR_STATE_FORMAT,
    version: EMULATOR_STATE_VERSION,
    savedAt: parts.clock.now(),
    region: parts.region,
    accountId: parts.accountId,
    homeRegion: { region: parts.homeRegion.region, controlId: parts.homeRegion.controlId, requestedAt: parts.homeRegion.requestedAt },
    discovery: services.discovery.exportState(),
    mgn: services.mgn.exportState(),
    hub: services.hub.exportState(),
    dms: services.dms.exportState(),
    s3: { buckets: parts.s3.buckets() },
  }) as EmulatorState;
}

/**
 * Loads a saved state into a new emulator, checking it first: a malformed part, another format or version, or a
 * region or account other than the emulator's throws {@link EmulatorStateError} naming the path. @internal
 */
export function loadState(state: unknown, parts: StateParts): void {
  if (typeof state === 'string') throw new EmulatorStateError('state', 'must be the parsed object (JSON.parse the file first)');
  const decoded = decodeState(state);
  const saved = checkState<EmulatorState>(decoded, ENVELOPE, 'state');
  if (saved.format !== EMULATOR_STATE_FORMAT) throw new EmulatorStateError('state.format', `must be '${EMULATOR_STATE_FORMAT}', got '${saved.format}'`);
  if (saved.version !== EMULATOR_STATE_VERSION) throw new EmulatorStateError('state.version', `${saved.version} is not supported: this emulator reads version ${EMULATOR_STATE_VERSION}`);
  if (saved.region !== parts.region) throw new EmulatorStateError('state.region', `the state was saved in ${saved.region}, the emulator runs in ${parts.region}: start it with region '${saved.region}'`);
  if (saved.accountId !== parts.accountId) throw new EmulatorStateError('state.accountId', `the state belongs to account ${saved.accountId}, the emulator is ${parts.accountId}: start it with accountId '${saved.accountId}'`);
  const s3 = saved.s3 === undefined ? undefined : checkState<{ buckets: StoredBucket[] }>(saved.s3, S3_STATE, 'state.s3');
  parts.services.discovery.importState(saved.discovery, 'state.discovery');
  parts.services.mgn.importState(saved.mgn, 'state.mgn');
  parts.services.hub.importState(saved.hub, 'state.hub');
  parts.services.dms.importState(saved.dms, 'state.dms');
  parts.homeRegion.restore(saved.homeRegion.region, saved.homeRegion.controlId, saved.homeRegion.requestedAt);
  if (s3 !== undefined) {
    for (const bucket of parts.s3.buckets()) parts.s3.deleteBucket(bucket.name);
    for (const bucket of s3.buckets) parts.s3.restoreBucket(bucket);
  }
  parts.clock.setNow(saved.savedAt);
}
