// `node scripts/run-built.mjs <script.mjs>`: runs a script that imports the built package (the demo, the benchmarks),
// rebuilding dist/ first only when it is missing or older than the sources, and saying so while it builds.
// The AWS SDK's Node-version notice is silenced for the script (see the README's "Set up").
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/run-built.mjs <script.mjs> [args...]');
  process.exit(2);
}

/** The newest modification time among `paths` (files, or directories walked recursively). */
function newest(paths) {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (!stat.isDirectory()) latest = Math.max(latest, stat.mtimeMs);
    else for (const name of readdirSync(path, { recursive: true })) latest = Math.max(latest, statSync(join(path, name)).mtimeMs);
  }
  return latest;
}

const built = join(root, 'dist', 'index.js');
const sources = newest(['src', 'tsup.config.ts', 'package.json', 'scripts/strip-internal.mjs'].map((p) => join(root, p)));
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log(existsSync(built) ? 'Rebuilding dist/: src/ changed since the last build (about a minute)...' : 'Building dist/ for the first time (about a minute)...');
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    process.exit(result.status ?? 1);
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
}

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.argv.splice(1, 2, resolve(script)); // the script sees its own path and arguments, as if run directly
await import(pathToFileURL(resolve(script)).href);
