// Memory of a pre-flight check against file size: validateImportFile streams a file from disk in 64 KiB chunks, so
// its heap growth should stay flat from 1 MB to 9 MB; the raw side reads the file into one string and splits it into
// lines, as a hand-written check would. Heap growth = peak heapUsed sampled during the run minus heapUsed before.
// Run alone with `node --expose-gc bench/import-file.mjs` after `npm run build`; `npm run bench` runs it too.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateImportFile } from 'aws-migration-kit';

const SIZES_MB = (process.env.BENCH_IMPORT_MB ?? '1,3,9').split(',').map(Number);
const gc = () => globalThis.gc?.();
const mb = (bytes) => bytes / (1024 * 1024);

/** A Discovery import file of about `megabytes` MB, every 50th row with a bad IP. */
function discoveryFile(megabytes) {
  const header = 'ExternalId,HostName,IPAddress,MACAddress,CPU.NumberOfCores,RAM.TotalSizeInMB,CPU.UsagePct.Avg,OS.Name,Applications,Tags\n';
  const rows = [header];
  let size = header.length;
  for (let i = 0; size < megabytes * 1024 * 1024; i++) {
    const ip = i % 50 === 49 ? '10.0.0.300' : `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    const row = `srv-${i},host-${i}.corp.example,${ip},00:1B:44:11:3A:B7,4,8192,23.5,Linux 5.${i % 20},app-${i % 40},"zone:${i % 3}, tier:web"\n`;
    rows.push(row);
    size += row.length;
  }
  return rows.join('');
}

/** Runs `fn` while sampling heapUsed every millisecond; resolves with the peak growth in bytes. */
async function heapGrowth(fn) {
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 1);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return peak - before;
}

/** Measures each size; `report(name, raw, kit, unit, note)` as in bench/run.mjs. */
export async function importFileBench(report) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    for (const size of SIZES_MB) {
      const path = join(dir, `servers-${size}.csv`);
      writeFileSync(path, discoveryFile(size));
      let rows = 0;
      const raw = await heapGrowth(async () => {
        const lines = readFileSync(path, 'utf8').split(/\r?\n/);
        rows = lines.length;
      });
      let report_;
      const t0 = performance.now();
      const kit = await heapGrowth(async () => {
        report_ = await validateImportFile({ path }, { template: 'discovery' });
      });
      const ms = performance.now() - t0;
      report(`validateImportFile: heap growth, ${size} MB file`, mb(raw), mb(kit), 'MB', `${report_.rows.toLocaleString('en-US')} rows (${rows - 2} read raw), ${report_.errors} errors, ${Math.round(ms)} ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = [];
  await importFileBench((name, raw, kit, unit, note) => rows.push({ name, raw: raw.toFixed(1), kit: kit.toFixed(1), ratio: (kit / raw).toFixed(2), unit, note }));
  console.table(rows);
}
