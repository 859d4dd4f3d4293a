import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { ImportFileError, MigrationKit, ValidationError, formatImportFileReport, isMigrationKitError } from '../index.js';
import { parseCommandLine, stringOption, flagOption, type Command, type CommandContext } from './command.js';
import { cancelCommand, deleteCommand } from './commands/delete.js';
import { emulatorCommand } from './commands/emulator.js';
import { hubCommand } from './commands/hub.js';
import { lsCommand } from './commands/ls.js';
import { showCommand } from './commands/show.js';
import { startCommand } from './commands/start.js';
import { validateCommand } from './commands/validate.js';
import { waitCommand, watchCommand } from './commands/wait.js';
import { kitOptions } from './config.js';
import { EXIT, UsageError, exitCodeOf, type ExitCode } from './exit-codes.js';
import { commandHelp, mainHelp } from './help.js';
import { Terminal, type OutputStream } from './terminal.js';

/** Every command, in the order `amk --help` lists them. */
export const COMMANDS: readonly Command[] = [lsCommand, showCommand, waitCommand, watchCommand, startCommand, deleteCommand, cancelCommand, hubCommand, validateCommand, emulatorCommand];

/** What {@link main} runs with: the process's streams, environment and Ctrl-C signal, or fakes. */
export interface MainIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Record<string, string | undefined>;
  /** Aborted on Ctrl-C. */
  readonly signal: AbortSignal;
}

/** The package's version, read from its package.json (two folders up from both `src/cli` and `dist/cli`). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** Runs `amk` with `argv` (without `node` and the script) and resolves to the exit code; never throws. */
export async function main(argv: readonly string[], io: MainIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  const json = argv.includes('--json');
  const terminal = new Terminal({ stdout: io.stdout, stderr: io.stderr, env: io.env, noColor: argv.includes('--no-color'), json });
  if (name === '--version' || name === '-V') {
    terminal.line(version());
    return EXIT.ok;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const command = COMMANDS.find((c) => c.name === rest[0]);
    terminal.line(command ? commandHelp(command) : mainHelp(COMMANDS));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  let debug = argv.includes('--debug');
  try {
    if (!command) throw new UsageError('<command>', `unknown command ${JSON.stringify(name)}; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    const { values, positionals } = parseCommandLine(rest, command.options);
    debug = flagOption(values, 'debug');
    if (flagOption(values, 'help')) {
      terminal.line(commandHelp(command));
      return EXIT.ok;
    }
    let kit: MigrationKit | undefined;
    const ctx: CommandContext = {
      terminal,
      env: io.env,
      signal: io.signal,
      now: () => Date.now(),
      kit: () =>
        (kit ??= new MigrationKit({
          ...kitOptions({ region: stringOption(values, 'region'), profile: stringOption(values, 'profile'), endpointUrl: stringOption(values, 'endpoint-url') }, io.env),
          // --debug: the kit's own events (polls, retries, throttling, give-ups, aborts) and the SDK clients' logs.
          ...(debug ? { logger: stderrLogger(terminal) } : {}),
        })),
    };
    return await command.run(values, positionals, ctx);
  } catch (error) {
    reportError(terminal, error, command, debug);
    return exitCodeOf(error);
  }
}

/** A logger of the AWS SDK's shape that writes timestamped lines to stderr. */
function stderrLogger(terminal: Terminal): Record<'debug' | 'info' | 'warn' | 'error', (...content: unknown[]) => void> {
  const line = (level: string) => (...content: unknown[]): void =>
    terminal.note(`${new Date().toISOString()} ${level} ${content.map((c) => (typeof c === 'string' ? c : inspect(c, { depth: 4, breakLength: Infinity }))).join(' ')}`);
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}

function reportError(terminal: Terminal, error: unknown, command: Command | undefined, debug: boolean): void {
  const code = exitCodeOf(error);
  const e = error instanceof Error ? error : new Error(String(error));
  const field = error instanceof UsageError || error instanceof ValidationError ? error.field : undefined;
  const requestId = (error as { $metadata?: { requestId?: unknown } }).$metadata?.requestId;
  if (terminal.json) {
    const report = error instanceof ImportFileError ? { report: error.report } : {};
    terminal.note(JSON.stringify({ type: 'error', exitCode: code, error: { name: e.name, message: e.message, ...(field ? { field } : {}), ...(typeof requestId === 'string' ? { requestId } : {}), ...report } }));
  } else if (error instanceof ImportFileError) {
    // The file, not the command line, is at fault: the report says what to fix, and no usage hint follows.
    terminal.note(`amk: the import file was refused before anything was uploaded or started:\n${formatImportFileReport(error.report)}`);
  } else {
    const kind = code === EXIT.usage ? 'usage' : code === EXIT.interrupted ? 'interrupted' : isMigrationKitError(error) ? e.name : `${e.name} (service error)`;
    terminal.note(`amk: ${kind}: ${e.message}${typeof requestId === 'string' ? ` [request id ${requestId}]` : ''}`);
    if (code === EXIT.usage && command) terminal.note(`Run 'amk ${command.name} --help' for usage.`);
  }
  if (debug && e.stack) terminal.note(e.stack);
}
