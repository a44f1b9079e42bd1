/**
 * Scans as the rest of main sees them: their labels ("Zeeland 2024"), their order, renaming and
 * deleting, and the import report kept with each. What a scan holds is counted by the activities
 * domain (summaries.ts puts the two together).
 */
import type { ImportIssueView } from '../../src-shared/model';
import { generatedScanTitle, tidySpaces } from '../../src-shared/import-mapping';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { withChangeGroup } from '../history';
import { deleteScanRow, issuesOfActivity, issuesOfScan, scanNames, scanRow, updateScanName, type IssueRow, type ScanRow } from './repository';

/** A scan's label: its region and year ("Zeeland 2024"), as every list, facet and export names it. */
export function scanLabel(region: string, year: number | null): string {
  return `${region}${year ? ` ${year}` : ''}`;
}

/** Labels of every scan by id; an id no scan has is shown as `#id`. */
export function scanLabels(db: Db): (id: number) => string {
  const labels = new Map(scanNames(db).map((s) => [s.id, scanLabel(s.region, s.year)]));
  return (id) => labels.get(id) ?? `#${id}`;
}

/** The scan with this id, or one sentence that it does not exist. */
export function existingScan(db: Db, id: number): ScanRow {
  const row = scanRow(db, id);
  if (!row) throw new UserError('not-found', { nl: `Scan ${id} bestaat niet (meer).`, en: `Scan ${id} does not exist (any more).` });
  return row;
}

function issueView(r: IssueRow): ImportIssueView {
  return { severity: r.severity, code: r.code, params: JSON.parse(r.params) as Record<string, string | number>, message: r.message, sheet: r.sheet, row: r.row, column: r.col, value: r.value };
}

/** A scan's import report, in the order it was written. */
export function scanIssues(db: Db, scanId: number): ImportIssueView[] {
  existingScan(db, scanId);
  return issuesOfScan(db, scanId).map(issueView);
}

/** The report rows that name one activity. */
export function activityIssues(db: Db, activityId: number): ImportIssueView[] {
  return issuesOfActivity(db, activityId).map(issueView);
}

/**
 * A scan's title, region and year. A region or year given without a title renews the title when it
 * was the generated one ("Regioscan Zeeland 2024"), so the scan does not keep naming the old region.
 * One change group (origin edit): undo puts the old names back.
 */
export function renameScan(db: Db, id: number, change: { title?: string | undefined; region?: string | undefined; year?: number | null | undefined }): void {
  const scan = existingScan(db, id);
  const region = change.region !== undefined ? tidySpaces(change.region) : scan.region;
  const year = change.year !== undefined ? change.year : scan.year;
  const renewTitle = change.title === undefined && scan.title === generatedScanTitle(scan.region, scan.year);
  const title = change.title !== undefined ? tidySpaces(change.title) : renewTitle ? generatedScanTitle(region, year) : scan.title;
  if (region === '' || title === '') throw new UserError('invalid-arguments', { nl: 'Een scan heeft een regio en een titel.', en: 'A scan has a region and a title.' });
  withChangeGroup(db, { origin: 'edit', label: `scan ${id}`, scan: id }, () => updateScanName(db, id, title, region, year));
}

/** Deletes a scan with everything it holds, in one transaction; the number of scans deleted. */
export function deleteScan(db: Db, id: number): number {
  return deleteScanRow(db, id);
}
