#!/usr/bin/env bash
# Installs the packed tarball into an empty project, as a user would, and checks that every entry point loads from
# ESM and CommonJS, that a strict TypeScript consumer compiles against the published types, and that a short flow
# runs against the emulator. Packs dist/ as built (run `npm run build` first; `npm pack` alone would rebuild).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
tarball="$(npm pack --silent --ignore-scripts --pack-destination "$work" | tail -1)"
cd "$work"
npm init -y > /dev/null
npm install --no-audit --no-fund --silent "./$tarball" "typescript@$(node -p "require('$root/node_modules/typescript/package.json').version")" "@types/node@$(node -p "require('$root/node_modules/@types/node/package.json').version")"

cat > esm.mjs <<'JS'
import { MigrationKit, isTerminal } from 'aws-migration-kit';
import { DiscoveryService } from 'aws-migration-kit/discovery';
import { MgnService } from 'aws-migration-kit/mgn';
import { MigrationHubService } from 'aws-migration-kit/migration-hub';
import { DmsService } from 'aws-migration-kit/dms';
import { startEmulator } from 'aws-migration-kit/local';
for (const x of [MigrationKit, DiscoveryService, MgnService, MigrationHubService, DmsService]) if (typeof x !== 'function') throw new Error('missing export');
const emu = await startEmulator({ speed: 0 });
try {
  emu.putObject('smoke-bucket', 'k.csv', 'ExternalId\nx-1\n');
  const kit = new MigrationKit({ ...emu.clientConfig });
  const task = await kit.discovery.startImport({ name: 'smoke', importUrl: 's3://smoke-bucket/k.csv' });
  await task.waitUntilComplete({ clock: emu.clock.toWaitClock() });
  if (!isTerminal(task.status) || task.status.kind !== 'succeeded') throw new Error(`unexpected ${task.status.raw}`);
  console.log('esm ok:', task.status.kind);
} finally {
  await emu.close();
}
JS
node esm.mjs

cat > cjs.cjs <<'JS'
const { MigrationKit } = require('aws-migration-kit');
const { DiscoveryService } = require('aws-migration-kit/discovery');
const { MgnService } = require('aws-migration-kit/mgn');
const { MigrationHubService } = require('aws-migration-kit/migration-hub');
const { DmsService } = require('aws-migration-kit/dms');
for (const x of [MigrationKit, DiscoveryService, MgnService, MigrationHubService, DmsService]) if (typeof x !== 'function') throw new Error('missing export');
const loaded = Object.keys(require.cache).filter((p) => /[\\/](@aws-sdk|@smithy|fflate)[\\/]/.test(p));
if (loaded.length > 0) throw new Error(`SDK runtime loaded before first use: ${loaded[0]}`);
// The emulator is a test tool with its own dependencies (fflate for its errors archives): it loads only here.
const { startEmulator } = require('aws-migration-kit/local');
if (typeof startEmulator !== 'function') throw new Error('missing export');
const { DiscoveryClient } = require('aws-migration-kit/discovery-client'); // the wire client loads its runtime: last
if (typeof DiscoveryClient !== 'function') throw new Error('missing export');
console.log('cjs ok: no SDK runtime loaded at require time (root and /discovery included)');
JS
node cjs.cjs

cat > consumer.mts <<'TS'
import { MigrationKit, assertNever, type ImportTaskStatus } from 'aws-migration-kit';
import type { AssessmentRunStatus } from 'aws-migration-kit/dms';
export function describe(status: ImportTaskStatus): string {
  switch (status.kind) {
    case 'running': return 'running';
    case 'succeeded': return 'done';
    case 'partially-succeeded': return status.errorsZipUrl ?? '';
    case 'failed': return status.reason;
    case 'deleting': case 'deleted': return status.raw;
    case 'unknown': return status.raw;
    default: return assertNever(status);
  }
}
export const kinds = (s: AssessmentRunStatus): string => s.kind;
export const kit = new MigrationKit({ region: 'us-west-2' });
TS
cat > consumer.cts <<'TS'
import { MigrationKit } from 'aws-migration-kit';
export const kit = new MigrationKit({ region: 'us-west-2' });
TS
npx tsc --strict --exactOptionalPropertyTypes --noUncheckedIndexedAccess --module nodenext --moduleResolution nodenext --target es2022 --noEmit consumer.mts consumer.cts
echo 'types ok: a strict NodeNext consumer (ESM and CJS) compiles'
