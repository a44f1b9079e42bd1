/**
 * The round trip's diff (docs/roundtrip.md): a workbook's rows against one scan, matched by ID. Rows
 * with an ID are compared cell by cell, by the importer's reading of each cell (normalise.ts), only in
 * the columns the file has; rows without an ID are additions, matched to existing initiatives by name
 * (an activity that exists by name is compared instead, its empty cells left alone); rows the export
 * held and the file no longer has are removals. Every cell that cannot be taken is an issue, never
 * dropped in silence. Pure: the scan's state comes in (state.ts), a plan goes out (apply.ts writes it).
 * The sheets are read in diff-initiatives.ts and diff-activities.ts, role and extra cells in
 * diff-providers.ts, into a DiffContext (diff-context.ts); the shapes are in diff-model.ts.
 */
import { compareActivities } from './diff-activities';
import { DiffContext } from './diff-context';
import { compareInitiatives } from './diff-initiatives';
import type { DiffRemoval, RoundtripDiff } from './diff-model';
import type { RoundtripFile, SheetTable } from './read-file';
import type { ScanState } from './state';

export { readId, type DiffAddition, type DiffChange, type DiffIssue, type DiffRemoval, type RoundtripDiff, type Value } from './diff-model';

function removedRows(d: DiffContext, table: SheetTable | null): DiffRemoval[] {
  const record = d.file.record;
  if (!table || !table.columns.has('id')) return [];
  if (!record || !record.scans.includes(d.state.scan)) {
    d.issue('warning', null, null, null, {
      nl: 'Het Filter-blad zegt niet welke rijen de export bevatte; rijen die uit het bestand zijn verwijderd worden niet als verwijderd getoond.',
      en: 'The Filter sheet does not record which rows the export held; rows deleted from the file are not shown as removed.',
    });
    return [];
  }
  const out: DiffRemoval[] = [];
  for (const id of record.activities) {
    const a = d.state.activities.get(id);
    if (a && !d.fileIds.has(id)) out.push({ id, initiative: d.state.initiatives.get(a.initiativeId)?.name ?? '', name: a.name });
  }
  return out;
}

export function diffFile(file: RoundtripFile, state: ScanState): RoundtripDiff {
  const d = new DiffContext(file, state);
  // Initiatives first: the activities' rows may name an initiative by the name the sheet gives it.
  if (file.initiatives) compareInitiatives(d, file.initiatives);
  if (file.activities) compareActivities(d, file.activities);
  const removed = removedRows(d, file.activities);
  return { scan: state.scan, fileName: file.fileName, added: d.added, changed: d.changed, removed, issues: d.issues, newInitiatives: [...d.creating.values()] };
}

/** The diff as `regioscan diff --json` prints it. */
export function diffJson(diff: RoundtripDiff) {
  return {
    scan: diff.scan,
    added: diff.added.map((a) => ({ initiative: a.initiative, name: a.name })),
    changed: diff.changed.map((c) => ({ id: c.id, field: c.field, old: c.old, new: c.new })),
    removed: diff.removed.map((r) => ({ id: r.id, initiative: r.initiative, name: r.name })),
    issues: diff.issues.map((i) => ({ severity: i.severity, sheet: i.sheet, row: i.row, column: i.column, value: i.value, message: i.en })),
  };
}
