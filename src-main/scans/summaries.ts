/** Scans with what they hold (initiatives, activities, organisations), as the Scans list and `regioscan scans` show them. */
import type { ScanSummary } from '../../src-shared/model';
import { countsPerScan } from '../activities';
import type { Db } from '../db/open';
import { scanRows, type ScanRow } from './repository';
import { existingScan } from './scans';

function toSummary(row: ScanRow, counts: ScanSummary['counts'] | undefined): ScanSummary {
  return {
    id: row.id,
    region: row.region,
    year: row.year,
    title: row.title,
    sourceFile: row.source_file,
    sourceSha256: row.source_sha256,
    importedAt: row.imported_at,
    isSample: row.is_sample === 1,
    counts: counts ?? { initiatives: 0, activities: 0, organisations: 0 },
  };
}

/** Every scan, by region, year and id. */
export function listScans(db: Db): ScanSummary[] {
  const counts = countsPerScan(db);
  return scanRows(db).map((row) => toSummary(row, counts.get(row.id)));
}

export function getScan(db: Db, id: number): ScanSummary {
  const row = existingScan(db, id);
  return toSummary(row, countsPerScan(db).get(id));
}
