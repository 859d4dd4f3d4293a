/**
 * Shared helpers for the Discovery tests: model validation of every emulator exchange and sample import files.
 */
import type { Emulator, Exchange } from '../../src/local/index.js';
import { loadModel, validateOperationError, validateOperationOutput } from '../support/model-validator.js';

const model = loadModel('discovery');

/**
 * Subscribes to `emu` and checks every Discovery response (success and error) against the model. Returns the
 * problems found so far (each prefixed with the operation); a test asserts it stays empty.
 */
export function watchWire(emu: Emulator): { readonly problems: string[]; readonly exchanges: Exchange[]; stop(): void } {
  const problems: string[] = [];
  const exchanges: Exchange[] = [];
  const stop = emu.onExchange((exchange) => {
    if (exchange.service !== 'discovery') return;
    exchanges.push(exchange);
    if (exchange.status === 0) return; // dropped connection: nothing was sent
    const found =
      exchange.errorType === undefined
        ? validateOperationOutput(model, exchange.operation, exchange.output, { timestampFormat: 'epoch-seconds' })
        : validateOperationError(model, exchange.operation, exchange.errorType, exchange.output, { timestampFormat: 'epoch-seconds' });
    if (exchange.errorType === undefined && exchange.status !== 200) found.push(`$: success with HTTP ${exchange.status}`);
    if (exchange.errorType !== undefined && exchange.status < 400) found.push(`$: error with HTTP ${exchange.status}`);
    problems.push(...found.map((p) => `${exchange.operation} ${p}`));
  });
  return { problems, exchanges, stop };
}

/** The import template header used by the sample files. */
export const HEADER = 'ExternalId,HostName,IPAddress,MACAddress,VMware.MoRefId,VMware.VCenterId,CPU.NumberOfProcessors,RAM.TotalSizeInMB,OS.Name,Applications,Tags';

/** `n` valid server rows, numbered from `from`. */
export function goodRows(n: number, from = 1, app = ''): string[] {
  return Array.from({ length: n }, (_, i) => {
    const k = from + i;
    return `srv-${k},host-${k},10.0.${Math.floor(k / 250)}.${(k % 250) + 1},,,,2,4096,Linux,${app},env:test`;
  });
}

/** A CSV file from rows under {@link HEADER}. */
export function csv(rows: readonly string[]): string {
  return `${HEADER}\n${rows.join('\n')}\n`;
}

/** Three good rows and three bad ones (rows 3, 5 and 7 of the file), for partial-success tests. */
export const MIXED_FILE = csv([
  'srv-1,web-01,10.0.0.1,,,,2,4096,Linux,shop,env:prod',
  ',,,,vm-17,,4,8192,Linux,shop,',
  'srv-3,web-03,10.0.0.3,00:1a:2b:3c:4d:5e,,,4,8192,Windows,,',
  'srv-4,db-01,10.0.0.400,,,,eight,16384,Linux,"billing",',
  'srv-5,db-02,10.0.0.5,,vm-20,vc-1,8,16384,Linux,billing,"tier:db;owner:ops"',
  ',,,,,,1,512,Linux,"orphan",',
]);
