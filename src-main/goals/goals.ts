/**
 * Regional goals (beleidsdoelen): what the region wants, stated as a filter with a name, an optional
 * target (number of activities) and an optional minimum reach. Each goal is measured against the
 * scans: the matching activities, their initiatives, their summed known reach, and whether the
 * target is met.
 */
import type { Filter } from '../../src-shared/filter';
import { filterSchema } from '../../src-shared/filter-schema';
import type { GoalResult } from '../../src-shared/surveys-model';
import { activityIndex, B, filterMasks } from '../activities';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { deleteGoal, goalByName, goalRows, insertGoal, type GoalRow } from './repository';

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

export function addGoal(db: Db, goal: NewGoal): GoalResult {
  const name = goal.name.trim();
  if (name === '' || name.length > GOAL_NAME_MAX) throw new UserError('invalid-goal-name', { nl: `Een doel heeft een naam van 1 tot ${GOAL_NAME_MAX} tekens.`, en: `A goal has a name of 1 to ${GOAL_NAME_MAX} characters.` });
  if (goalByName(db, name)) throw new UserError('goal-exists', { nl: `Er is al een doel met de naam "${name}".`, en: `There is already a goal named "${name}".` });
  const id = insertGoal(db, { name, filterJson: JSON.stringify(goal.filter), target: goal.target, minReach: goal.minReach, at: new Date().toISOString() });
  return measureGoals(db).find((g) => g.id === id)!;
}

export function removeGoal(db: Db, id: number): { deleted: number } {
  return { deleted: deleteGoal(db, id) };
}

/** Every goal measured; `scans` (when given) replaces the scans each goal's filter names. */
export function measureGoals(db: Db, scans?: readonly number[]): GoalResult[] {
  const index = activityIndex(db);
  return goalRows(db).map((row) => {
    const stored = storedFilter(row);
    const filter = scans && scans.length > 0 ? { ...stored, scans: [...scans] } : stored;
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
    const met = row.target === null && row.min_reach === null ? null : count >= (row.target ?? 0) && reach >= (row.min_reach ?? 0);
    return { id: row.id, name: row.name, filter: stored, target: row.target, minReach: row.min_reach, count, initiatives: initiatives.size, reach, met };
  });
}
