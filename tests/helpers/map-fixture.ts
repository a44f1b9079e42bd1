/**
 * The Ecosysteemkaart's realistic cases: the bundled sample (33 initiatives) plus two imported
 * regional scans (13 + 13) = 59 initiatives, as in issue 14; and the national-scale scan (600
 * activities, 220 initiatives). Both are seeded (scripts/sample/derived-scan.ts).
 */
import { join } from 'node:path';
import type { Db } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { buildDerivedScan, NATIONAL_SCAN, TWO_REGIONAL_SCANS } from '../../scripts/sample/derived-scan';

export async function loadSampleAndTwoScans(db: Db): Promise<void> {
  await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data')));
  for (const spec of TWO_REGIONAL_SCANS) writeScan(db, buildDerivedScan(spec), [], { fileName: null, sha256: null });
}

export function loadNationalScan(db: Db): void {
  writeScan(db, buildDerivedScan(NATIONAL_SCAN), [], { fileName: null, sha256: null });
}
