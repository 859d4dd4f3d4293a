import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(root, 'src'));
  for (const file of ['tsup.config.ts', 'package.json']) hash.update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A build of the current sources with the project's own tsup config (every build in it: entries, formats,
 * splitting, bundling; the type declarations left out for speed), in `node_modules/.cache/amk-build/<hash of the sources>/dist`, beside a copy
 * of package.json. Built once per change of the sources, shared by the test files (an atomic rename publishes it),
 * so the tests always run what `npm run build` would produce from this tree. Resolves to the folder holding `dist`.
 */
export async function builtPackage(): Promise<string> {
  const cache = join(root, 'node_modules', '.cache', 'amk-build');
  const dir = join(cache, sourceHash());
  if (existsSync(join(dir, 'dist', 'cli', 'index.js'))) return dir;
  const staging = `${dir}.${process.pid}.${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  const { build } = await import('tsup');
  const exported = (await import('../../tsup.config.js')).default as unknown;
  const configs = (Array.isArray(exported) ? exported : [exported]) as Record<string, unknown>[];
  // Each build of the config, into the staging folder (a build with its own outDir keeps it under dist/).
  for (const config of configs) {
    const outDir = join(staging, typeof config['outDir'] === 'string' ? config['outDir'] : 'dist');
    await build({ ...config, dts: false, clean: false, silent: true, outDir, config: false } as Parameters<typeof build>[0]);
  }
  cpSync(join(root, 'package.json'), join(staging, 'package.json'));
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another test file published the same build first
  }
  writeFileSync(join(cache, 'latest'), dir);
  return dir;
}
