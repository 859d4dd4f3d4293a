import { ValidationError, checkInteger, s, type Clock } from '../core/index.js';
import { DEFAULT_TRACK_NEXT_UPDATE_SECONDS, HEARTBEAT_FRACTION, LIMITS } from './defaults.js';
import type { MigrationTask } from './migration-task.js';
import type { RawMigrationTaskStatus } from './migration-task-status.js';
import { checkDetail, checkPercent } from './validate.js';
import { TRACK_OPTIONS } from './input-schemas.js';


/** Reports progress from inside `track()`: sends IN_PROGRESS with `percent` (0–100) and an optional one-line detail. */
export type ReportProgress = (percent: number, detail?: string) => Promise<void>;

/** Options of `MigrationTask.track()`. */
export interface TrackOptions {
  /** The update interval promised with every notification, in seconds (at least 1). @default 300 */
  readonly nextUpdateSeconds?: number;
  /** Send a heartbeat after this long without an update; must be shorter than `nextUpdateSeconds`. @default half of it */
  readonly heartbeatMs?: number;
  /** The status detail of the first IN_PROGRESS notification. @default none */
  readonly detail?: string;
  /** Time source for update times and heartbeats; inject one to test without waiting. @default the facade's clock */
  readonly clock?: Clock;
  /** Aborts the notifications in flight and stops heartbeats (the work itself is yours to cancel). */
  readonly signal?: AbortSignal;
  /** Called when a heartbeat or the final FAILED notification cannot be sent (the next heartbeat tries again). */
  readonly onNotifyError?: (error: unknown) => void;
}

/** The error's message as a valid one-line status detail of at most 2,500 characters. @internal */
export function failureDetail(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  const line = text.replace(/[\n\r\u0085\u2028\u2029]+/g, ' ').trim() || 'failed';
  if (line.length <= LIMITS.statusDetail) return line;
  const cut = line.slice(0, LIMITS.statusDetail - 1);
  // Do not leave half a surrogate pair at the end.
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** The engine behind `MigrationTask.track()`. @internal */
export async function runTracked<T>(
  task: MigrationTask,
  work: (report: ReportProgress) => Promise<T> | T,
  options: TrackOptions,
  defaultClock: Clock,
): Promise<T> {
  if (typeof work !== 'function') throw new ValidationError('work', 'must be a function');
  s.parse(TRACK_OPTIONS, options);
  const nextUpdateSeconds = options.nextUpdateSeconds ?? DEFAULT_TRACK_NEXT_UPDATE_SECONDS;
  const windowMs = nextUpdateSeconds * 1000;
  const heartbeatMs = options.heartbeatMs === undefined ? Math.floor(windowMs * HEARTBEAT_FRACTION) : checkInteger('heartbeatMs', options.heartbeatMs, 1, windowMs - 1);
  const firstDetail = options.detail;
  const clock = options.clock ?? defaultClock;
  const { signal } = options;
  const call = signal ? { signal } : {};

  let percent = 0;
  let detail = firstDetail;
  let lastSentAt = clock.now();
  // Notifications go out one at a time, in order, so a heartbeat never overtakes a newer report.
  let queue: Promise<unknown> = Promise.resolve();
  const send = (status: RawMigrationTaskStatus, p: number, d: string | undefined): Promise<void> => {
    const sent = queue.then(async () => {
      lastSentAt = clock.now();
      await task.notify(
        { status, progressPercent: p, ...(d !== undefined ? { detail: d } : {}), updatedAt: new Date(lastSentAt), nextUpdateSeconds },
        call,
      );
    });
    queue = sent.catch(() => undefined);
    return sent;
  };

  await task.import(call);
  await send('IN_PROGRESS', percent, detail);

  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const heartbeats = (async () => {
    while (!stop.signal.aborted) {
      const wait = lastSentAt + heartbeatMs - clock.now();
      if (wait > 0) {
        try {
          await clock.sleep(wait, stop.signal);
        } catch {
          return; // stopped
        }
        continue;
      }
      await send('IN_PROGRESS', percent, detail).catch((error: unknown) => options.onNotifyError?.(error));
    }
  })();

  const report: ReportProgress = async (p, d) => {
    percent = checkPercent('percent', p);
    detail = d === undefined ? undefined : checkDetail('detail', d);
    await send('IN_PROGRESS', percent, detail);
  };

  let outcome: Outcome<T>;
  try {
    outcome = { ok: true, value: await work(report) };
  } catch (error) {
    outcome = { ok: false, error };
  } finally {
    stop.abort();
    signal?.removeEventListener('abort', onAbort);
    await heartbeats;
  }
  if (outcome.ok) {
    await send('COMPLETED', 100, undefined);
    return outcome.value;
  }
  await send('FAILED', percent, failureDetail(outcome.error)).catch((error: unknown) => options.onNotifyError?.(error));
  throw outcome.error;
}
