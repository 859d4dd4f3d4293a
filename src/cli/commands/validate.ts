import { formatImportFileReport, validateImportFile } from '../../index.js';
import { integerOption, requiredOption, type Command } from '../command.js';
import { EXIT, UsageError } from '../exit-codes.js';

const TEMPLATES = ['discovery', 'mgn'] as const;

/** `amk validate <file> --template discovery|mgn`: the pre-flight check of an import file, with no AWS call. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check an import file against the Discovery or MGN template, on this machine (no AWS call)',
  usage: 'amk validate <file.csv> --template discovery|mgn [--max-problems N]',
  options: { template: { type: 'string' }, 'max-problems': { type: 'string' } },
  optionHelp: [
    ['--template T', 'discovery (the Migration Hub import template) or mgn (the MGN inventory file)'],
    ['--max-problems N', 'problems listed (the rest are counted; default 1000)'],
  ],
  examples: ['amk validate servers.csv --template discovery', 'amk validate wave-plan.csv --template mgn --json | jq .problems'],
  async run(values, positionals, ctx) {
    const [path] = positionals;
    if (path === undefined || positionals.length !== 1) throw new UsageError('<file>', 'expected one import file');
    const template = requiredOption(values, 'template');
    if (!(TEMPLATES as readonly string[]).includes(template)) throw new UsageError('--template', `expected discovery or mgn, got ${JSON.stringify(template)}`);
    const maxProblems = integerOption(values, 'max-problems', 0, Number.MAX_SAFE_INTEGER);
    const report = await validateImportFile({ path }, { template: template as (typeof TEMPLATES)[number], signal: ctx.signal, ...(maxProblems !== undefined ? { maxProblems } : {}) });
    if (ctx.terminal.json) ctx.terminal.record(report);
    else ctx.terminal.line(formatImportFileReport(report));
    // A file the service would refuse rows of is a validation failure, as a malformed option is.
    return report.ok ? EXIT.ok : EXIT.usage;
  },
};
