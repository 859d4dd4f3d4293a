import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { MigrationKit } from '../index.js';
import { UsageError, type ExitCode } from './exit-codes.js';
import type { Terminal } from './terminal.js';

/** The option declarations of a command, as `util.parseArgs` takes them. */
export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** Parsed option values: strings, booleans, and arrays of strings for repeatable options. */
export type OptionValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** What a command runs with. */
export interface CommandContext {
  /** Output. */
  readonly terminal: Terminal;
  /** The environment (`AWS_*`, `NO_COLOR`). */
  readonly env: Record<string, string | undefined>;
  /** Aborted on Ctrl-C; every wait and request of the command takes it. */
  readonly signal: AbortSignal;
  /** The kit, built on first call from the AWS options and environment. */
  kit(): MigrationKit;
  /** Milliseconds since the epoch (the real clock). */
  now(): number;
}

/** One `amk` command: its options, help and action. */
export interface Command {
  /** What is typed after `amk`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** `amk wait <id-or-arn>... [options]`. */
  readonly usage: string;
  /** Its options (the global ones are added). */
  readonly options: OptionSpecs;
  /** `[flag, meaning]` lines for `--help`. */
  readonly optionHelp: readonly (readonly [string, string])[];
  /** At least one example command line. */
  readonly examples: readonly string[];
  /** Runs it; resolves to the exit code. */
  run(values: OptionValues, positionals: readonly string[], ctx: CommandContext): Promise<ExitCode>;
}

/** Options every command accepts. */
export const GLOBAL_OPTIONS = {
  region: { type: 'string' },
  profile: { type: 'string' },
  'endpoint-url': { type: 'string' },
  json: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpecs;

/**
 * Parses `args` against `options` plus the global ones; an unknown option, a missing value or a stray argument
 * becomes a {@link UsageError} naming it.
 */
export function parseCommandLine(args: readonly string[], options: OptionSpecs): { values: OptionValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: { ...GLOBAL_OPTIONS, ...options }, strict: true, allowPositionals: true });
    return { values, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '<options>';
    throw new UsageError(option, message.replace(/\.? ?To specify a positional argument.*$/s, ''));
  }
}

/** The string value of `--name`, if given. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** The values of a repeatable `--name` (each may also hold a comma-separated list). */
export function listOption(values: OptionValues, name: string): string[] | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  return list.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/** True when the boolean `--name` was given. */
export function flagOption(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

/** A required string option. @throws UsageError naming it when absent. */
export function requiredOption(values: OptionValues, name: string): string {
  const value = stringOption(values, name);
  if (value === undefined || value === '') throw new UsageError(`--${name}`, 'is required');
  return value;
}

/** A whole number option within bounds. @throws UsageError naming it. */
export function integerOption(values: OptionValues, name: string, min: number, max: number): number | undefined {
  const text = stringOption(values, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name}`, `expected a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  }
  return n;
}
