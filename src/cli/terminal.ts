import { styleText } from 'node:util';
import type { LifecycleKind } from '../index.js';

/** A text stream the CLI writes to: `process.stdout` / `process.stderr`, or a fake in tests. */
export interface OutputStream {
  write(text: string): unknown;
  /** True on a terminal. */
  readonly isTTY?: boolean;
  /** The terminal's width, when it is one. */
  readonly columns?: number;
}

/** Where a command's output goes, and how it may look. */
export interface TerminalOptions {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `--no-color` was given. */
  readonly noColor: boolean;
  /** `--json` was given. */
  readonly json: boolean;
}

type Style = Parameters<typeof styleText>[0];

const KIND_STYLE: Readonly<Record<LifecycleKind, Style>> = {
  pending: 'gray',
  running: 'cyan',
  succeeded: 'green',
  'partially-succeeded': 'yellow',
  warning: 'yellow',
  failed: 'red',
  error: 'red',
  cancelling: 'magenta',
  cancelled: 'magenta',
  deleting: 'magenta',
  deleted: 'magenta',
  unknown: 'gray',
};

/**
 * The CLI's output: plain text, NDJSON (`--json`) or a live view, on stdout; messages and errors on stderr.
 * Colour only on a terminal, never with `NO_COLOR` (any value) or `--no-color` or `TERM=dumb`; `FORCE_COLOR`
 * turns it on elsewhere. Live redraw only when stdout is a terminal and `--json` is off.
 */
export class Terminal {
  /** Colour escape codes may be written. */
  readonly color: boolean;
  /** `--json`: stdout carries NDJSON only. */
  readonly json: boolean;
  /** stdout is a terminal and not in `--json` mode: redraw in place. */
  readonly live: boolean;
  readonly #stdout: OutputStream;
  readonly #stderr: OutputStream;

  constructor(options: TerminalOptions) {
    const { stdout, stderr, env } = options;
    this.#stdout = stdout;
    this.#stderr = stderr;
    this.json = options.json;
    const force = env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0';
    const blocked = options.noColor || env['NO_COLOR'] !== undefined || env['TERM'] === 'dumb';
    this.color = !options.json && !blocked && (stdout.isTTY === true || force);
    this.live = !options.json && stdout.isTTY === true && env['TERM'] !== 'dumb';
  }

  /** The width to fit lines into (80 when stdout is not a terminal). */
  get columns(): number {
    return this.#stdout.columns || 80;
  }

  /** Writes `text` and a newline to stdout. */
  line(text = ''): void {
    this.#stdout.write(`${text}\n`);
  }

  /** Writes raw text (escape codes included) to stdout. */
  raw(text: string): void {
    this.#stdout.write(text);
  }

  /** Writes one NDJSON record to stdout. */
  record(value: unknown): void {
    this.#stdout.write(`${JSON.stringify(value)}\n`);
  }

  /** Writes a message to stderr. */
  note(text: string): void {
    this.#stderr.write(`${text}\n`);
  }

  /** `text` in `style`, when colour is on. */
  paint(style: Style, text: string): string {
    return this.color ? styleText(style, text) : text;
  }

  /** `text` in the colour of a status `kind`. */
  kind(kind: LifecycleKind, text: string = kind): string {
    return this.paint(KIND_STYLE[kind], text);
  }
}
