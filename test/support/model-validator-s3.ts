/**
 * Checks the emulator's S3 exchanges against the S3 model with the REST-XML validator: the recorded request members,
 * then the answer as sent (status, headers, XML), success or error.
 * @module
 */
import type { EmulatedService, Emulator, Exchange } from '../../src/local/index.js';
import { loadModel } from './model-validator.js';
import { validateRestXmlError, validateRestXmlInput, validateRestXmlOutput } from './model-validator-rest-xml.js';

const METHOD: Readonly<Record<string, string>> = { HeadBucket: 'HEAD', HeadObject: 'HEAD' };

/** The model problems of one S3 exchange recorded by the emulator (none for another service's, or a dropped one). */
export function s3ExchangeProblems(x: Exchange): string[] {
  if (x.service !== ('s3' satisfies EmulatedService) || x.status === 0) return [];
  const model = loadModel('s3');
  const where = `${x.operation} ${x.status}${x.errorType ? ` ${x.errorType}` : ''}`;
  if (!(x.operation in model.operations)) return x.errorType ? [] : [`${where}: not an operation of the S3 fixture`];
  const answer = { status: x.status, ...(x.output as { headers: Record<string, string>; body?: string }) };
  const problems = x.errorType
    ? validateRestXmlError(model, x.operation, x.errorType, answer, METHOD[x.operation] ?? 'GET')
    : [...validateRestXmlInput(model, x.operation, x.input), ...validateRestXmlOutput(model, x.operation, answer)];
  return problems.map((p) => `${where}: ${p}`);
}

/**
 * Checks every S3 exchange of `emu` against the S3 model as it happens.
 * @example
 * const wire = checkS3AgainstModel(emu);
 * afterEach(() => expect(wire.problems.splice(0)).toEqual([]));
 */
export function checkS3AgainstModel(emu: Emulator): { problems: string[]; exchanges: Exchange[]; stop: () => void } {
  const problems: string[] = [];
  const exchanges: Exchange[] = [];
  const stop = emu.onExchange((x) => {
    if (x.service !== 's3') return;
    exchanges.push(x);
    problems.push(...s3ExchangeProblems(x));
  });
  return { problems, exchanges, stop };
}
