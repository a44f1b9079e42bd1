/** One set of goals held against several scans: each goal measured in each scan on its own. */
import type { GoalComparison } from '../../src-shared/goals-model';
import type { Db } from '../db/open';
import { scanLabels } from '../scans';
import { measure, storedGoals } from './goals';

export function compareGoals(db: Db, scans: readonly number[]): GoalComparison {
  const label = scanLabels(db);
  return {
    scans: scans.map((id) => ({ id, label: label(id) })),
    goals: storedGoals(db).map((goal) => ({
      id: goal.id,
      name: goal.name,
      target: goal.target,
      minReach: goal.minReach,
      perScan: scans.map((scan) => ({ scan, ...measure(db, goal, { ...goal.filter, scans: [scan] }) })),
    })),
  };
}
