// Rebuilds dist/ only when it is missing or older than what it is built from, and says so while it builds.
// Used by `npm run demo` and `npm run bench` (through run-built.mjs) and by the docs test, which runs the README's and
// guides' code blocks against the built package.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

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

/** Builds dist/ when stale; `log` receives what it is doing. Throws with the build's output when the build fails. */
export function buildIfStale(log = (line) => console.log(line)) {
  const built = join(root, 'dist', 'index.js');
  const sources = newest(['src', 'tsup.config.ts', 'package.json', 'scripts/strip-internal.mjs'].map((p) => join(root, p)));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return false;
  log(existsSync(built) ? 'Rebuilding dist/: the sources changed since the last build (about a minute)...' : 'Building dist/ for the first time (about a minute)...');
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
  log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale();
