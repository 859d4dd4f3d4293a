import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// This file must not import @aws-sdk/client-mgn (or anything that does) statically: it watches for it to load.
// The client is CommonJS, so loading it in any way (import or require) puts it into the CJS module cache; vitest
// runs each test file in its own process, so nothing else can have loaded it first.
const require = createRequire(import.meta.url);
const MGN_CLIENT = `${sep}@aws-sdk${sep}client-mgn${sep}`;
const mgnClientLoaded = (): boolean => Object.keys(require.cache).some((path) => path.includes(MGN_CLIENT));

/** The other subpath entries, and the root entry (which re-exports the facades but must stay lazy too). */
const OTHER_ENTRIES = [...['core', 'local', 'discovery', 'dms', 'migration-hub'].map((folder) => `../../src/${folder}/index.ts`), '../../src/index.ts'];

describe('@aws-sdk/client-mgn is loaded lazily', () => {
  it('is not loaded by the other subpaths, nor by importing the MGN subpath, only by the first MGN request', async () => {
    expect(mgnClientLoaded()).toBe(false);
    const entries = OTHER_ENTRIES.filter((path) => existsSync(new URL(path, import.meta.url)));
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const path of entries) {
      await import(/* @vite-ignore */ path);
      expect(mgnClientLoaded(), path).toBe(false);
    }

    const { MgnService } = await import('../../src/mgn/index.js');
    const { startEmulator } = await import('../../src/local/index.js');
    const emu = await startEmulator({ speed: 0 });
    try {
      const mgn = new MgnService({ ...emu.clientConfig });
      const handle = mgn.resume({ v: 1, service: 'mgn', resource: 'MgnImport', id: 'import-0123456789abcdefg' });
      expect(handle.status.kind).toBe('unknown');
      expect(mgnClientLoaded(), 'after constructing the facade').toBe(false);
      await expect(mgn.startImport({ bucket: 'NOT valid', key: 'a.csv' })).rejects.toThrow(/bucket/);
      expect(mgnClientLoaded(), 'after a request refused by validation').toBe(false);

      await mgn.imports().first();
      // The control: the detector does see the client once the first request needs it.
      expect(mgnClientLoaded(), 'after the first request').toBe(true);
    } finally {
      await emu.close();
    }
  });
});
