import type { ImportIssueView, IssueSeverity, ScanSummary } from '../../src-shared/model';
import { generatedScanTitle, tidySpaces } from '../../src-shared/import-mapping';
import { UserError } from '../errors';
import { backupBeforeWrite } from '../db/backups';
import { invalidateIndex } from '../query/activity-index';
import type { Db } from '../db/open';
import type { DomainHandlers } from '../rpc/types';

interface ScanRow {
  id: number;
  region: string;
  year: number | null;
  title: string;
  source_file: string | null;
  source_sha256: string | null;
  imported_at: string;
  is_sample: number;
  initiatives: number;
  activities: number;
  organisations: number;
}

const SCAN_SUMMARY_SQL = `
  SELECT s.*,
    (SELECT count(*) FROM initiative i WHERE i.scan_id = s.id) AS initiatives,
    (SELECT count(*) FROM activity a WHERE a.scan_id = s.id) AS activities,
    (SELECT count(DISTINCT p.organisation_id) FROM provider p JOIN activity a ON a.id = p.activity_id
      WHERE a.scan_id = s.id) AS organisations
  FROM scan s`;

function toSummary(row: ScanRow): ScanSummary {
  return {
    id: row.id,
    region: row.region,
    year: row.year,
    title: row.title,
    sourceFile: row.source_file,
    sourceSha256: row.source_sha256,
    importedAt: row.imported_at,
    isSample: row.is_sample === 1,
    counts: { initiatives: row.initiatives, activities: row.activities, organisations: row.organisations },
  };
}

export function listScans(db: Db): ScanSummary[] {
  const rows = db.prepare(`${SCAN_SUMMARY_SQL} ORDER BY s.region, s.year, s.id`).all() as ScanRow[];
  return rows.map(toSummary);
}

export function getScan(db: Db, id: number): ScanSummary {
  const row = db.prepare(`${SCAN_SUMMARY_SQL} WHERE s.id = ?`).get(id) as ScanRow | undefined;
  if (!row) {
    throw new UserError('not-found', { nl: `Scan ${id} bestaat niet (meer).`, en: `Scan ${id} does not exist (any more).` });
  }
  return toSummary(row);
}

export function scanIssues(db: Db, scanId: number): ImportIssueView[] {
  getScan(db, scanId);
  return scanIssuesWhere(db, 'scan_id = ?', [scanId]);
}

/** Import-report rows by a condition on import_issue (a scan's, or the ones that touched an activity). */
export function scanIssuesWhere(db: Db, where: string, params: unknown[]): ImportIssueView[] {
  const rows = db
    .prepare(`SELECT severity, code, params, message, sheet, row, col, value FROM import_issue WHERE ${where} ORDER BY id`)
    .all(...params) as { severity: IssueSeverity; code: string; params: string; message: string; sheet: string | null; row: number | null; col: string | null; value: string | null }[];
  return rows.map((r) => ({ severity: r.severity, code: r.code, params: JSON.parse(r.params) as Record<string, string | number>, message: r.message, sheet: r.sheet, row: r.row, column: r.col, value: r.value }));
}

/**
 * A scan's title, region and year. A region or year given without a title renews the title when it
 * was the generated one ("Regioscan Zeeland 2024"), so the scan does not keep naming the old region.
 */
export function renameScan(db: Db, id: number, change: { title?: string | undefined; region?: string | undefined; year?: number | null | undefined }): ScanSummary {
  const scan = getScan(db, id);
  const region = change.region !== undefined ? tidySpaces(change.region) : scan.region;
  const year = change.year !== undefined ? change.year : scan.year;
  const renewTitle = change.title === undefined && scan.title === generatedScanTitle(scan.region, scan.year);
  const title = change.title !== undefined ? tidySpaces(change.title) : renewTitle ? generatedScanTitle(region, year) : scan.title;
  if (region === '' || title === '') throw new UserError('invalid-arguments', { nl: 'Een scan heeft een regio en een titel.', en: 'A scan has a region and a title.' });
  db.prepare('UPDATE scan SET title = ?, region = ?, year = ? WHERE id = ?').run(title, region, year, id);
  // Scan labels ("Zeeland 2024") in facets and lists come from region and year.
  invalidateIndex(db);
  return getScan(db, id);
}

export const scanHandlers: DomainHandlers<'scans.list' | 'scans.rename' | 'scans.delete' | 'scans.issues'> = {
  'scans.issues': (db, { id }) => scanIssues(db, id),
  'scans.list': (db) => listScans(db),
  'scans.rename': (db, { id, title, region, year }) => renameScan(db, id, { title, region, year }),
  'scans.delete': async (db, { id }) => {
    getScan(db, id);
    await backupBeforeWrite(db, `before-delete-scan-${id}`);
    const deleted = db.transaction(() => db.prepare('DELETE FROM scan WHERE id = ?').run(id).changes)();
    invalidateIndex(db);
    return { deleted };
  },
};
