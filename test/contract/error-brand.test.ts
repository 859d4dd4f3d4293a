/**
 * Errors are recognised across copies of the package: the ESM build (dist/index.js) and the CJS build
 * (dist/index.cjs) loaded into one process are two copies of every class, so `instanceof` fails across them; the
 * guards read a `Symbol.for` brand and must not.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { buildIfStale } from '../../scripts/build-if-stale.mjs';

type Build = typeof import('../../src/index.js');
let esm: Build;
let cjs: Build;

beforeAll(async () => {
  (buildIfStale as (log: () => void) => boolean)(() => {});
  const root = new URL('../../', import.meta.url);
  esm = (await import(pathToFileURL(new URL('dist/index.js', root).pathname).href)) as Build;
  cjs = createRequire(import.meta.url)(new URL('dist/index.cjs', root).pathname) as Build;
}, 600_000);

describe('error guards across the ESM and CJS builds', () => {
  it('are two copies: instanceof does not cross them', () => {
    expect(esm.ValidationError).not.toBe(cjs.ValidationError);
    expect(new esm.ValidationError('f', 'bad')).not.toBeInstanceOf(cjs.ValidationError);
  });

  it('isMigrationKitError and each typed guard recognise errors thrown by the other build', async () => {
    const fromEsm = await new esm.MigrationKit({ region: 'us-west-2' }).discovery.startImport({ name: 'x', importUrl: 'nope' }).catch((e: unknown) => e);
    const fromCjs = (() => {
      try {
        new cjs.MigrationKit({ regoin: 'us-west-2' } as never);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    for (const [error, other] of [
      [fromEsm, cjs],
      [fromCjs, esm],
    ] as const) {
      expect(other.isMigrationKitError(error)).toBe(true);
      expect(other.isValidationError(error)).toBe(true);
      expect(other.isCheckpointError(error)).toBe(false);
      expect(other.isWaitTimeoutError(error)).toBe(false);
    }
    const checkpoint = (() => {
      try {
        new esm.MigrationKit().resume({ v: 2 } as never);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(cjs.isCheckpointError(checkpoint)).toBe(true);
    expect(cjs.isValidationError(checkpoint)).toBe(false);
    expect(cjs.isMigrationKitError(new Error('plain'))).toBe(false);
    expect(cjs.isMigrationKitError({ name: 'ValidationError' })).toBe(false);
  });
});
