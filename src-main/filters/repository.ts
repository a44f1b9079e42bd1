/** The SQL on `saved_filter`: named filters with a note, stored as JSON. */
import type { Db } from '../db/open';
import { statements } from '../db/statements';

export interface SavedFilterRow {
  id: number;
  name: string;
  note: string | null;
  filter: string;
  created_at: string;
  updated_at: string;
}

const sql = statements({
  byId: 'SELECT * FROM saved_filter WHERE id = ?',
  all: 'SELECT * FROM saved_filter ORDER BY name COLLATE NOCASE',
  nameTaken: { sql: 'SELECT 1 FROM saved_filter WHERE name = ? AND id IS NOT ?', mode: 'pluck' },
  update: 'UPDATE saved_filter SET name = ?, note = ?, filter = ?, updated_at = ? WHERE id = ?',
  insert: 'INSERT INTO saved_filter (name, note, filter, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  delete: 'DELETE FROM saved_filter WHERE id = ?',
});

export function savedFilterRow(db: Db, id: number): SavedFilterRow | undefined {
  return sql(db).byId.get(id) as SavedFilterRow | undefined;
}

export function savedFilterRows(db: Db): SavedFilterRow[] {
  return sql(db).all.all() as SavedFilterRow[];
}

/** Whether another saved filter than `exceptId` (none: any) has this name. */
export function nameTaken(db: Db, name: string, exceptId?: number): boolean {
  return sql(db).nameTaken.get(name, exceptId ?? null) !== undefined;
}

export function updateSavedFilter(db: Db, id: number, name: string, note: string | null, filterJson: string, at: string): void {
  sql(db).update.run(name, note, filterJson, at, id);
}

export function insertSavedFilter(db: Db, name: string, note: string | null, filterJson: string, at: string): number {
  return Number(sql(db).insert.run(name, note, filterJson, at, at).lastInsertRowid);
}

export function deleteSavedFilterRow(db: Db, id: number): number {
  return sql(db).delete.run(id).changes;
}
