import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmulatorStateError } from '../emulator-error.js';
import type { S3Store, StoredBucket, StoredObject } from '../s3.js';
import { S3_STATE } from './section-shapes.js';
import { decodeState, encodeState } from './state-codec.js';
import { checkState } from './state-shape.js';

// The emulated S3 persisted under `dataDir`: `s3/<sha256(bucket)>/bucket.json` ({ name, created }) and, per object,
// `objects/<sha256(key)>.bin` (the bytes) beside `objects/<sha256(key)>.json` (the key and what S3 keeps about it).
// Names are hashed so any bucket or key maps to a safe file name; writes are synchronous, so the disk always
// mirrors the store.

const hash = (name: string): string => createHash('sha256').update(name).digest('hex');

/**
 * Loads the objects saved under `dir` into `store`, then mirrors every change of the store to `dir`. A file that is
 * not what the emulator wrote throws {@link EmulatorStateError} naming it. Returns a function that stops mirroring.
 * @internal
 */
export function attachDataDir(store: S3Store, dir: string): () => void {
  const root = join(dir, 's3');
  mkdirSync(root, { recursive: true });
  for (const bucket of readBuckets(root)) store.restoreBucket(bucket);
  return store.onChange(({ bucket, key }) => {
    const bucketDir = join(root, hash(bucket));
    const stored = store.bucket(bucket);
    if (stored === undefined) return rmSync(bucketDir, { recursive: true, force: true });
    mkdirSync(join(bucketDir, 'objects'), { recursive: true });
    writeFileSync(join(bucketDir, 'bucket.json'), JSON.stringify({ name: stored.name, created: stored.created }));
    if (key === undefined) return;
    const file = join(bucketDir, 'objects', hash(key));
    const object = stored.objects.get(key);
    if (object === undefined) {
      rmSync(`${file}.bin`, { force: true });
      rmSync(`${file}.json`, { force: true });
      return;
    }
    const { body, ...meta } = object;
    writeFileSync(`${file}.bin`, body);
    writeFileSync(`${file}.json`, JSON.stringify(encodeState({ key, ...meta })));
  });
}

function readBuckets(root: string): StoredBucket[] {
  const buckets: StoredBucket[] = [];
  for (const entry of readdirSync(root)) {
    const bucketDir = join(root, entry);
    const info = readJson(join(bucketDir, 'bucket.json'));
    const objects = new Map<string, StoredObject>();
    const objectsDir = join(bucketDir, 'objects');
    for (const name of existsSync(objectsDir) ? readdirSync(objectsDir) : []) {
      if (!name.endsWith('.json')) continue;
      const metaFile = join(objectsDir, name);
      const meta = readJson(metaFile) as Record<string, unknown>;
      const key = meta['key'];
      if (typeof key !== 'string') throw new EmulatorStateError(metaFile, 'has no key');
      const bodyFile = metaFile.replace(/\.json$/, '.bin');
      if (!existsSync(bodyFile)) throw new EmulatorStateError(bodyFile, 'is missing');
      const { key: _, ...rest } = meta;
      objects.set(key, { ...rest, body: new Uint8Array(readFileSync(bodyFile)) } as StoredObject);
    }
    buckets.push({ ...(info as { name: string; created: number }), objects });
  }
  // One check of everything read, with the shape saved state uses.
  return checkState<{ buckets: StoredBucket[] }>({ buckets }, S3_STATE, 'dataDir').buckets;
}

function readJson(file: string): unknown {
  try {
    return decodeState(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new EmulatorStateError(file, `is not the emulator's JSON: ${String(error)}`);
  }
}
