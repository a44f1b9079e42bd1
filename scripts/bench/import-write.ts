/**
 * `npx tsx scripts/bench/import-write.ts`: the write phase of the 60,000-activity import alone (the
 * stress scan already built in memory, written with writeScan into a fresh file database), so a change
 * to what the writer does — such as the history it records (docs/history.md) — is not hidden behind
 * SheetJS. Run it on two commits to compare them. Prints figures, not verdicts: wall time, and the
 * CPU time of this process, which a busy shared machine disturbs less.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import { BENCH_DIR, median } from './bench-db';
import { buildStressScan } from './stress-scan';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const data = buildStressScan();
mkdirSync(BENCH_DIR, { recursive: true });
const path = join(BENCH_DIR, `import-write-${process.pid}.sqlite`);
const clear = () => {
  for (const ext of ['', '-wal', '-shm']) rmSync(path + ext, { force: true });
};

const times: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < RUNS; i++) {
  clear();
  const db = await openDatabase(path);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  writeScan(db, data, [], { fileName: 'stress-60000.xlsx', sha256: null });
  times.push(performance.now() - started);
  const used = process.cpuUsage(cpuStarted);
  cpu.push((used.user + used.system) / 1000);
  const perRow = db.prepare('SELECT count(*) FROM sqlite_master WHERE name = ?').pluck().get('history') === 1 ? (db.prepare('SELECT count(*) FROM history').pluck().get() as number) : 0;
  db.close();
  console.log(`run ${i + 1}: ${Math.round(times[i]!)} ms wall, ${Math.round(cpu[i]!)} ms CPU (history rows written: ${perRow})`);
}
clear();
console.log(`\nwrite phase of the 60,000-activity import, median of ${RUNS} (min): ${Math.round(median(times))} ms wall (${Math.round(Math.min(...times))}), ${Math.round(median(cpu))} ms CPU (${Math.round(Math.min(...cpu))})`);
