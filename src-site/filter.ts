/**
 * Filtering as the app and `--where` do it: within a dimension values combine with OR, across
 * dimensions with AND, all on one activity; a region includes the regions below it. An initiative
 * matches when one of its activities does. Counts per value are initiatives, and a dimension's own
 * condition does not narrow its own counts (as in the app's filter panel), so a value's count is
 * what choosing it (too) returns.
 */
import type { SiteDimension } from '../src-shared/site-model';
import { matchesSearch, words } from './search';
import type { SiteIndex } from './site-index';

/** Chosen values per dimension (indices into the dimension's values). */
export type Conditions = Partial<Record<SiteDimension, number[]>>;

export function activeDimensions(conditions: Conditions): SiteDimension[] {
  return (Object.keys(conditions) as SiteDimension[]).filter((d) => (conditions[d]?.length ?? 0) > 0);
}

/** The activity's values of a dimension, with a region standing for itself only. */
function valuesOf(index: SiteIndex, activity: number, dim: SiteDimension): readonly number[] {
  return index.data.activities[activity]!.codes[dim] ?? [];
}

function accepted(index: SiteIndex, dim: SiteDimension, chosen: readonly number[]): Set<number> {
  if (dim !== 'geography') return new Set(chosen);
  const out = new Set<number>();
  for (const c of chosen) for (const v of index.geographyBelow[c] ?? [c]) out.add(v);
  return out;
}

/** Per activity: does it match every condition (but `except`'s) and the search text? */
export function matchActivities(index: SiteIndex, conditions: Conditions, text: string, except?: SiteDimension): boolean[] {
  const query = words(text);
  const tests = activeDimensions(conditions)
    .filter((d) => d !== except)
    .map((d) => ({ dim: d, ok: accepted(index, d, conditions[d]!) }));
  return index.data.activities.map((_, a) => {
    for (const { dim, ok } of tests) if (!valuesOf(index, a, dim).some((v) => ok.has(v))) return false;
    return query.length === 0 || matchesSearch(index.words[a]!, query);
  });
}

export interface InitiativeMatch {
  initiative: number;
  /** Its activities that match, in its own order. */
  activities: number[];
}

export function matchingInitiatives(index: SiteIndex, matched: readonly boolean[]): InitiativeMatch[] {
  const out: InitiativeMatch[] = [];
  index.data.initiatives.forEach((initiative, i) => {
    const activities = initiative.activities.filter((a) => matched[a]);
    if (activities.length > 0) out.push({ initiative: i, activities });
  });
  return out;
}

/** Per dimension, per value: the initiatives that choosing the value (as well) would return. */
export function facetCounts(index: SiteIndex, conditions: Conditions, text: string, dims: readonly SiteDimension[]): Map<SiteDimension, number[]> {
  const all = matchActivities(index, conditions, text);
  const out = new Map<SiteDimension, number[]>();
  for (const dim of dims) {
    const size = index.dims.get(dim)?.values.length ?? 0;
    const base = (conditions[dim]?.length ?? 0) > 0 ? matchActivities(index, conditions, text, dim) : all;
    const sets = Array.from({ length: size }, () => new Set<number>());
    base.forEach((ok, a) => {
      if (!ok) return;
      const initiative = index.data.activities[a]!.initiative;
      for (const v of valuesOf(index, a, dim)) {
        sets[v]?.add(initiative);
        if (dim === 'geography') for (const up of index.geographyAbove[v] ?? []) sets[up]?.add(initiative);
      }
    });
    out.set(dim, sets.map((s) => s.size));
  }
  return out;
}
