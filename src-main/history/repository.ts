/**
 * The SQL of the history domain's own tables: change groups and history rows. Statements are prepared
 * once per connection. The triggers that write history rows are in triggers-repository.ts, the row
 * writes an undo makes in row-repository.ts.
 */
import type { Db } from '../db/open';
import { perConnection } from '../db/per-connection';

export interface GroupRow {
  id: number;
  at: string;
  user: string;
  origin: string;
  label: string | null;
  scan_id: number | null;
  undoable: 0 | 1;
  reverses: number | null;
  reversed_by: number | null;
}

export type Stored = string | number | null;

export interface HistoryRow {
  id: number;
  group_id: number;
  tbl: string;
  op: 'insert' | 'update' | 'delete' | 'bulk';
  subject: string;
  subject_id: number;
  subject_ref: string | null;
  scan_id: number | null;
  field: string;
  col: string | null;
  old: Stored;
  new: Stored;
  old_value: Stored;
  new_value: Stored;
  row: string | null;
  hidden: 0 | 1;
}

export interface EntryRow extends HistoryRow {
  at: string;
  user: string;
  origin: string;
}

export interface NewGroup {
  at: string;
  user: string;
  origin: string;
  label: string | null;
  scan: number | null;
  undoable: boolean;
  reverses: number | null;
}

export class HistoryRepository {
  private readonly s;

  constructor(db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      openGroup: p('SELECT group_id FROM change_context WHERE id = 1').pluck(),
      setOpenGroup: p('UPDATE change_context SET group_id = ? WHERE id = 1'),
      insertGroup: p(`INSERT INTO change_group (at, user, origin, label, scan_id, undoable, reverses) VALUES (@at, @user, @origin, @label, @scan, @undoable, @reverses)`),
      group: p('SELECT * FROM change_group WHERE id = ?'),
      deleteGroup: p('DELETE FROM change_group WHERE id = ?'),
      setGroupScan: p('UPDATE change_group SET scan_id = ? WHERE id = ?'),
      markReversed: p('UPDATE change_group SET reversed_by = ? WHERE id = ?'),
      rowsOf: p('SELECT * FROM history WHERE group_id = ? AND id > ? ORDER BY id'),
      lastRowId: p('SELECT coalesce(max(id), 0) FROM history').pluck(),
      undoTarget: p(`SELECT * FROM change_group WHERE reversed_by IS NULL AND origin <> 'undo' ORDER BY id DESC LIMIT 1`),
      // The newest undo not redone yet, as long as no new change came after it.
      redoTarget: p(`SELECT * FROM change_group WHERE reversed_by IS NULL AND origin = 'undo'
        AND id > (SELECT coalesce(max(id), 0) FROM change_group WHERE origin NOT IN ('undo', 'redo')) ORDER BY id DESC LIMIT 1`),
      insertBulk: p(`INSERT INTO history (group_id, tbl, op, subject, subject_id, subject_ref, scan_id, field, old, new)
        VALUES (@group, 'scan', 'bulk', 'scan', @scan, 'scan[' || CAST(@scan AS INTEGER) || ']', @scan, @field, @old, @new)`),
      forgetRows: p(`DELETE FROM history WHERE scan_id = ? AND subject IN ('activity', 'initiative')`),
      dropEmptyGroups: p('DELETE FROM change_group WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.group_id = change_group.id)'),
      entriesAll: p(`SELECT h.*, g.at, g.user, g.origin FROM history h JOIN change_group g ON g.id = h.group_id WHERE h.hidden = 0 ORDER BY h.id`),
      entriesOf: p(`SELECT h.*, g.at, g.user, g.origin FROM history h JOIN change_group g ON g.id = h.group_id
        WHERE h.hidden = 0 AND h.subject = ? AND h.subject_id = ? ORDER BY h.id`),
      entriesOfScan: p(`SELECT h.*, g.at, g.user, g.origin FROM history h JOIN change_group g ON g.id = h.group_id
        WHERE h.hidden = 0 AND h.scan_id = ? ORDER BY h.id`),
      entriesOfGroup: p(`SELECT h.*, g.at, g.user, g.origin FROM history h JOIN change_group g ON g.id = h.group_id WHERE h.hidden = 0 AND h.group_id = ? ORDER BY h.id`),
      historyRow: p('SELECT * FROM history WHERE id = ?'),
      unitRows: p(`SELECT * FROM history WHERE group_id = @group AND subject = @subject AND subject_id = @id AND (@field IS NULL OR field = @field) ORDER BY id`),
      scanUnitRows: p('SELECT * FROM history WHERE group_id = ? AND scan_id = ? ORDER BY id'),
      activitiesWithInitiative: p(`SELECT DISTINCT subject_id FROM history WHERE group_id = ? AND tbl = 'activity' AND op IN ('insert', 'delete')
        AND json_extract(row, '$.initiative_id') = ?`).pluck(),
      changedLater: p(`SELECT 1 FROM history WHERE id > @after AND subject = @subject AND subject_id = @id AND (@field IS NULL OR field = @field) LIMIT 1`).pluck(),
      // Entries as history() lists them: one per field of a row (several values added and removed are one).
      countRows: p('SELECT count(*) FROM (SELECT DISTINCT subject, subject_id, field FROM history WHERE group_id = ? AND hidden = 0)').pluck(),
      hasHistory: p('SELECT 1 FROM history WHERE subject = ? AND subject_id = ? LIMIT 1').pluck(),
      hasScanHistory: p('SELECT 1 FROM history WHERE scan_id = ? LIMIT 1').pluck(),
    };
  }

  openGroup(): number | null {
    return (this.s.openGroup.get() as number | null | undefined) ?? null;
  }

  setOpenGroup(id: number | null): void {
    this.s.setOpenGroup.run(id);
  }

  insertGroup(g: NewGroup): number {
    return Number(this.s.insertGroup.run({ ...g, undoable: g.undoable ? 1 : 0 }).lastInsertRowid);
  }

  group(id: number): GroupRow | undefined {
    return this.s.group.get(id) as GroupRow | undefined;
  }

  deleteGroup(id: number): void {
    this.s.deleteGroup.run(id);
  }

  setGroupScan(id: number, scan: number): void {
    this.s.setGroupScan.run(scan, id);
  }

  markReversed(id: number, by: number): void {
    this.s.markReversed.run(by, id);
  }

  /** A group's rows after history row `after`, oldest first. */
  rowsOf(group: number, after = 0): HistoryRow[] {
    return this.s.rowsOf.all(group, after) as HistoryRow[];
  }

  lastRowId(): number {
    return this.s.lastRowId.get() as number;
  }

  undoTarget(): GroupRow | undefined {
    return this.s.undoTarget.get() as GroupRow | undefined;
  }

  redoTarget(): GroupRow | undefined {
    return this.s.redoTarget.get() as GroupRow | undefined;
  }

  /** The one row an import or restore writes for a scan. */
  insertBulk(group: number, scan: number, field: string, old: string | null, now: string | null): void {
    this.s.insertBulk.run({ group, scan, field, old, new: now });
  }

  /** Forgets the history of a scan's activities and initiatives (a re-import replaced them) and the groups left empty. */
  forgetScanRows(scan: number): void {
    this.s.forgetRows.run(scan);
    this.s.dropEmptyGroups.run();
  }

  entries(filter: { subject: 'activity' | 'initiative'; id: number } | { scan: number } | { group: number } | null): EntryRow[] {
    if (filter === null) return this.s.entriesAll.all() as EntryRow[];
    if ('group' in filter) return this.s.entriesOfGroup.all(filter.group) as EntryRow[];
    if ('scan' in filter) return this.s.entriesOfScan.all(filter.scan) as EntryRow[];
    return this.s.entriesOf.all(filter.subject, filter.id) as EntryRow[];
  }

  historyRow(id: number): HistoryRow | undefined {
    return this.s.historyRow.get(id) as HistoryRow | undefined;
  }

  /** A group's rows about one subject (one field of it, or all of it). */
  unitRows(group: number, subject: string, id: number, field: string | null): HistoryRow[] {
    return this.s.unitRows.all({ group, subject, id, field }) as HistoryRow[];
  }

  scanUnitRows(group: number, scan: number): HistoryRow[] {
    return this.s.scanUnitRows.all(group, scan) as HistoryRow[];
  }

  /** Activities a group inserted or deleted as part of an initiative. */
  activitiesWithInitiative(group: number, initiative: number): number[] {
    return this.s.activitiesWithInitiative.all(group, initiative) as number[];
  }

  changedLater(after: number, subject: string, id: number, field: string | null): boolean {
    return this.s.changedLater.get({ after, subject, id, field }) === 1;
  }

  visibleRowCount(group: number): number {
    return this.s.countRows.get(group) as number;
  }

  hasHistory(kind: 'activity' | 'initiative' | 'scan', id: number): boolean {
    return (kind === 'scan' ? this.s.hasScanHistory.get(id) : this.s.hasHistory.get(kind, id)) === 1;
  }
}

/** The history statements of this connection, prepared the first time they are needed. */
export const historyRepository: (db: Db) => HistoryRepository = perConnection((db) => new HistoryRepository(db));
