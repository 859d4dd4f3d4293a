#!/usr/bin/env node
// Derives the committed test fixtures in test/fixtures/models/ from the official
// AWS service models (botocore JSON: service-2.json, paginators-1.json, waiters-2.json).
//
//   node scripts/extract-models.mjs [modelsDir] [outDir]
//
// modelsDir defaults to ../shared/aws-models (relative to the repo root), outDir to
// test/fixtures/models (a test passes a temporary outDir to check the committed files are current).
//
// For each service it keeps only the operations this project uses and the shapes
// reachable from them (input, output, errors, transitively), and strips every
// documentation string: shapes, enums, limits and patterns are facts about the wire
// protocol; the prose is not ours to redistribute. Output is 2-space JSON with
// name-keyed maps sorted, so the same input always gives byte-identical files.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const modelsDir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'aws-models'));
const outDir = resolve(process.argv[3] ?? join(repoRoot, 'test', 'fixtures', 'models'));

/** The operations the project calls (or emulates), per service model directory. */
const OPERATIONS = {
  discovery: ['StartImportTask', 'DescribeImportTasks', 'BatchDeleteImportData'],
  mgn: ['StartImport', 'ListImports', 'ListImportErrors', 'StartExport', 'ListExports', 'ListExportErrors'],
  mgh: [
    'NotifyMigrationTaskState',
    'DescribeMigrationTask',
    'ListMigrationTasks',
    'ImportMigrationTask',
    'CreateProgressUpdateStream',
    'DeleteProgressUpdateStream',
    'ListProgressUpdateStreams',
    'AssociateCreatedArtifact',
    'DisassociateCreatedArtifact',
    'ListCreatedArtifacts',
    'AssociateDiscoveredResource',
    'DisassociateDiscoveredResource',
    'ListDiscoveredResources',
    'PutResourceAttributes',
  ],
  dms: [
    'StartReplicationTaskAssessmentRun',
    'DescribeReplicationTaskAssessmentRuns',
    'DescribeReplicationTaskIndividualAssessments',
    'CancelReplicationTaskAssessmentRun',
    'DeleteReplicationTaskAssessmentRun',
    'DescribeApplicableIndividualAssessments',
    'DescribeReplicationTasks',
  ],
  'migrationhub-config': ['DescribeHomeRegionControls', 'GetHomeRegion', 'CreateHomeRegionControl'],
  // The operations the emulator's S3 serves (path-style REST-XML) and the library's storage layer calls.
  s3: [
    'ListBuckets',
    'CreateBucket',
    'HeadBucket',
    'DeleteBucket',
    'ListObjectsV2',
    'PutObject',
    'GetObject',
    'HeadObject',
    'DeleteObject',
    'CreateMultipartUpload',
    'UploadPart',
    'CompleteMultipartUpload',
    'AbortMultipartUpload',
    'ListParts',
  ],
};

/** Keys holding prose (HTML documentation, links, waiter descriptions), removed wherever they occur as a schema key. */
const PROSE_KEYS = new Set(['documentation', 'documentationUrl', 'description', 'deprecatedMessage', 'examples']);

/** Keys whose value is a map keyed by names (member names, shape names, ...), not by schema keywords. */
const NAME_KEYED = new Set(['members', 'shapes', 'operations', 'pagination', 'waiters']);

/**
 * Removes prose keys recursively. Inside name-keyed maps the keys are names chosen by
 * the service (a structure may well have a member called "description"), so only the
 * values below them are cleaned.
 */
function stripProse(value, nameKeyed = false) {
  if (Array.isArray(value)) return value.map((v) => stripProse(v));
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) {
    if (nameKeyed) {
      out[key] = stripProse(child);
    } else if (!PROSE_KEYS.has(key)) {
      out[key] = stripProse(child, NAME_KEYED.has(key));
    }
  }
  return out;
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function sortedObject(entries) {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Names of the shapes a shape refers to directly. */
function shapeRefs(shape) {
  const refs = [];
  for (const member of Object.values(shape.members ?? {})) refs.push(member.shape);
  for (const key of ['member', 'key', 'value']) if (shape[key]) refs.push(shape[key].shape);
  return refs;
}

function extract(service, operationNames) {
  const dir = join(modelsDir, service);
  const api = readJson(join(dir, 'service-2.json'));
  const paginatorsFile = join(dir, 'paginators-1.json');
  const waitersFile = join(dir, 'waiters-2.json');
  const pagination = existsSync(paginatorsFile) ? (readJson(paginatorsFile).pagination ?? {}) : {};
  const waiters = existsSync(waitersFile) ? (readJson(waitersFile).waiters ?? {}) : {};

  const operations = [];
  const pending = [];
  for (const name of operationNames) {
    const op = api.operations[name];
    if (!op) throw new Error(`${service}: operation ${name} is not in the model (renamed or removed?)`);
    operations.push([name, op]);
    if (op.input) pending.push(op.input.shape);
    if (op.output) pending.push(op.output.shape);
    for (const err of op.errors ?? []) pending.push(err.shape);
  }

  const reachable = new Set();
  while (pending.length > 0) {
    const name = pending.pop();
    if (reachable.has(name)) continue;
    const shape = api.shapes[name];
    if (!shape) throw new Error(`${service}: shape ${name} is referenced but not defined`);
    reachable.add(name);
    pending.push(...shapeRefs(shape));
  }

  const kept = new Set(operationNames);
  const model = {
    metadata: api.metadata,
    operations: sortedObject(operations),
    shapes: sortedObject([...reachable].map((name) => [name, api.shapes[name]])),
    paginators: sortedObject(Object.entries(pagination).filter(([name]) => kept.has(name))),
    waiters: sortedObject(Object.entries(waiters).filter(([, w]) => kept.has(w.operation))),
  };
  return stripProse(model);
}

if (!existsSync(modelsDir)) {
  console.error(`extract-models: no models directory at ${modelsDir}\nusage: node scripts/extract-models.mjs [modelsDir] [outDir]`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
for (const [service, operationNames] of Object.entries(OPERATIONS)) {
  const model = extract(service, operationNames);
  const file = join(outDir, `${service}.json`);
  const text = `${JSON.stringify(model, null, 2)}\n`;
  writeFileSync(file, text);
  console.log(
    `${service}: ${Object.keys(model.operations).length} operations, ${Object.keys(model.shapes).length} shapes, ` +
      `${Object.keys(model.paginators).length} paginators, ${Object.keys(model.waiters).length} waiters, ${Buffer.byteLength(text)} bytes`,
  );
}
