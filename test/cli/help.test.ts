/** Every command's help has a usage line, its options and at least one example that runs `amk <command>`. */
import { describe, expect, it } from 'vitest';
import { commandHelp } from '../../src/cli/help.js';
import { COMMANDS } from '../../src/cli/main.js';

describe('amk <command> --help', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s has a usage line, every option described and an example', (name, command) => {
    const help = commandHelp(command);
    expect(help).toMatch(new RegExp(`^Usage: amk ${name}`));
    expect(command.examples.length).toBeGreaterThan(0);
    for (const example of command.examples) expect(example).toMatch(new RegExp(`^amk ${name}( |$)`));
    for (const option of Object.keys(command.options)) expect(help).toContain(`--${option}`);
  });
});
