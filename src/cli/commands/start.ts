import { randomUUID } from 'node:crypto';
import type { MigrationKit, ResumableHandle, StartAssessmentRunOptions } from '../../index.js';
import { flagOption, listOption, requiredOption, stringOption, type Command, type CommandContext, type OptionValues } from '../command.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import { resourceJson } from '../resource-view.js';
import { runWait } from '../wait-run.js';
import { WAIT_OPTIONS, WAIT_OPTION_HELP, waitSettings } from './wait.js';

const WHAT = ['discovery-import', 'mgn-import', 'mgn-export', 'dms-assessment'] as const;
type What = (typeof WHAT)[number];

/** `--validate`: the pre-flight mode of the kit's `importFile`. */
type ImportFileValidation = NonNullable<Parameters<MigrationKit['discovery']['importFile']>[1]['validate']>;

/** The options each kind of start takes (besides `--wait` and the wait options). */
const OPTIONS_OF: Readonly<Record<What, readonly string[]>> = {
  'discovery-import': ['name', 'url', 'file', 'bucket', 'key', 'validate', 'token'],
  'mgn-import': ['bucket', 'key', 'file', 'validate', 'bucket-owner', 'tag', 'token'],
  'mgn-export': ['bucket', 'key', 'bucket-owner', 'tag'],
  'dms-assessment': ['task-arn', 'name', 'role-arn', 'bucket', 'folder', 'include', 'exclude', 'sse', 'kms-key-arn', 'tag'],
};

/** `amk start <what>`: starts an import, an export or an assessment run; `--wait` waits for it. */
export const startCommand: Command = {
  name: 'start',
  summary: 'start a Discovery import, an MGN import or export, or a DMS assessment run',
  usage: 'amk start <discovery-import|mgn-import|mgn-export|dms-assessment> [options] [--wait]',
  options: {
    name: { type: 'string' },
    url: { type: 'string' },
    file: { type: 'string' },
    validate: { type: 'string' },
    token: { type: 'string' },
    bucket: { type: 'string' },
    key: { type: 'string' },
    'bucket-owner': { type: 'string' },
    tag: { type: 'string', multiple: true },
    'task-arn': { type: 'string' },
    'role-arn': { type: 'string' },
    folder: { type: 'string' },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    sse: { type: 'string' },
    'kms-key-arn': { type: 'string' },
    wait: { type: 'boolean' },
    ...WAIT_OPTIONS,
  },
  optionHelp: [
    ['discovery-import', '--name N --url s3://bucket/key.csv [--token T]'],
    ['', 'or --name N --file servers.csv --bucket B [--key K] [--validate error|warn|off] [--token T]: check, upload, start'],
    ['mgn-import', '--bucket B --key K.csv [--bucket-owner ACCOUNT] [--tag k=v]... [--token T]'],
    ['', 'or --bucket B --file inventory.csv [--key K.csv] [--validate error|warn|off] ...: check, upload, start'],
    ['mgn-export', '--bucket B --key K.csv [--bucket-owner ACCOUNT] [--tag k=v]...'],
    ['dms-assessment', '--task-arn ARN --name N --role-arn ARN --bucket B [--folder F] [--include A... | --exclude A...] [--sse SSE_S3|SSE_KMS [--kms-key-arn ARN]]'],
    ['--token T', 'idempotency token; printed when generated: run again with it to re-attach instead of starting another'],
    ['--wait', 'then wait for it, as amk wait'],
    ...WAIT_OPTION_HELP,
  ],
  examples: [
    'amk start discovery-import --name wave-1 --url s3://my-migration-bucket/servers.csv --wait',
    'amk start discovery-import --name wave-1 --file servers.csv --bucket my-migration-bucket --wait',
    'amk start dms-assessment --task-arn arn:aws:dms:us-west-2:111122223333:task:T1 --name pre-cutover --role-arn arn:aws:iam::111122223333:role/dms-assess --bucket my-assessments',
  ],
  async run(values, positionals, ctx) {
    const what = positionals[0];
    if (positionals.length !== 1 || what === undefined || !(WHAT as readonly string[]).includes(what)) {
      throw new UsageError('<what>', `expected one of ${WHAT.join(', ')}${what === undefined ? '' : `, got ${JSON.stringify(what)}`}`);
    }
    const allowed = OPTIONS_OF[what as What];
    for (const option of Object.keys(OPTIONS_OF).flatMap((w) => OPTIONS_OF[w as What])) {
      if (values[option] !== undefined && !allowed.includes(option)) throw new UsageError(`--${option}`, `is not an option of start ${what}`);
    }
    const wait = flagOption(values, 'wait');
    const settings = waitSettings(values, 'wait'); // validated before anything is sent
    const fromFile = stringOption(values, 'file') !== undefined;
    // A file's upload derives its token from the bucket, key and content, so a rerun re-attaches by itself.
    const token = allowed.includes('token') && !fromFile ? (stringOption(values, 'token') ?? randomUUID()) : stringOption(values, 'token');
    const handle = await start(ctx.kit(), what as What, values, token, ctx.signal);
    report(ctx, handle, token, values);
    return wait ? runWait([handle], settings, ctx) : (EXIT.ok as ExitCode);
  },
};

async function start(kit: MigrationKit, what: What, values: OptionValues, token: string | undefined, signal: AbortSignal): Promise<ResumableHandle> {
  const tags = tagsOf(values);
  const owner = stringOption(values, 'bucket-owner');
  switch (what) {
    case 'discovery-import': {
      const file = fileOption(values, 'url');
      if (file === undefined) {
        return kit.discovery.startImport({ name: requiredOption(values, 'name'), importUrl: requiredOption(values, 'url'), ...(token ? { clientRequestToken: token } : {}) }, { signal });
      }
      const key = stringOption(values, 'key');
      return kit.discovery.importFile(
        { path: file.path },
        { name: requiredOption(values, 'name'), bucket: requiredOption(values, 'bucket'), ...(key !== undefined ? { key } : {}), ...file.validate, ...(token ? { clientRequestToken: token } : {}), signal },
      );
    }
    case 'mgn-import': {
      const file = fileOption(values);
      const common = { bucket: requiredOption(values, 'bucket'), ...(owner ? { bucketOwner: owner } : {}), ...(tags ? { tags } : {}), ...(token ? { clientToken: token } : {}) };
      if (file === undefined) return kit.mgn.startImport({ ...common, key: requiredOption(values, 'key') }, { signal });
      const key = stringOption(values, 'key'); // optional with --file: importFile derives one from the content
      return kit.mgn.importFile({ path: file.path }, { ...common, ...(key !== undefined ? { key } : {}), ...file.validate, signal });
    }
    case 'mgn-export':
      return kit.mgn.startExport({ bucket: requiredOption(values, 'bucket'), key: requiredOption(values, 'key'), ...(owner ? { bucketOwner: owner } : {}), ...(tags ? { tags } : {}) }, { signal });
    case 'dms-assessment':
      return kit.dms.replicationTask(requiredOption(values, 'task-arn')).startAssessmentRun(assessmentOptions(values, tags), { signal });
  }
}

/**
 * `--file PATH` (with `--validate`): upload-and-start through the kit's `importFile`, or undefined without `--file`
 * (when `--validate` is refused). For a start that otherwise reads an S3 URL (`urlOption`, Discovery's `--url`),
 * `--bucket` and `--key` say where the file goes, so they go only with `--file`, and the URL only without it.
 */
function fileOption(values: OptionValues, urlOption?: string): { path: string; validate: { validate?: ImportFileValidation } } | undefined {
  const path = stringOption(values, 'file');
  const validate = stringOption(values, 'validate');
  if (path === undefined) {
    if (validate !== undefined) throw new UsageError('--validate', 'goes with --file');
    for (const option of urlOption === undefined ? [] : ['bucket', 'key']) if (values[option] !== undefined) throw new UsageError(`--${option}`, 'goes with --file');
    return undefined;
  }
  if (urlOption !== undefined && values[urlOption] !== undefined) throw new UsageError(`--${urlOption}`, 'cannot be combined with --file (the file is uploaded to --bucket)');
  if (validate !== undefined && validate !== 'error' && validate !== 'warn' && validate !== 'off') throw new UsageError('--validate', `expected error, warn or off, got ${JSON.stringify(validate)}`);
  return { path, validate: validate !== undefined ? { validate } : {} };
}

function assessmentOptions(values: OptionValues, tags: Record<string, string> | undefined): StartAssessmentRunOptions {
  const include = listOption(values, 'include');
  const exclude = listOption(values, 'exclude');
  if (include && exclude) throw new UsageError('--include', 'cannot be combined with --exclude');
  const folder = stringOption(values, 'folder');
  const sse = stringOption(values, 'sse');
  const kmsKeyArn = stringOption(values, 'kms-key-arn');
  if (kmsKeyArn !== undefined && sse !== 'SSE_KMS') throw new UsageError('--kms-key-arn', 'needs --sse SSE_KMS');
  if (sse !== undefined && sse !== 'SSE_S3' && sse !== 'SSE_KMS') throw new UsageError('--sse', `expected SSE_S3 or SSE_KMS, got ${JSON.stringify(sse)}`);
  const base = {
    name: requiredOption(values, 'name'),
    serviceAccessRoleArn: requiredOption(values, 'role-arn'),
    resultLocation: { bucket: requiredOption(values, 'bucket'), ...(folder !== undefined ? { folder } : {}) },
    ...(sse === 'SSE_S3' ? { encryption: { mode: 'SSE_S3' as const } } : sse === 'SSE_KMS' ? { encryption: { mode: 'SSE_KMS' as const, ...(kmsKeyArn ? { kmsKeyArn } : {}) } } : {}),
    ...(tags ? { tags } : {}),
  };
  return include ? { ...base, include } : exclude ? { ...base, exclude } : base;
}

/** `--tag k=v`, repeatable. */
function tagsOf(values: OptionValues): Record<string, string> | undefined {
  const raw = values['tag'];
  if (raw === undefined) return undefined;
  const tags: Record<string, string> = {};
  for (const pair of (Array.isArray(raw) ? raw : [raw]).map(String)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError('--tag', `expected key=value, got ${JSON.stringify(pair)}`);
    tags[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return tags;
}

function report(ctx: CommandContext, handle: ResumableHandle, token: string | undefined, values: OptionValues): void {
  const t = ctx.terminal;
  const json = resourceJson(handle);
  if (t.json) {
    t.record({ type: 'started', time: new Date(ctx.now()).toISOString(), ...(token ? { token } : {}), resource: json });
    return;
  }
  t.line(`started ${t.paint('bold', json.ref)} ${t.kind(json.status.kind, `${json.status.kind} (${json.status.raw})`)}`);
  if (token && stringOption(values, 'token') === undefined) t.note(`client token ${token}: run the same command with --token ${token} to re-attach to this resource instead of starting another`);
}
