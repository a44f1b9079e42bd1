/**
 * The Ecosysteemkaart's realistic cases: the bundled sample (33 initiatives) plus two imported
 * regional scans (13 + 13) = 59 initiatives, as in issue 14, seeded (scripts/sample/derived-scan.ts).
 */
import type { Db } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import { buildDerivedScan, TWO_REGIONAL_SCANS } from '../../scripts/sample/derived-scan';
import { memoryDb } from './db';
import { loadSampleScan } from './sample-db';

export async function loadSampleAndTwoScans(db: Db): Promise<void> {
  await loadSampleScan(db);
  for (const spec of TWO_REGIONAL_SCANS) writeScan(db, buildDerivedScan(spec), [], { fileName: null, sha256: null });
}

/** A database in memory holding the sample and the two regional scans. */
export async function sampleAndTwoScansDb(): Promise<Db> {
  const db = await memoryDb();
  await loadSampleAndTwoScans(db);
  return db;
}
