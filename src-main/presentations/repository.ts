/** The SQL on `presentation` and `presentation_slide` (migration 8): presentations and their ordered slides. */
import type { Db } from '../db/open';
import { statements } from '../db/statements';

export interface PresentationRow {
  id: number;
  title: string;
  created_at: string;
  updated_at: string;
}

export interface SlideRow {
  id: number;
  presentation_id: number;
  position: number;
  title: string;
  note: string;
  view: string;
  filter: string;
  filter_name: string | null;
  options: string;
}

export interface PresentationListRow extends PresentationRow {
  slides: number;
}

const sql = statements({
  all: `SELECT p.*, (SELECT count(*) FROM presentation_slide s WHERE s.presentation_id = p.id) AS slides
        FROM presentation p ORDER BY p.title COLLATE NOCASE, p.id`,
  byId: 'SELECT * FROM presentation WHERE id = ?',
  insert: 'INSERT INTO presentation (title, created_at, updated_at) VALUES (?, ?, ?)',
  rename: 'UPDATE presentation SET title = ?, updated_at = ? WHERE id = ?',
  touch: 'UPDATE presentation SET updated_at = ? WHERE id = ?',
  delete: 'DELETE FROM presentation WHERE id = ?',
  slides: 'SELECT * FROM presentation_slide WHERE presentation_id = ? ORDER BY position, id',
  slide: 'SELECT * FROM presentation_slide WHERE id = ?',
  insertSlide: `INSERT INTO presentation_slide (presentation_id, position, title, note, view, filter, filter_name, options)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  updateSlide: 'UPDATE presentation_slide SET title = ?, note = ?, view = ?, filter = ?, options = ? WHERE id = ?',
  setPosition: 'UPDATE presentation_slide SET position = ? WHERE id = ? AND position IS NOT ?',
  deleteSlide: 'DELETE FROM presentation_slide WHERE id = ?',
});

export function presentationRows(db: Db): PresentationListRow[] {
  return sql(db).all.all() as PresentationListRow[];
}

export function presentationRow(db: Db, id: number): PresentationRow | undefined {
  return sql(db).byId.get(id) as PresentationRow | undefined;
}

export function insertPresentation(db: Db, title: string, at: string): number {
  return Number(sql(db).insert.run(title, at, at).lastInsertRowid);
}

export function renamePresentation(db: Db, id: number, title: string, at: string): void {
  sql(db).rename.run(title, at, id);
}

export function touchPresentation(db: Db, id: number, at: string): void {
  sql(db).touch.run(at, id);
}

export function deletePresentationRow(db: Db, id: number): number {
  return sql(db).delete.run(id).changes;
}

export function slideRows(db: Db, presentation: number): SlideRow[] {
  return sql(db).slides.all(presentation) as SlideRow[];
}

export function slideRow(db: Db, id: number): SlideRow | undefined {
  return sql(db).slide.get(id) as SlideRow | undefined;
}

export function insertSlide(db: Db, s: Omit<SlideRow, 'id'>): number {
  return Number(sql(db).insertSlide.run(s.presentation_id, s.position, s.title, s.note, s.view, s.filter, s.filter_name, s.options).lastInsertRowid);
}

export function updateSlide(db: Db, s: Pick<SlideRow, 'id' | 'title' | 'note' | 'view' | 'filter' | 'options'>): void {
  sql(db).updateSlide.run(s.title, s.note, s.view, s.filter, s.options, s.id);
}

/** Sets a slide's position (no write when it is already there, so history records only real moves). */
export function setSlidePosition(db: Db, id: number, position: number): void {
  sql(db).setPosition.run(position, id, position);
}

export function deleteSlideRow(db: Db, id: number): number {
  return sql(db).deleteSlide.run(id).changes;
}
