/** The SQL on `goal`: regional goals, each a named filter (JSON) with an optional target and minimum reach. */
import type { Db } from '../db/open';
import { statements } from '../db/statements';

export interface GoalRow {
  id: number;
  name: string;
  filter: string;
  target: number | null;
  min_reach: number | null;
  created_at: string;
}

const sql = statements({
  all: 'SELECT * FROM goal ORDER BY name COLLATE NOCASE, id',
  byId: 'SELECT * FROM goal WHERE id = ?',
  byName: 'SELECT * FROM goal WHERE name = ?',
  insert: 'INSERT INTO goal (name, filter, target, min_reach, created_at) VALUES (?, ?, ?, ?, ?)',
  update: 'UPDATE goal SET name = ?, filter = ?, target = ?, min_reach = ? WHERE id = ?',
  delete: 'DELETE FROM goal WHERE id = ?',
});

export function goalRows(db: Db): GoalRow[] {
  return sql(db).all.all() as GoalRow[];
}

export function goalRow(db: Db, id: number): GoalRow | undefined {
  return sql(db).byId.get(id) as GoalRow | undefined;
}

/** The goal with this name, in any case (the column is NOCASE). */
export function goalByName(db: Db, name: string): GoalRow | undefined {
  return sql(db).byName.get(name) as GoalRow | undefined;
}

export function insertGoal(db: Db, goal: { name: string; filterJson: string; target: number | null; minReach: number | null; at: string }): number {
  return Number(sql(db).insert.run(goal.name, goal.filterJson, goal.target, goal.minReach, goal.at).lastInsertRowid);
}

export function updateGoalRow(db: Db, id: number, goal: { name: string; filterJson: string; target: number | null; minReach: number | null }): number {
  return sql(db).update.run(goal.name, goal.filterJson, goal.target, goal.minReach, id).changes;
}

export function deleteGoal(db: Db, id: number): number {
  return sql(db).delete.run(id).changes;
}
