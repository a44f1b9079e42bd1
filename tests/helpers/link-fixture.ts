/**
 * Generated scan pairs with a known truth (scripts/sample/scan-pair.ts), written into a database:
 * the bundled sample scan (Noord-Nederland 2022, 33 distinct initiatives) and its generated 2024
 * re-scan, with new initiatives drawn from a derived scan of the same region.
 */
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import type { ScanData } from '../../src-main/workbook/scan-data';
import { buildSampleScan } from '../../scripts/sample/build';
import { buildDerivedScan } from '../../scripts/sample/derived-scan';
import { nextScan, type PairSpec, type ScanPair } from '../../scripts/sample/scan-pair';
import { tempDir } from './db';

export interface LoadedPair extends ScanPair {
  base: ScanData;
  fromScan: number;
  toScan: number;
}

export function writeData(db: Db, data: ScanData): number {
  return writeScan(db, data, [], { fileName: null, sha256: null }).scanId;
}

/** Writes `scans` into a new database file `name` in a new temporary folder, closed again; answers its path and the scans' ids in order. */
export async function scansInFile<const S extends readonly ScanData[]>(name: string, ...scans: S): Promise<{ file: string; ids: { -readonly [K in keyof S]: number } }> {
  const file = join(tempDir(), name);
  const db = await openDatabase(file);
  try {
    return { file, ids: scans.map((scan) => writeData(db, scan)) as { -readonly [K in keyof S]: number } };
  } finally {
    db.close();
  }
}

export function loadScanPair(db: Db, seed: number, spec: Partial<PairSpec> = {}): LoadedPair {
  const base = buildSampleScan();
  const newcomers = buildDerivedScan({ region: base.scan.region, year: 2024, initiatives: 8, activities: 20, seed: seed + 1 });
  const pair = nextScan(base, newcomers, { year: 2024, seed: seed + 2, ...spec });
  return { ...pair, base, fromScan: writeData(db, base), toScan: writeData(db, pair.next) };
}
