import { flagOption, stringOption, type Command, type OptionSpecs, type OptionValues } from '../command.js';
import { parseDuration } from '../duration.js';
import { UsageError } from '../exit-codes.js';
import { handleOf, parseService } from '../resource-ref.js';
import { runWait, type WaitSettings } from '../wait-run.js';

/** The default `--timeout`: 30 minutes, as the library's. */
export const DEFAULT_TIMEOUT = '30m';

/** Options shared by `wait`, `watch` and `start --wait`. */
export const WAIT_OPTIONS = {
  timeout: { type: 'string' },
  'min-delay': { type: 'string' },
  'max-delay': { type: 'string' },
  succeeded: { type: 'boolean' },
} as const satisfies OptionSpecs;

/** Help lines of {@link WAIT_OPTIONS}. */
export const WAIT_OPTION_HELP = [
  ['--timeout D', `give up after D (500ms, 90s, 30m, 1h; default ${DEFAULT_TIMEOUT}); exit code 3`],
  ['--min-delay D', 'shortest delay between polls (default: the service\'s)'],
  ['--max-delay D', 'longest delay between polls (default: the service\'s)'],
  ['--succeeded', 'exit 1 when a resource ends failed, error or cancelled'],
] as const;

/** Reads {@link WAIT_OPTIONS}. */
export function waitSettings(values: OptionValues, mode: WaitSettings['mode']): WaitSettings {
  const min = stringOption(values, 'min-delay');
  const max = stringOption(values, 'max-delay');
  return {
    timeoutMs: parseDuration('--timeout', stringOption(values, 'timeout') ?? DEFAULT_TIMEOUT),
    minDelayMs: min === undefined ? undefined : parseDuration('--min-delay', min),
    maxDelayMs: max === undefined ? undefined : parseDuration('--max-delay', max),
    any: flagOption(values, 'any'),
    succeeded: flagOption(values, 'succeeded'),
    mode,
  };
}

function waitLike(mode: WaitSettings['mode']): Command {
  return {
    name: mode,
    summary: mode === 'wait' ? 'wait for resources of any services to finish, with a live view' : 'print each change of resources until they finish',
    usage: `amk ${mode} <id-or-arn>... [--any] [--succeeded] [--timeout 30m]`,
    options: { ...WAIT_OPTIONS, any: { type: 'boolean' }, service: { type: 'string' } },
    optionHelp: [
      ...WAIT_OPTION_HELP,
      ['--any', 'end when the first resource finishes'],
      ['--service S', 'the service of every id, when their shape does not say'],
    ],
    examples:
      mode === 'wait'
        ? ['amk wait import-task-0123456789abcdef0123456789abcdef import-AbCdEfGhIjKlMnOpQ --succeeded', 'amk wait my-tool/app-server-01 --timeout 2h --json']
        : ['amk watch arn:aws:dms:us-west-2:111122223333:assessment-run:RUN1 --min-delay 5s'],
    async run(values, positionals, ctx) {
      if (positionals.length === 0) throw new UsageError('<id>', 'expected at least one id, ARN or <stream>/<task>');
      const settings = waitSettings(values, mode);
      const service = parseService(stringOption(values, 'service'));
      const handles = positionals.map((ref) => handleOf(ctx.kit(), ref, service));
      return runWait(handles, settings, ctx);
    },
  };
}

/** `amk wait <id>...`. */
export const waitCommand: Command = waitLike('wait');

/** `amk watch <id>...`. */
export const watchCommand: Command = waitLike('watch');
