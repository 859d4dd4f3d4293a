import { createHash } from 'node:crypto';
import type { ChecksumName } from './store.js';

// The checksums S3 takes in `x-amz-checksum-<name>` (base64 of the big-endian digest). The CRCs are written here
// from their published parameters (reflected polynomials, initial value and final XOR all ones), so the emulator
// checks what a client computed with its own implementation rather than with the same code.

/** Every algorithm the emulator checks, by wire name. */
export const CHECKSUM_NAMES: readonly ChecksumName[] = ['crc32', 'crc32c', 'crc64nvme', 'sha1', 'sha256', 'sha512', 'md5'];

const CRC32_POLY = 0xedb88320; // IEEE 802.3, reflected
const CRC32C_POLY = 0x82f63b78; // Castagnoli, reflected
const CRC64NVME_POLY = 0x9a6c9329ac4bc9b5n; // NVM Express, reflected

const tables32 = new Map<number, Uint32Array>();

function table32(poly: number): Uint32Array {
  let table = tables32.get(poly);
  if (!table) {
    table = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ poly : c >>> 1;
      table[i] = c >>> 0;
    }
    tables32.set(poly, table);
  }
  return table;
}

function crc32With(poly: number, bytes: Uint8Array): Uint8Array {
  const table = table32(poly);
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crc >>> 8) ^ (table[(crc ^ byte) & 0xff] ?? 0);
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, (crc ^ 0xffffffff) >>> 0);
  return out;
}

let table64: { hi: Uint32Array; lo: Uint32Array } | undefined;

function crc64nvme(bytes: Uint8Array): Uint8Array {
  if (!table64) {
    const hi = new Uint32Array(256);
    const lo = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = BigInt(i);
      for (let k = 0; k < 8; k++) c = c & 1n ? (c >> 1n) ^ CRC64NVME_POLY : c >> 1n;
      hi[i] = Number(c >> 32n);
      lo[i] = Number(c & 0xffffffffn);
    }
    table64 = { hi, lo };
  }
  const { hi: tHi, lo: tLo } = table64;
  // The 64-bit register as two 32-bit halves, so the loop needs no BigInt.
  let hi = 0xffffffff;
  let lo = 0xffffffff;
  for (const byte of bytes) {
    const index = (lo ^ byte) & 0xff;
    lo = (((lo >>> 8) | (hi << 24)) ^ (tLo[index] ?? 0)) >>> 0;
    hi = ((hi >>> 8) ^ (tHi[index] ?? 0)) >>> 0;
  }
  const out = new Uint8Array(8);
  const view = new DataView(out.buffer);
  view.setUint32(0, (hi ^ 0xffffffff) >>> 0);
  view.setUint32(4, (lo ^ 0xffffffff) >>> 0);
  return out;
}

/** The checksum of `bytes` under `name`, base64-encoded as S3 sends and expects it. */
export function checksumOf(name: ChecksumName, bytes: Uint8Array): string {
  switch (name) {
    case 'crc32':
      return Buffer.from(crc32With(CRC32_POLY, bytes)).toString('base64');
    case 'crc32c':
      return Buffer.from(crc32With(CRC32C_POLY, bytes)).toString('base64');
    case 'crc64nvme':
      return Buffer.from(crc64nvme(bytes)).toString('base64');
    case 'sha1':
    case 'sha256':
    case 'sha512':
    case 'md5':
      return createHash(name).update(bytes).digest('base64');
  }
}

/** The algorithm named by `x-amz-checksum-<name>` or `x-amz-sdk-checksum-algorithm`, if the emulator knows it. */
export function checksumName(value: string): ChecksumName | undefined {
  const name = value.toLowerCase().replace(/^x-amz-checksum-/, '');
  return CHECKSUM_NAMES.find((known) => known === name);
}
