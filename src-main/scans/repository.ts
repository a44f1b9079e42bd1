/**
 * The SQL on the `scan` table and on `import_issue` (the import report kept with each scan). A
 * scan's content (initiatives, activities…) is the activities domain's.
 */
import type { IssueSeverity } from '../../src-shared/model';
import type { Db } from '../db/open';
import { statements } from '../db/statements';

export interface ScanRow {
  id: number;
  region: string;
  year: number | null;
  title: string;
  performed_by: string | null;
  source: string | null;
  notes: string | null;
  source_file: string | null;
  source_sha256: string | null;
  imported_at: string;
  is_sample: number;
}

/** A scan as its label needs it. */
export interface ScanName {
  id: number;
  region: string;
  year: number | null;
  title: string;
}

export interface IssueRow {
  severity: IssueSeverity;
  code: string;
  params: string;
  message: string;
  sheet: string | null;
  row: number | null;
  col: string | null;
  value: string | null;
}

const ISSUE = 'SELECT severity, code, params, message, sheet, row, col, value FROM import_issue';

const sql = statements({
  all: 'SELECT * FROM scan ORDER BY region, year, id',
  byId: 'SELECT * FROM scan WHERE id = ?',
  names: 'SELECT id, region, year, title FROM scan ORDER BY region, year, id',
  any: { sql: 'SELECT 1 FROM scan LIMIT 1', mode: 'pluck' },
  // The scans' display order: by region, then year (scans of one region and year share a place).
  ranks: { sql: 'SELECT id, dense_rank() OVER (ORDER BY region, year), dense_rank() OVER (ORDER BY region) FROM scan', mode: 'raw' },
  newestOf: 'SELECT id, title FROM scan WHERE lower(region) = lower(?) AND year IS ? ORDER BY id DESC LIMIT 1',
  rename: 'UPDATE scan SET title = ?, region = ?, year = ? WHERE id = ?',
  delete: 'DELETE FROM scan WHERE id = ?',
  issuesOfScan: `${ISSUE} WHERE scan_id = ? ORDER BY id`,
  issuesOfActivity: `${ISSUE} WHERE activity_id = ? ORDER BY id`,
  // Where values kept unmapped came from: the report rows that kept one, with their activity.
  unmappedOrigins: `SELECT scan_id, activity_id, code, params, sheet, col FROM import_issue
      WHERE activity_id IS NOT NULL AND code IN ('unmapped-value', 'ambiguous', 'extra-single-value') ORDER BY id`,
});

/** The writes of one import that touch scans and their report (src-main/import/write-scan.ts runs them). */
export const scanWrites = statements({
  insertScan: `INSERT INTO scan (region, year, title, performed_by, source, notes, source_file, source_sha256, imported_at, is_sample)
      VALUES (@region, @year, @title, @performedBy, @source, @notes, @file, @sha, @at, @sample)`,
  updateScan: `UPDATE scan SET region = @region, year = @year, title = @title, performed_by = @performedBy, source = @source, notes = @notes,
      source_file = @file, source_sha256 = @sha, imported_at = @at, is_sample = @sample WHERE id = @id`,
  clearIssues: 'DELETE FROM import_issue WHERE scan_id = ?',
  insertIssue: `INSERT INTO import_issue (scan_id, severity, code, params, sheet, row, col, value, message, activity_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
});

export function scanRows(db: Db): ScanRow[] {
  return sql(db).all.all() as ScanRow[];
}

export function scanRow(db: Db, id: number): ScanRow | undefined {
  return sql(db).byId.get(id) as ScanRow | undefined;
}

/** Every scan's id, region, year and title, by region, year and id. */
export function scanNames(db: Db): ScanName[] {
  return sql(db).names.all() as ScanName[];
}

export function hasScans(db: Db): boolean {
  return sql(db).any.get() !== undefined;
}

/** Per scan id: its place by region and year, and by region alone (dense ranks from 1). */
export function scanRanks(db: Db): Map<number, { byRegionYear: number; byRegion: number }> {
  return new Map((sql(db).ranks.all() as [number, number, number][]).map(([id, byRegionYear, byRegion]) => [id, { byRegionYear, byRegion }]));
}

/** The newest scan of a region (any case) and year. */
export function newestScanOf(db: Db, region: string, year: number | null): { id: number; title: string } | undefined {
  return sql(db).newestOf.get(region, year) as { id: number; title: string } | undefined;
}

export function updateScanName(db: Db, id: number, title: string, region: string, year: number | null): void {
  sql(db).rename.run(title, region, year, id);
}

/** Deletes a scan (its content and report go with it: ON DELETE CASCADE); the number of scans deleted. */
export function deleteScanRow(db: Db, id: number): number {
  return db.transaction(() => sql(db).delete.run(id).changes)();
}

export function issuesOfScan(db: Db, scanId: number): IssueRow[] {
  return sql(db).issuesOfScan.all(scanId) as IssueRow[];
}

export function issuesOfActivity(db: Db, activityId: number): IssueRow[] {
  return sql(db).issuesOfActivity.all(activityId) as IssueRow[];
}

export interface UnmappedOriginRow {
  scan_id: number;
  activity_id: number;
  code: string;
  /** JSON: the message parameters (`text` is the value, `dimension` the dimension's Dutch name). */
  params: string;
  sheet: string | null;
  col: string | null;
}

/** The import report's rows that kept a value unmapped, with the activity, sheet and column. */
export function unmappedOrigins(db: Db): UnmappedOriginRow[] {
  return sql(db).unmappedOrigins.all() as UnmappedOriginRow[];
}
