/**
 * `aws-migration-kit/local`: a local emulator of the four migration services for tests, demos and development.
 * @packageDocumentation
 */
export { startEmulator } from './server.js';
export type { Emulator, EmulatorOptions, EmulatorClientConfig, Exchange } from './emulator.js';
export { EmulatorClock } from './clock.js';
export { FaultInjector, FAULT_KINDS } from './faults.js';
export { RateLimits, AWS_RATE_LIMITS } from './rate-limits.js';
export type { RateLimit, RateLimitTable, RateLimitsOption, RateLimitCount } from './rate-limits.js';
export { EmulatorOptionError, EmulatorStateError } from './emulator-error.js';
export { EMULATOR_STATE_FORMAT, EMULATOR_STATE_VERSION } from './state/emulator-state.js';
export type { EmulatorState } from './state/emulator-state.js';
export type { FaultKind, FaultRule, FaultRates } from './faults.js';
export { ServiceFault } from './service.js';
export { S3Store } from './s3.js';
export type { ChecksumName, PutOptions, S3Change, S3Location, StoredBucket, StoredChecksum, StoredObject } from './s3.js';
export { HomeRegionSetting } from './home-region.js';
export type { EmulatedService, EmulatorContext, FaultErrors, ServiceModule, ServiceRequest } from './service.js';
export { DiscoveryEmulator } from './discovery/index.js';
export type { DiscoveryEmulatorOptions } from './discovery/index.js';
export { MgnEmulator } from './mgn/index.js';
export type { MgnEmulatorOptions, MgnEmulatedApplication, MgnEmulatedServer, MgnEmulatedWave } from './mgn/index.js';
export { HubEmulator } from './migration-hub/index.js';
export type { HubEmulatorOptions, HubTaskState } from './migration-hub/index.js';
export { DmsEmulator } from './dms/index.js';
export type { DmsEmulatorOptions, AssessmentOutcome, CreateReplicationTaskOptions } from './dms/index.js';
