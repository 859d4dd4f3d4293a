import { readFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

const entry = {
  index: 'src/index.ts',
  'discovery/index': 'src/discovery/index.ts',
  'discovery-client/index': 'src/discovery/client/index.ts',
  'mgn/index': 'src/mgn/index.ts',
  'migration-hub/index': 'src/migration-hub/index.ts',
  'dms/index': 'src/dms/index.ts',
  'local/index': 'src/local/index.ts',
};

// `npm run build` empties dist/ first: the two builds run at once, so neither may clean it.
const shared: Options = {
  splitting: true,
  // Maps without the TypeScript inside: `node --enable-source-maps` (or an error tracker) reports src/ file names and
  // lines that match the repository at the release tag instead of opaque chunk names, at a fraction of the size.
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  target: 'node20',
  platform: 'node',
  // p-retry 7 and its dependencies are ESM-only: bundle them so the CJS build can require them.
  noExternal: ['p-retry', 'is-network-error'],
};

/**
 * The bundler build (`exports[...].module`, a condition bundlers match and Node does not): each service's `sdk.ts`
 * imports its `sdk-commands.ts` statically instead of with `import()`. A bundler cannot tree-shake what a dynamic
 * import reaches (esbuild keeps every command of the SDK), but it can a static one: only the commands the kit sends
 * stay. Node keeps the lazy build, so importing the package loads no SDK until the first request.
 */
const staticSdkImports = {
  name: 'static-sdk-imports',
  setup(build: { onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => Promise<{ contents: string; loader: 'ts' }>) => void }) {
    build.onLoad({ filter: /[\\/]src[\\/][a-z-]+[\\/]sdk\.ts$/ }, async ({ path }) => {
      let n = 0;
      const imports: string[] = [];
      const source = (await readFile(path, 'utf8')).replace(/(?<!typeof )\bimport\((['"])(\.[^'"]+)\1\)/g, (_m, _q: string, specifier: string) => {
        imports.push(`import * as staticSdk${n} from '${specifier}';`);
        return `Promise.resolve(staticSdk${n++})`;
      });
      if (n === 0) throw new Error(`${path}: no import() to make static`);
      return { contents: `${imports.join('\n')}\n${source}`, loader: 'ts' };
    });
  },
};

export default defineConfig([
  {
    ...shared,
    entry,
    format: ['esm', 'cjs'],
    dts: true,
  },
  {
    ...shared,
    entry: Object.fromEntries(Object.entries(entry).filter(([name]) => !name.startsWith('local/') && !name.startsWith('discovery-client/'))),
    format: ['esm'],
    outDir: 'dist/bundler',
    esbuildPlugins: [staticSdkImports],
  },
  {
    ...shared,
    // The `amk` bin: ESM only, no types. It imports the package's public entry points only (src/index.ts and
    // src/local/index.ts), and nothing of the library imports it.
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
  },
]);
