/**
 * What a click on an Overzicht bar or cell does to the filter: narrow it to that value (or pair of
 * values) so that the Activiteiten list shows exactly the activities the bar or cell counted.
 *
 * The counts are taken under the whole filter, so the new condition must keep what the old one of
 * that dimension demanded. For a single-valued dimension (type, geography) the clicked value implies
 * it; for a multi-valued one "any of A" ∧ v is v when v is in A, "any of x" ∧ v is "all of x, v",
 * "all of A" ∧ v is "all of A + v". "Any of several, not v" and "none of A" ∧ v cannot be said in one
 * condition: the click then sets "any of v" and reports that the list may show more (exact: false).
 */
import { dimension, type DimensionKey } from '../../../src-shared/codebook';
import { valueKey, type Condition, type Filter, type FilterValue } from '../../../src-shared/filter';

export interface Pick {
  dimension: DimensionKey;
  value: FilterValue;
}

function narrowed(current: Condition | undefined, pick: Pick): { condition: Condition; exact: boolean } {
  const only: Condition = { dimension: pick.dimension, mode: 'any', values: [pick.value] };
  if (!current || current.values.length === 0 || !dimension(pick.dimension).multi) return { condition: only, exact: true };
  const key = valueKey(pick.value);
  const has = current.values.some((v) => valueKey(v) === key);
  if (current.mode === 'any') {
    if (has) return { condition: only, exact: true };
    if (current.values.length === 1) return { condition: { ...only, mode: 'all', values: [current.values[0]!, pick.value] }, exact: true };
    return { condition: only, exact: false };
  }
  if (current.mode === 'all') return { condition: { ...current, values: has ? current.values : [...current.values, pick.value] }, exact: true };
  return { condition: only, exact: false };
}

/** The filter narrowed to the picked values (one undo step when applied with a `replace`). */
export function refineFilter(filter: Filter, picks: readonly Pick[]): { filter: Filter; exact: boolean } {
  let exact = true;
  const conditions = [...filter.conditions];
  let includeSubRegions = filter.includeSubRegions;
  for (const pick of picks) {
    const index = conditions.findIndex((c) => c.dimension === pick.dimension);
    const result = narrowed(index >= 0 ? conditions[index] : undefined, pick);
    exact &&= result.exact;
    if (index >= 0) conditions[index] = result.condition;
    else conditions.push(result.condition);
    // The tables count a region on its own, without its sub-regions.
    if (pick.dimension === 'geography') includeSubRegions = false;
  }
  return { filter: { ...filter, conditions, includeSubRegions }, exact };
}

/** The filter value of an Overzicht value: its code, or its verbatim text when it is unmapped. */
export function filterValueOf(value: { code: string | null; label: string }): FilterValue {
  return value.code === null ? { unmapped: value.label } : value.code;
}
