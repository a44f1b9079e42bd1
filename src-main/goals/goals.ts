/**
 * Regional goals (beleidsdoelen, docs/goals.md): what the region wants, stated as a filter with a
 * name, an optional target (number of activities) and an optional minimum reach. Each goal is
 * measured against the scans: the matching activities, their initiatives, their summed known reach,
 * and whether the target is met. Every write (add, edit, delete, a file import) is one change group
 * with origin `goal`, so it is in the history and `regioscan undo` takes it back.
 */
import type { Filter } from '../../src-shared/filter';
import { filterSchema } from '../../src-shared/filter-schema';
import type { GoalResult } from '../../src-shared/surveys-model';
import { activityIndex, B, filterMasks } from '../activities';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { withChangeGroup } from '../history';
import { deleteGoal, goalByName, goalRow, goalRows, insertGoal, updateGoalRow, type GoalRow } from './repository';

export const GOAL_NAME_MAX = 200;

export interface NewGoal {
  name: string;
  filter: Filter;
  target: number | null;
  minReach: number | null;
}

function storedFilter(row: GoalRow): Filter {
  let parsed;
  try {
    parsed = filterSchema.safeParse(JSON.parse(row.filter));
  } catch {
    parsed = undefined;
  }
  if (!parsed?.success) throw new UserError('goal-unreadable', { nl: `Het doel "${row.name}" is beschadigd.`, en: `The goal "${row.name}" is damaged.` });
  return parsed.data;
}

/** The name as stored: trimmed, 1–200 characters, not another goal's (in any case). */
function checkedName(db: Db, wanted: string, exceptId?: number): string {
  const name = wanted.trim();
  if (name === '' || name.length > GOAL_NAME_MAX) throw new UserError('invalid-goal-name', { nl: `Een doel heeft een naam van 1 tot ${GOAL_NAME_MAX} tekens.`, en: `A goal has a name of 1 to ${GOAL_NAME_MAX} characters.` });
  const other = goalByName(db, name);
  if (other && other.id !== exceptId) throw new UserError('goal-exists', { nl: `Er is al een doel met de naam "${name}".`, en: `There is already a goal named "${name}".` });
  return name;
}

function existingGoal(db: Db, id: number): GoalRow {
  const row = goalRow(db, id);
  if (!row) throw new UserError('not-found', { nl: `Er is geen doel met ID ${id}.`, en: `There is no goal with ID ${id}.` });
  return row;
}

/** Inserts goals inside an open change group (a file import adds several in one). */
export function insertGoals(db: Db, goals: readonly NewGoal[]): number[] {
  const at = new Date().toISOString();
  return goals.map((goal) => insertGoal(db, { name: checkedName(db, goal.name), filterJson: JSON.stringify(goal.filter), target: goal.target, minReach: goal.minReach, at }));
}

export function addGoal(db: Db, goal: NewGoal): GoalResult {
  const { result: id } = withChangeGroup(db, { origin: 'goal', label: `goal ${goal.name.trim()}` }, () => insertGoals(db, [goal])[0]!);
  return measureGoals(db).find((g) => g.id === id)!;
}

/** Changes a goal's name, filter, target and minimum reach (all four, as the edit form holds them). */
export function updateGoal(db: Db, id: number, goal: NewGoal): GoalResult {
  const row = existingGoal(db, id);
  const name = checkedName(db, goal.name, id);
  withChangeGroup(db, { origin: 'goal', label: `goal ${row.name}` }, () => updateGoalRow(db, id, { name, filterJson: JSON.stringify(goal.filter), target: goal.target, minReach: goal.minReach }));
  return measureGoals(db).find((g) => g.id === id)!;
}

export function removeGoal(db: Db, id: number): { deleted: number } {
  const row = goalRow(db, id);
  if (!row) return { deleted: 0 };
  const { result } = withChangeGroup(db, { origin: 'goal', label: `delete goal ${row.name}` }, () => deleteGoal(db, id));
  return { deleted: result };
}

/** The stored goals with their filters, unmeasured (the goals file and the comparison read them). */
export function storedGoals(db: Db): (NewGoal & { id: number })[] {
  return goalRows(db).map((row) => ({ id: row.id, name: row.name, filter: storedFilter(row), target: row.target, minReach: row.min_reach }));
}

/** One goal's filter measured: matching activities, their initiatives, summed known reach, met. */
export function measure(db: Db, goal: NewGoal, filter: Filter): Pick<GoalResult, 'count' | 'initiatives' | 'reach' | 'met'> {
  const index = activityIndex(db);
  const { all } = filterMasks(db, index, filter);
  let count = 0;
  let reach = 0;
  const initiatives = new Set<number>();
  B.forEachAnd(all, all, (p) => {
    count++;
    initiatives.add(index.initiative[p]!);
    const r = index.reach[p]!;
    if (Number.isFinite(r)) reach += r;
  });
  const met = goal.target === null && goal.minReach === null ? null : count >= (goal.target ?? 0) && reach >= (goal.minReach ?? 0);
  return { count, initiatives: initiatives.size, reach, met };
}

/** Every goal measured; `scans` (when given) replaces the scans each goal's filter names. */
export function measureGoals(db: Db, scans?: readonly number[]): GoalResult[] {
  return storedGoals(db).map((goal) => {
    const filter = scans && scans.length > 0 ? { ...goal.filter, scans: [...scans] } : goal.filter;
    return { ...goal, ...measure(db, goal, filter) };
  });
}
