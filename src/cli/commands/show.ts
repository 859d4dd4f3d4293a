import { AssessmentRun, ImportTask, MgnExport, MgnImport, isTerminal, type ResumableHandle } from '../../index.js';
import { stringOption, type Command, type CommandContext } from '../command.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { detailsOf, fieldText } from '../resource-details.js';
import { handleOf, parseService } from '../resource-ref.js';
import { progressText, resourceJson } from '../resource-view.js';
import { renderTable } from '../table.js';

/**
 * Rows listed under a resource: the failed rows of a Discovery import, MGN errors, a DMS run's individual assessments
 * and the result objects it wrote to S3.
 */
interface Listing {
  readonly key: 'failedRecords' | 'errors' | 'individualAssessments' | 'resultObjects';
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
}

/** `amk show <id-or-arn>`: every field of one resource, and what went wrong in it. */
export const showCommand: Command = {
  name: 'show',
  summary: 'show one resource: every field, failed rows, errors, individual assessments and result objects',
  usage: 'amk show <id-or-arn> [--service discovery|mgn-import|mgn-export|hub|dms]',
  options: { service: { type: 'string' } },
  optionHelp: [['--service S', 'the service, when the id shape does not say (discovery, mgn-import, mgn-export, hub, dms)']],
  examples: ['amk show import-task-0123456789abcdef0123456789abcdef', 'amk show my-tool/app-server-01 --json'],
  async run(values, positionals, ctx) {
    if (positionals.length !== 1 || positionals[0] === undefined) throw new UsageError('<id>', 'expected exactly one id, ARN or <stream>/<task>');
    const handle = handleOf(ctx.kit(), positionals[0], parseService(stringOption(values, 'service')));
    await handle.refresh({ signal: ctx.signal });
    const listings = await listingsOf(handle, ctx.signal);
    const json = resourceJson(handle);
    const details = detailsOf(handle);
    const t = ctx.terminal;
    if (t.json) {
      t.record({ ...json, details, ...Object.fromEntries(listings.map((l) => [l.key, l.rows])) });
      return EXIT.ok;
    }
    t.line(`${t.paint('bold', json.ref)}  ${t.kind(json.status.kind, `${json.status.kind} (${json.status.raw})`)}  ${progressText(json)}`);
    const width = Math.max(...Object.keys(details).map((k) => k.length));
    for (const [key, value] of Object.entries(details)) t.line(`  ${t.paint('dim', key.padEnd(width))}  ${fieldText(value)}`);
    for (const listing of listings) printListing(ctx, listing);
    return EXIT.ok;
  },
};

function printListing(ctx: CommandContext, listing: Listing): void {
  const t = ctx.terminal;
  t.line('');
  t.line(t.paint('bold', `${listing.title} (${listing.rows.length})`));
  if (listing.rows.length === 0) return;
  const lines = renderTable(
    listing.columns.map((header) => ({ header: header.toUpperCase(), max: 60 })),
    listing.rows.map((row) => listing.columns.map((c) => (row[c] === undefined ? '' : fieldText(row[c])))),
    (text) => t.paint('dim', text),
  );
  for (const line of lines) t.line(`  ${line}`);
}

async function listingsOf(handle: ResumableHandle, signal: AbortSignal): Promise<Listing[]> {
  if (handle instanceof ImportTask) {
    if (!('errorsZipUrl' in handle.status) || !handle.status.errorsZipUrl) return [];
    const rows: Record<string, unknown>[] = [];
    for await (const r of handle.failedRecords({ signal })) rows.push({ row: r.rowNumber, errors: r.errors.join('; '), record: r.record });
    return [{ key: 'failedRecords', title: 'failed rows', columns: ['row', 'errors', 'record'], rows }];
  }
  if (handle instanceof MgnImport || handle instanceof MgnExport) {
    const rows: Record<string, unknown>[] = [];
    for await (const e of handle.errors({ signal })) rows.push(Object.fromEntries(Object.entries(e).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])));
    const columns = handle instanceof MgnImport ? ['rowNumber', 'errorType', 'rawError'] : ['rawError', 'errorDateTime'];
    return [{ key: 'errors', title: 'errors', columns, rows }];
  }
  if (handle instanceof AssessmentRun) {
    const rows: Record<string, unknown>[] = [];
    for await (const a of handle.individualAssessments({ signal })) rows.push({ name: a.name, status: a.status, startDate: a.startDate?.toISOString(), arn: a.arn });
    const listings: Listing[] = [{ key: 'individualAssessments', title: 'individual assessments', columns: ['name', 'status', 'startDate'], rows }];
    // DMS writes its results when the run ends; before that, or with no result bucket, there is nothing to list.
    if (isTerminal(handle.status) && handle.resultLocation !== undefined) {
      const objects: Record<string, unknown>[] = [];
      for await (const o of handle.resultObjects({ signal })) objects.push({ key: `s3://${o.bucket}/${o.key}`, size: o.size, lastModified: o.lastModified?.toISOString() });
      listings.push({ key: 'resultObjects', title: 'result objects', columns: ['key', 'size', 'lastModified'], rows: objects });
    }
    return listings;
  }
  return [];
}
