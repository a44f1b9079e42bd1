/** Pure helpers of the Beleidsdoelen screen: a goal's status in words and numbers, its filter in chosen scans. */
import type { Filter } from '../../../src-shared/filter';
import type { GoalResult } from '../../../src-shared/surveys-model';

export type GoalStatusKind = 'met' | 'not-met' | 'none';

export interface GoalStatus {
  kind: GoalStatusKind;
  /** Activities still missing to the target (0 when met or no target). */
  countShort: number;
  /** Known reach still missing to the minimum (0 when met or no minimum). */
  reachShort: number;
}

/** Met / not met / no target, with what is still missing; the same rule as main's `met`. */
export function goalStatus(goal: Pick<GoalResult, 'count' | 'reach' | 'target' | 'minReach'>): GoalStatus {
  const countShort = goal.target === null ? 0 : Math.max(0, goal.target - goal.count);
  const reachShort = goal.minReach === null ? 0 : Math.max(0, goal.minReach - goal.reach);
  if (goal.target === null && goal.minReach === null) return { kind: 'none', countShort: 0, reachShort: 0 };
  return { kind: countShort === 0 && reachShort === 0 ? 'met' : 'not-met', countShort, reachShort };
}

/** The goal's filter in the chosen scans (the screen measures every goal in the header's selection). */
export function goalFilterIn(filter: Filter, scans: readonly number[]): Filter {
  return { ...filter, scans: [...scans] };
}

/** A whole number from 0 typed in a field, or null when the field is empty; undefined when it is no such number. */
export function optionalCount(value: string | number | null | undefined): number | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}
