import type { Command } from './command.js';

const GLOBAL_HELP: readonly (readonly [string, string])[] = [
  ['--region R', 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s)'],
  ['--profile P', 'named profile of the shared AWS config and credentials files (else AWS_PROFILE)'],
  ['--endpoint-url URL', 'endpoint of every service (else AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL)'],
  ['--json', 'NDJSON on stdout: one object per resource or event (schema in docs/cli.md)'],
  ['--no-color', 'no colour (also NO_COLOR=1)'],
  ['--debug', 'log the kit\'s polls, retries and throttling, and the SDK clients\' logs, to stderr; print error stacks'],
  ['-h, --help', 'this help'],
];

function options(lines: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...lines.map(([flag]) => flag.length));
  return lines.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`);
}

/** `amk <command> --help`. */
export function commandHelp(command: Command): string {
  return [
    `Usage: ${command.usage}`,
    '',
    `${command.summary[0]?.toUpperCase() ?? ''}${command.summary.slice(1)}.`,
    ...(command.optionHelp.length > 0 ? ['', 'Options:', ...options(command.optionHelp)] : []),
    '',
    'Global options:',
    ...options(GLOBAL_HELP),
    '',
    'Examples:',
    ...command.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

/** `amk --help`. */
export function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: amk <command> [options]    (also installed as aws-migration-kit)',
    '',
    'Watch and script AWS migrations: Discovery imports, MGN imports and exports, Migration Hub tasks and DMS',
    'assessment runs; and run the local emulator for any AWS client.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Global options:',
    ...options(GLOBAL_HELP),
    '  -V, --version       print the version',
    '',
    'Exit codes: 0 ok, 1 failed resource (with --succeeded) or service error, 2 usage or validation error,',
    '3 timeout, 130 interrupted (Ctrl-C).',
    '',
    'Examples:',
    '  amk ls discovery --status running',
    '  amk wait import-task-0123456789abcdef0123456789abcdef my-tool/app-server-01 --succeeded',
    '',
    'Run amk <command> --help for a command\'s options.',
    '',
  ].join('\n');
}
