/** Sample import files for the Discovery tests. */

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
