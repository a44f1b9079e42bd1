/**
 * The SQL of an edit on the activities' tables (src-main/edits/ decides what to write; it runs inside
 * a change group, whose triggers record each change and keep the search text in step). Columns are
 * picked from fixed lists, never from what a user typed.
 */
import type { InitiativeRecord } from './publication-repository';
import type { Db } from '../db/open';
import { statements } from '../db/statements';

/** The columns an edit may set, by the key --set uses. */
export const ACTIVITY_COLUMNS = { name: 'name', description: 'description', startYear: 'start_year', reach: 'reach', reachUnit: 'reach_unit', reachSource: 'reach_source', initiative: 'initiative_id' } as const;
export const INITIATIVE_COLUMNS = { name: 'name', description: 'description', website: 'website', startYear: 'start_year', homeRegion: 'home_region' } as const;

export type ActivityField = keyof typeof ACTIVITY_COLUMNS;
export type InitiativeField = keyof typeof INITIATIVE_COLUMNS;
export type Cell = string | number | null;

const setActivity = Object.fromEntries(Object.entries(ACTIVITY_COLUMNS).map(([k, c]) => [`activity_${k}`, `UPDATE activity SET ${c} = ? WHERE id = ?`])) as Record<`activity_${ActivityField}`, string>;
const setInitiative = Object.fromEntries(Object.entries(INITIATIVE_COLUMNS).map(([k, c]) => [`initiative_${k}`, `UPDATE initiative SET ${c} = ? WHERE id = ?`])) as Record<`initiative_${InitiativeField}`, string>;

const sql = statements({
  ...setActivity,
  ...setInitiative,
  activity: 'SELECT id, scan_id, initiative_id, name FROM activity WHERE id = ?',
  initiative: 'SELECT id, scan_id, name, description, website, start_year, home_region FROM initiative WHERE id = ?',
  initiativesOfScan: 'SELECT id, name FROM initiative WHERE scan_id = ? ORDER BY id',
  activitiesOfInitiative: { sql: 'SELECT id FROM activity WHERE initiative_id = ? ORDER BY id', mode: 'pluck' },
  codeId: { sql: 'SELECT id FROM dimension_value WHERE dimension = ? AND code = ?', mode: 'pluck' },
  unmappedId: { sql: `SELECT id FROM dimension_value WHERE dimension = ? AND kind = 'unmapped' AND label_nl = ?`, mode: 'pluck' },
  valuesOf: { sql: 'SELECT av.value_id FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE av.activity_id = ? AND dv.dimension = ? ORDER BY av.value_id', mode: 'pluck' },
  removeValue: 'DELETE FROM activity_value WHERE activity_id = ? AND value_id = ?',
  addValue: 'INSERT INTO activity_value (activity_id, value_id) VALUES (?, ?)',
  insertActivity: 'INSERT INTO activity (scan_id, initiative_id, name) VALUES (?, ?, ?)',
  insertInitiative: 'INSERT INTO initiative (scan_id, name) VALUES (?, ?)',
  deleteActivity: 'DELETE FROM activity WHERE id = ?',
  deleteInitiative: 'DELETE FROM initiative WHERE id = ?',
  moveActivities: 'UPDATE activity SET initiative_id = ? WHERE initiative_id = ?',
});

export interface EditedActivity {
  id: number;
  scan_id: number;
  initiative_id: number;
  name: string;
}

/** An initiative's row as the edit commands read it: what a publication reads, and its home region. */
export interface EditedInitiative extends InitiativeRecord {
  home_region: string | null;
}

export function activityForEdit(db: Db, id: number): EditedActivity | undefined {
  return sql(db).activity.get(id) as EditedActivity | undefined;
}

export function initiativeForEdit(db: Db, id: number): EditedInitiative | undefined {
  return sql(db).initiative.get(id) as EditedInitiative | undefined;
}

export function initiativesOfScan(db: Db, scan: number): { id: number; name: string }[] {
  return sql(db).initiativesOfScan.all(scan) as { id: number; name: string }[];
}

/** The ids of an initiative's activities. */
export function activitiesOfInitiative(db: Db, initiative: number): number[] {
  return sql(db).activitiesOfInitiative.all(initiative) as number[];
}

/** The stored value of a dimension: a code, or a value kept unmapped (by its text). */
export function valueId(db: Db, dimension: string, value: string | { unmapped: string }): number | undefined {
  return (typeof value === 'string' ? sql(db).codeId.get(dimension, value) : sql(db).unmappedId.get(dimension, value.unmapped)) as number | undefined;
}

export function setActivityField(db: Db, id: number, field: ActivityField, value: Cell): void {
  sql(db)[`activity_${field}`].run(value, id);
}

export function setInitiativeField(db: Db, id: number, field: InitiativeField, value: Cell): void {
  sql(db)[`initiative_${field}`].run(value, id);
}

/** Sets an activity's values of one dimension to exactly these (removing the others, adding the new). */
export function setActivityValues(db: Db, activity: number, dimension: string, valueIds: readonly number[]): void {
  const q = sql(db);
  const now = new Set(q.valuesOf.all(activity, dimension) as number[]);
  for (const id of now) if (!valueIds.includes(id)) q.removeValue.run(activity, id);
  for (const id of valueIds) if (!now.has(id)) q.addValue.run(activity, id);
}

export function insertActivity(db: Db, scan: number, initiative: number, name: string): number {
  return Number(sql(db).insertActivity.run(scan, initiative, name).lastInsertRowid);
}

export function insertInitiative(db: Db, scan: number, name: string): number {
  return Number(sql(db).insertInitiative.run(scan, name).lastInsertRowid);
}

export function deleteActivityRow(db: Db, id: number): void {
  sql(db).deleteActivity.run(id);
}

export function deleteInitiativeRow(db: Db, id: number): void {
  sql(db).deleteInitiative.run(id);
}

/** Moves every activity of one initiative to another. */
export function moveActivities(db: Db, from: number, to: number): void {
  sql(db).moveActivities.run(to, from);
}

export * from './edit-providers-repository';
