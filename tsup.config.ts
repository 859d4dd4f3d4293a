import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'discovery/index': 'src/discovery/index.ts',
    'mgn/index': 'src/mgn/index.ts',
    'migration-hub/index': 'src/migration-hub/index.ts',
    'dms/index': 'src/dms/index.ts',
    'local/index': 'src/local/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  // p-retry 7 and its dependencies are ESM-only: bundle them so the CJS build can require them.
  noExternal: ['p-retry', 'is-network-error'],
});
