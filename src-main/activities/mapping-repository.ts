/**
 * The SQL a mapping runs on the activities' tables (src-main/mappings decides what to write; it runs
 * inside a change group, whose triggers record each change): the values kept unmapped with the
 * activities holding them, and moving an activity from an unmapped value to a code.
 */
import type { Db } from '../db/open';
import { statements } from '../db/statements';

export interface UnmappedValueRow {
  id: number;
  dimension: string;
  /** As written in the workbook. */
  label: string;
  match_key: string;
  /** Activities holding it. */
  activities: number;
  /** The scans those activities belong to, comma-separated. */
  scans: string;
}

const sql = statements({
  unmapped: `SELECT dv.id, dv.dimension, dv.label_nl AS label, dv.match_key, count(*) AS activities, group_concat(DISTINCT a.scan_id) AS scans
      FROM dimension_value dv JOIN activity_value av ON av.value_id = dv.id JOIN activity a ON a.id = av.activity_id
      WHERE dv.kind = 'unmapped' GROUP BY dv.id ORDER BY dv.dimension, count(*) DESC, dv.label_nl`,
  unmappedByKey: 'SELECT id, label_nl AS label FROM dimension_value WHERE dimension = ? AND code IS NULL AND match_key = ?',
  holders: { sql: 'SELECT activity_id FROM activity_value WHERE value_id = ? ORDER BY activity_id', mode: 'pluck' },
  unmappedHolders: `SELECT av.value_id AS value, av.activity_id AS activity FROM dimension_value dv JOIN activity_value av ON av.value_id = dv.id WHERE dv.kind = 'unmapped'`,
  codedInDimension: {
    sql: `SELECT count(*) FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE av.activity_id = ? AND dv.dimension = ? AND dv.code IS NOT NULL AND dv.id <> ?`,
    mode: 'pluck',
  },
  remove: 'DELETE FROM activity_value WHERE activity_id = ? AND value_id = ?',
  add: 'INSERT OR IGNORE INTO activity_value (activity_id, value_id) VALUES (?, ?)',
});

/** Every value kept unmapped that at least one activity holds, with how many and in which scans. */
export function unmappedValueRows(db: Db): UnmappedValueRow[] {
  return sql(db).unmapped.all() as UnmappedValueRow[];
}

/** The unmapped value of a dimension with this folded text, if one is stored. */
export function unmappedByKey(db: Db, dimension: string, matchKey: string): { id: number; label: string } | undefined {
  return sql(db).unmappedByKey.get(dimension, matchKey) as { id: number; label: string } | undefined;
}

/** The activities holding a value. */
export function activitiesHolding(db: Db, valueId: number): number[] {
  return sql(db).holders.all(valueId) as number[];
}

/** The activities holding each unmapped value, by the value's id (one query for the whole list). */
export function unmappedHolders(db: Db): Map<number, Set<number>> {
  const holders = new Map<number, Set<number>>();
  for (const { value, activity } of sql(db).unmappedHolders.all() as { value: number; activity: number }[]) {
    const set = holders.get(value) ?? new Set<number>();
    set.add(activity);
    holders.set(value, set);
  }
  return holders;
}

/** How many coded values (other than `except`) an activity has in a dimension. */
export function codedValuesIn(db: Db, activity: number, dimension: string, except: number): number {
  return sql(db).codedInDimension.get(activity, dimension, except) as number;
}

/** Moves one activity from one value to another (the second kept once if it holds it already). */
export function replaceActivityValue(db: Db, activity: number, from: number, to: number): void {
  sql(db).remove.run(activity, from);
  sql(db).add.run(activity, to);
}
