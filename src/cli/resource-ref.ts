import type { MigrationKit, ResumableHandle } from '../index.js';
import { UsageError } from './exit-codes.js';

/** What `--service` accepts, and what an id's shape is inferred as. */
export const SERVICES = ['discovery', 'mgn-import', 'mgn-export', 'hub', 'dms'] as const;

/** The service of a resource reference. */
export type ServiceKind = (typeof SERVICES)[number];

const SHAPES: readonly (readonly [ServiceKind, RegExp])[] = [
  ['discovery', /^import-task-[0-9a-f]{32}$/],
  ['mgn-import', /^import-[0-9A-Za-z]{17}$/],
  ['mgn-export', /^export-[0-9A-Za-z]{17}$/],
  ['dms', /^arn:[\w-]+:dms:[\w-]+:\d{12}:assessment-run:/],
  ['hub', /^[^/:|]+\/[^:|]+$/],
];

/**
 * The service a reference names, from its shape: `import-task-<32 hex>` (Discovery), `import-<17>` (MGN import),
 * `export-<17>` (MGN export), an `assessment-run` ARN (DMS), `<stream>/<task>` (Migration Hub).
 * @throws UsageError when the shape says nothing and `--service` was not given.
 */
export function serviceOf(ref: string, given: ServiceKind | undefined): ServiceKind {
  if (given !== undefined) return given;
  const found = SHAPES.find(([, shape]) => shape.test(ref));
  if (!found) {
    throw new UsageError('<id>', `cannot tell the service of ${JSON.stringify(ref)}: expected import-task-…, import-…, export-…, an assessment-run ARN or <stream>/<task>; or give --service`);
  }
  return found[0];
}

/** The checkpoint's own keys; the rest of a `--json` line is display fields, which `kit.resume()` refuses. */
const CHECKPOINT_KEYS = ['v', 'service', 'resource', 'id', 'scope', 'status', 'poll', 'nextUpdateSeconds'] as const;

/** The checkpoint inside a `--json` resource line (the line itself when it is a bare checkpoint). */
function checkpointOf(line: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    throw new UsageError('<id>', `${JSON.stringify(line.slice(0, 60))} is not valid JSON`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError('<id>', 'a JSON reference must be an object');
  const record = data as Record<string, unknown>;
  return Object.fromEntries(CHECKPOINT_KEYS.filter((key) => record[key] !== undefined).map((key) => [key, record[key]]));
}

/**
 * A handle on the resource `ref` names (sends nothing). A checkpoint (`{"v":1,...}`, as printed by `--json`) is
 * resumed whatever its service.
 * @throws UsageError or the kit's ValidationError when `ref` is malformed.
 */
export function handleOf(kit: MigrationKit, ref: string, given?: ServiceKind): ResumableHandle {
  if (ref.trimStart().startsWith('{')) return kit.resume(JSON.stringify(checkpointOf(ref)));
  const service = serviceOf(ref, given);
  switch (service) {
    case 'discovery':
      return kit.discovery.importTask(ref);
    case 'mgn-import':
      return kit.mgn.import(ref);
    case 'mgn-export':
      return kit.mgn.export(ref);
    case 'dms':
      return kit.dms.assessmentRun(ref);
    case 'hub': {
      const slash = ref.indexOf('/');
      if (slash < 0) throw new UsageError('<id>', `a Migration Hub task is <stream>/<task>, got ${JSON.stringify(ref)}`);
      return kit.hub.migrationTask(ref.slice(0, slash), ref.slice(slash + 1));
    }
  }
}

/** Parses `--service`. */
export function parseService(value: string | undefined): ServiceKind | undefined {
  if (value === undefined) return undefined;
  if (!(SERVICES as readonly string[]).includes(value)) throw new UsageError('--service', `expected one of ${SERVICES.join(', ')}, got ${JSON.stringify(value)}`);
  return value as ServiceKind;
}
