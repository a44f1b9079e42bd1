/**
 * What the benchmark scripts share: their databases in tmp/bench/ (built once, reused by later
 * runs), and timing helpers. Figures only; no verdicts.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import { REPO_ROOT } from '../../src-main/version';
import { buildStressScan } from './stress-scan';

export const BENCH_DIR = join(REPO_ROOT, 'tmp', 'bench');

/** tmp/bench/<name>, filled by `fill` the first time. */
export async function benchDb(name: string, fill: (db: Db) => void): Promise<Db> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const path = join(BENCH_DIR, name);
  const fresh = !existsSync(path);
  const db = await openDatabase(path);
  if (fresh) fill(db);
  return db;
}

/** A database holding one stress scan of `activities` over `initiatives` (scripts/bench/stress-scan.ts). */
export function stressDb(activities: number, initiatives: number, name: string, seed?: number): Promise<Db> {
  return benchDb(name, (db) => {
    writeScan(db, buildStressScan(activities, initiatives, seed), [], { fileName: null, sha256: null });
    db.exec('ANALYZE');
  });
}

/** Milliseconds one call takes. */
export function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Median of `runs` timed calls after one warm-up call. */
export function medianTime(fn: () => unknown, runs = 7): number {
  fn();
  return median(Array.from({ length: runs }, () => time(fn)));
}
