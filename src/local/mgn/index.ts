/** The emulated Application Migration Service: imports and exports over restJson1. */
export { MgnEmulator } from './mgn-emulator.js';
export type { MgnEmulatorOptions } from './mgn-emulator.js';
export type { MgnEmulatedApplication, MgnEmulatedServer, MgnEmulatedWave } from './inventory.js';
