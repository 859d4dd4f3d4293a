import { formatElapsed } from './duration.js';
import { progressText, type ResourceJson } from './resource-view.js';
import type { Terminal } from './terminal.js';

const BAR_WIDTH = 20;
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const ESC = '\u001b[';

/**
 * The live view of `amk wait` on a terminal: one line per resource (spinner or result mark, id, name, bar,
 * percent or completed/total, status kind in colour, elapsed time), redrawn in place by moving the cursor up over
 * the previous frame. Lines are cut to the terminal's width so that none wraps and breaks the redraw.
 */
export class LiveBoard {
  readonly #terminal: Terminal;
  readonly #rows: ResourceJson[];
  readonly #started: number;
  readonly #endedAt: (number | undefined)[];
  #drawn = 0;
  #frame = 0;

  constructor(terminal: Terminal, rows: readonly ResourceJson[], started: number) {
    this.#terminal = terminal;
    this.#rows = [...rows];
    this.#started = started;
    this.#endedAt = rows.map(() => undefined);
    terminal.raw(`${ESC}?25l`);
  }

  /** Takes a resource's new snapshot (drawn on the next {@link draw}). */
  update(index: number, json: ResourceJson, now: number): void {
    this.#rows[index] = json;
    if (json.terminal) this.#endedAt[index] ??= now;
  }

  /** Redraws every line in place. */
  draw(now: number): void {
    const lines = this.#rows.map((row, i) => this.#line(row, (this.#endedAt[i] ?? now) - this.#started));
    const up = this.#drawn > 0 ? `${ESC}${this.#drawn}A` : '';
    this.#terminal.raw(`${up}${lines.map((l) => `\r${ESC}2K${l}\n`).join('')}`);
    this.#drawn = lines.length;
    this.#frame++;
  }

  /** Draws the last frame and gives the cursor back. */
  close(now: number): void {
    this.draw(now);
    this.#terminal.raw(`${ESC}?25h`);
  }

  #line(row: ResourceJson, elapsedMs: number): string {
    const t = this.#terminal;
    const mark = row.terminal ? (['succeeded', 'partially-succeeded', 'warning'].includes(row.status.kind) ? '✔' : '✖') : (SPINNER[this.#frame % SPINNER.length] ?? '');
    const progress = progressText(row);
    const fixed = `${mark} ${bar(row)} ${progress.padStart(10)} ${row.status.kind.padEnd(19)} ${formatElapsed(elapsedMs).padStart(5)}`;
    const room = Math.max(10, t.columns - 1 - fixed.length - 2);
    const label = labelOf(row, Math.min(room, 72)).padEnd(Math.min(room, 72));
    return `${t.kind(row.status.kind, mark)} ${label}  ${t.paint('green', bar(row))} ${progress.padStart(10)} ${t.kind(row.status.kind, row.status.kind.padEnd(19))} ${t.paint('dim', formatElapsed(elapsedMs).padStart(5))}`;
  }
}

function bar(row: ResourceJson): string {
  const percent = row.progress?.percent ?? (row.terminal && row.status.kind === 'succeeded' ? 100 : 0);
  const filled = Math.round((Math.min(100, Math.max(0, percent)) / 100) * BAR_WIDTH);
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
}

/** The id and the name, cut to `width`: the name first (at its end), then the id (at its start, keeping the unique end of an ARN). */
function labelOf(row: ResourceJson, width: number): string {
  if (row.ref.length >= width) return `…${row.ref.slice(row.ref.length - width + 1)}`;
  const room = width - row.ref.length - 1;
  if (!row.name || room < 2) return row.ref;
  return `${row.ref} ${row.name.length > room ? `${row.name.slice(0, room - 1)}…` : row.name}`;
}
