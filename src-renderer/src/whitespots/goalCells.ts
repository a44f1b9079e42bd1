/**
 * "Alleen binnen beleidsdoelen": the combinations of the white-spot matrix that lie inside the
 * region's goals, white spots (no activity) first. A combination is inside a goal when the goal
 * names at least one of the matrix's dimensions (rows, columns, layers) with "any of" or "all of",
 * and on every dimension the goal names, the combination's value is allowed: among the values for
 * "any of"/"all of", not among them for "none of". A goal that names none of the matrix's
 * dimensions says nothing about its combinations and is left out.
 */
import { valueKey, type Filter } from '../../../src-shared/filter';
import type { WhiteSpotAxis, WhiteSpotResult, WhiteSpotValue } from '../../../src-shared/model';
import { cellCount } from './matrix';

export interface GoalLike {
  name: string;
  filter: Filter;
}

export interface GoalCombination {
  layer: number;
  row: number;
  col: number;
  count: number;
  /** The goals (names) the combination lies inside, in the order given. */
  goals: string[];
}

function allows(filter: Filter, axis: WhiteSpotAxis, value: WhiteSpotValue): boolean {
  const key = valueKey(value.value);
  return filter.conditions.every((c) => {
    if (c.dimension !== axis.key || c.values.length === 0) return true;
    const listed = c.values.some((v) => valueKey(v) === key);
    return c.mode === 'none' ? !listed : listed;
  });
}

/** True when the goal names one of these dimensions with "any of" or "all of". */
export function goalNamesAxes(filter: Filter, axes: readonly WhiteSpotAxis[]): boolean {
  return filter.conditions.some((c) => c.mode !== 'none' && c.values.length > 0 && axes.some((a) => a.key === c.dimension));
}

/** Every combination inside at least one goal: no activity first, then fewest activities, then matrix order. */
export function goalCombinations(result: WhiteSpotResult, goals: readonly GoalLike[]): { cells: GoalCombination[]; goals: number } {
  const axes = [result.rows, result.cols, ...(result.layers ? [result.layers] : [])];
  const relevant = goals.filter((g) => goalNamesAxes(g.filter, axes));
  const layers = result.layers?.values.length ?? 1;
  const cells: GoalCombination[] = [];
  for (let layer = 0; layer < layers; layer++) {
    result.rows.values.forEach((rv, row) => {
      result.cols.values.forEach((cv, col) => {
        const inside = relevant.filter((g) => allows(g.filter, result.rows, rv) && allows(g.filter, result.cols, cv) && (!result.layers || allows(g.filter, result.layers, result.layers.values[layer]!)));
        if (inside.length > 0) cells.push({ layer, row, col, count: cellCount(result, layer, row, col), goals: inside.map((g) => g.name) });
      });
    });
  }
  cells.sort((a, b) => a.count - b.count || a.layer - b.layer || a.row - b.row || a.col - b.col);
  return { cells, goals: relevant.length };
}
