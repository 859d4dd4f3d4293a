import { once } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../local/index.js';
import { flagOption, integerOption, stringOption, type Command, type CommandContext } from '../command.js';
import { EXIT, UsageError } from '../exit-codes.js';

/**
 * The emulator's default port: fixed so that `AWS_ENDPOINT_URL` can be written once, and away from LocalStack's
 * 4566 and its 4510–4597 range so both can run side by side.
 */
export const DEFAULT_EMULATOR_PORT = 4650;

/** `amk emulator`: the emulator as a standalone server, for any language's AWS client, until Ctrl-C. */
export const emulatorCommand: Command = {
  name: 'emulator',
  summary: 'run the local emulator of the four services until Ctrl-C, for any AWS client',
  usage: `amk emulator [--port ${DEFAULT_EMULATOR_PORT}] [--host 127.0.0.1] [--region us-west-2] [--speed 1] [--seed 1] [--home-region R]`,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'allow-non-loopback': { type: 'boolean' },
    speed: { type: 'string' },
    seed: { type: 'string' },
    'home-region': { type: 'string' },
    state: { type: 'string' },
    'data-dir': { type: 'string' },
  },
  optionHelp: [
    ['--port N', `TCP port (default ${DEFAULT_EMULATOR_PORT}); 0 picks a free one`],
    ['--host H', 'bind address (default 127.0.0.1); loopback only unless --allow-non-loopback'],
    ['--allow-non-loopback', 'allow a non-loopback --host (exposes the emulator to the network)'],
    ['--region R', 'the region the emulator claims (default us-west-2)'],
    ['--speed X', 'emulated milliseconds per real millisecond (default 1; 60 makes a minute pass in a second)'],
    ['--seed N', 'seed of fault injection and other randomness (default 1)'],
    ['--home-region R', 'the account\'s Migration Hub home region (default: --region); "none" leaves it unset'],
    ['--state FILE', 'start from the state saved in FILE (when it exists) and save the state there on exit'],
    ['--data-dir DIR', 'keep the emulated S3\'s objects in DIR, written through on every change'],
    ['--debug', 'print each request answered to stderr'],
  ],
  examples: ['amk emulator --speed 60', 'amk emulator --port 0 > emulator.env &   # then: . ./emulator.env; aws mgn list-imports'],
  async run(values, positionals, ctx) {
    if (positionals.length > 0) throw new UsageError(positionals[0] ?? '<argument>', 'amk emulator takes no arguments');
    const statePath = stringOption(values, 'state');
    const options = { ...emulatorOptions(values), ...stateOption(statePath) };
    let emu: Emulator;
    try {
      emu = await startEmulator(options);
    } catch (error) {
      throw startError(error, options);
    }
    const t = ctx.terminal;
    if (flagOption(values, 'debug')) {
      emu.onExchange((x) => t.note(`${new Date(ctx.now()).toISOString()} ${x.service} ${x.operation} ${x.status}${x.errorType ? ` ${x.errorType}` : ''}`));
    }
    const env = {
      AWS_ENDPOINT_URL: emu.endpoint,
      AWS_REGION: emu.region,
      // boto3 and the AWS CLI read the region from AWS_DEFAULT_REGION.
      AWS_DEFAULT_REGION: emu.region,
      AWS_ACCESS_KEY_ID: emu.clientConfig.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: emu.clientConfig.credentials.secretAccessKey,
    };
    if (t.json) t.record({ type: 'listening', endpoint: emu.endpoint, region: emu.region, accountId: emu.accountId, env });
    else {
      t.line(`# aws-migration-kit emulator on ${emu.endpoint} (region ${emu.region}, account ${emu.accountId}); Ctrl-C stops it`);
      for (const [name, value] of Object.entries(env)) t.line(`export ${name}=${value}`);
    }
    await stopped(ctx);
    await emu.close();
    if (statePath !== undefined) {
      writeFileSync(statePath, `${JSON.stringify(emu.exportState(), null, 2)}\n`);
      if (!t.json) t.note(`state saved to ${statePath}`);
    }
    if (!t.json) t.note('emulator stopped');
    return EXIT.ok;
  },
};

function emulatorOptions(values: Parameters<Command['run']>[0]): EmulatorOptions {
  const speedText = stringOption(values, 'speed');
  const speed = speedText === undefined ? undefined : Number(speedText);
  if (speed !== undefined && !(Number.isFinite(speed) && speed >= 0)) throw new UsageError('--speed', `expected a number ≥ 0, got ${JSON.stringify(speedText)}`);
  const port = integerOption(values, 'port', 0, 65_535) ?? DEFAULT_EMULATOR_PORT;
  const seed = integerOption(values, 'seed', 0, 2 ** 32 - 1);
  const host = stringOption(values, 'host');
  const region = stringOption(values, 'region');
  const home = stringOption(values, 'home-region');
  const dataDir = stringOption(values, 'data-dir');
  return {
    port,
    ...(host !== undefined ? { host } : {}),
    ...(flagOption(values, 'allow-non-loopback') ? { allowNonLoopback: true } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(speed !== undefined ? { speed } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(home !== undefined ? { homeRegion: home === 'none' ? null : home } : {}),
    ...(dataDir !== undefined ? { dataDir } : {}),
  };
}

/** `--state FILE`: the saved state to start from, when the file exists (a missing file starts afresh and is written on exit). */
function stateOption(path: string | undefined): Pick<EmulatorOptions, 'state'> {
  if (path === undefined || !existsSync(path)) return {};
  try {
    return { state: JSON.parse(readFileSync(path, 'utf8')) as NonNullable<EmulatorOptions['state']> };
  } catch (error) {
    throw new UsageError('--state', `cannot read ${path} as JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A start failure as the user should read it: a refused host is a usage error; a taken port says what to do. */
function startError(error: unknown, options: EmulatorOptions): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if ((error as { code?: unknown }).code === 'EADDRINUSE') {
    return new Error(`port ${options.port} is in use (another emulator?); give another --port, or --port 0 for a free one`, { cause: error });
  }
  const field = (error as { name?: unknown; field?: unknown }).field;
  if ((error as { name?: unknown }).name === 'EmulatorOptionError' && typeof field === 'string') {
    // The emulator names its option (`homeRegion`); the user typed the flag (`--home-region`).
    return new UsageError(`--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, message.replace(`${field}: `, ''));
  }
  if (/host|bind|loopback/i.test(message)) return new UsageError('--host', message);
  return error;
}

/** Resolves on Ctrl-C (the command's signal) or SIGTERM. */
async function stopped(ctx: CommandContext): Promise<void> {
  if (ctx.signal.aborted) return;
  const term = new AbortController();
  const onTerm = (): void => term.abort();
  process.once('SIGTERM', onTerm);
  try {
    await Promise.race([once(ctx.signal, 'abort'), once(term.signal, 'abort')]);
  } finally {
    process.off('SIGTERM', onTerm);
    term.abort();
  }
}
