import { WaitTimeoutError, waitAll, waitAny, type ResumableHandle, type WaitOptions } from '../index.js';
import type { CommandContext } from './command.js';
import { formatElapsed } from './duration.js';
import { EXIT, Interrupted, exitCodeOf, type ExitCode } from './exit-codes.js';
import { LiveBoard } from './live-board.js';
import { resourceJson, progressText, type ResourceJson } from './resource-view.js';
import { changeKeyOf, outcomeOf, summaryLine, type WaitEnd } from './wait-outcome.js';

/** How `amk wait` / `amk watch` (and `start --wait`) wait. */
export interface WaitSettings {
  /** `--timeout`, ms. */
  readonly timeoutMs: number;
  /** `--min-delay`, ms. */
  readonly minDelayMs?: number | undefined;
  /** `--max-delay`, ms. */
  readonly maxDelayMs?: number | undefined;
  /** `--any`: end at the first terminal resource (`waitAny`). */
  readonly any: boolean;
  /** `--succeeded`: a resource that ended failed makes the exit code 1. */
  readonly succeeded: boolean;
  /** `watch` prints a line per change even on a terminal; `wait` redraws a live view there. */
  readonly mode: 'wait' | 'watch';
}

const REDRAW_MS = 250;

/**
 * Waits for `handles` with one poll loop (`waitAll`, or `waitAny` with `--any`) and reports as it goes: NDJSON
 * events with `--json`; a live view on a terminal (`wait`); a timestamped line per change otherwise. Ctrl-C aborts
 * the wait through its signal, so no request is sent after it. Resolves to the exit code.
 */
export async function runWait(handles: readonly ResumableHandle[], settings: WaitSettings, ctx: CommandContext): Promise<ExitCode> {
  const t = ctx.terminal;
  const started = ctx.now();
  const rows = handles.map((h) => resourceJson(h));
  const keys: (string | undefined)[] = rows.map(() => undefined);
  const board = !t.json && t.live && settings.mode === 'wait' ? new LiveBoard(t, rows, started) : undefined;
  const timer = board ? setInterval(() => board.draw(ctx.now()), REDRAW_MS) : undefined;
  timer?.unref();

  const observe = (snapshots: readonly ResumableHandle[]): void => {
    const now = ctx.now();
    snapshots.forEach((snapshot, i) => {
      const json = resourceJson(snapshot);
      const key = changeKeyOf(json);
      if (key === keys[i]) return;
      keys[i] = key;
      rows[i] = json;
      if (t.json) t.record({ type: 'change', time: new Date(now).toISOString(), resource: json });
      else if (board) board.update(i, json, now);
      else t.line(changeLine(ctx, json, now));
    });
    board?.draw(now);
  };

  const options: WaitOptions<readonly ResumableHandle[]> = {
    timeoutMs: settings.timeoutMs,
    signal: ctx.signal,
    onProgress: observe,
    ...(settings.minDelayMs !== undefined ? { minDelayMs: settings.minDelayMs } : {}),
    ...(settings.maxDelayMs !== undefined ? { maxDelayMs: settings.maxDelayMs } : {}),
  };
  let end: WaitEnd = 'done';
  let failure: unknown;
  let first: ResumableHandle | undefined;
  try {
    if (settings.any) first = await waitAny(handles, options);
    else await waitAll(handles, options);
  } catch (error) {
    failure = ctx.signal.aborted ? new Interrupted() : error;
    end = failure instanceof Interrupted ? 'interrupted' : failure instanceof WaitTimeoutError ? 'timeout' : 'error';
  } finally {
    if (timer) clearInterval(timer);
  }
  const final = handles.map((h) => resourceJson(h));
  final.forEach((json, i) => board?.update(i, json, ctx.now()));
  board?.close(ctx.now());
  report(ctx, final, end, started, first);
  if (failure !== undefined) {
    if (end === 'error') throw failure;
    return exitCodeOf(failure);
  }
  const judged = first ? [resourceJson(first)] : final;
  return settings.succeeded && judged.some((json) => outcomeOf(json, end) === 'failed') ? EXIT.failed : EXIT.ok;
}

function report(ctx: CommandContext, final: readonly ResourceJson[], end: WaitEnd, started: number, first: ResumableHandle | undefined): void {
  const t = ctx.terminal;
  const now = ctx.now();
  if (t.json) {
    for (const json of final) t.record({ type: 'final', time: new Date(now).toISOString(), outcome: outcomeOf(json, end), resource: json });
    return;
  }
  const elapsed = formatElapsed(now - started);
  t.line(summaryLine(final, elapsed, (kind, text) => t.kind(kind, text)));
  if (first) t.line(`first to finish: ${resourceJson(first).ref}`);
  if (end === 'timeout') t.note(`timed out after ${elapsed}; ${final.filter((r) => !r.terminal).length} not finished`);
  if (end === 'interrupted') t.note('interrupted');
}

/** `2026-11-30T12:00:03Z import-task-… wave-1 running (IMPORT_IN_PROGRESS) 12 records`. */
function changeLine(ctx: CommandContext, json: ResourceJson, now: number): string {
  const t = ctx.terminal;
  const time = new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const progress = progressText(json);
  const shown = [progress && !json.summary.startsWith(progress) ? progress : '', json.summary].filter((s) => s !== '').join(' ');
  return `${t.paint('dim', time)} ${json.ref}${json.name ? ` ${json.name}` : ''} ${t.kind(json.status.kind, `${json.status.kind} (${json.status.raw})`)}${shown ? ` ${shown}` : ''}`;
}
