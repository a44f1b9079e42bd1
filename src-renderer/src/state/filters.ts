/**
 * The active filter with undo/redo, as a pure reducer. The effects (following the header's scan
 * selection, keyboard shortcuts, loading facet counts) live in `FilterProvider`.
 *
 * Every action that changes the filter's conditions, text or ranges pushes the previous filter on
 * `past` (at most HISTORY_LIMIT entries) and empties `future`; an action that changes nothing leaves
 * the state as it is. The scans are not part of the history: they always follow the header's scan
 * selector (`setScans`), so undo and redo never change which scans are shown.
 */
import { dimension, type DimensionKey } from '../../../src-shared/codebook';
import { emptyFilter, valueKey, type Condition, type ConditionMode, type Filter, type FilterValue, type NumberRange } from '../../../src-shared/filter';

export const HISTORY_LIMIT = 100;

export interface FiltersState {
  filter: Filter;
  past: Filter[];
  future: Filter[];
}

export type ReachKnown = 'known' | 'unknown' | 'all';

export type FiltersAction =
  | { type: 'toggleValue'; dimension: DimensionKey; value: FilterValue }
  /** Sets a dimension's values at once (knelpunt group shortcuts, referral); `mode` keeps the current one when omitted. */
  | { type: 'setValues'; dimension: DimensionKey; values: readonly FilterValue[]; mode?: ConditionMode }
  | { type: 'setMode'; dimension: DimensionKey; mode: ConditionMode }
  | { type: 'clearDimension'; dimension: DimensionKey }
  | { type: 'setText'; text: string }
  | { type: 'setReach'; known?: ReachKnown; min?: number | null; max?: number | null }
  | { type: 'setStartYear'; min?: number | null; max?: number | null }
  | { type: 'setIncludeSubRegions'; value: boolean }
  | { type: 'setScans'; ids: readonly number[] }
  /** Applies a saved filter; the scans stay those of the header's selection. */
  | { type: 'replace'; filter: Filter }
  /** The filter the user left at the last session: not an undoable change (the history starts empty). */
  | { type: 'restore'; filter: Filter }
  | { type: 'clear' }
  | { type: 'undo' }
  | { type: 'redo' };

export function initialFiltersState(scans: readonly number[] = []): FiltersState {
  return { filter: emptyFilter([...scans]), past: [], future: [] };
}

/** True when the dimension may hold several values per activity (only then does "all" make sense). */
export function allowsAll(key: DimensionKey): boolean {
  return dimension(key).multi;
}

export function conditionOf(filter: Filter, key: DimensionKey): Condition | undefined {
  return filter.conditions.find((c) => c.dimension === key);
}

export function isSelected(filter: Filter, key: DimensionKey, value: FilterValue): boolean {
  const k = valueKey(value);
  return conditionOf(filter, key)?.values.some((v) => valueKey(v) === k) ?? false;
}

/** True when the filter narrows nothing but the scans. */
export function isFilterEmpty(filter: Filter): boolean {
  const rangeSet = (r?: NumberRange) => r !== undefined && (r.min !== undefined || r.max !== undefined);
  return (
    filter.conditions.every((c) => c.values.length === 0) &&
    filter.text.trim() === '' &&
    filter.reach?.known === undefined &&
    !rangeSet(filter.reach) &&
    !rangeSet(filter.startYear) &&
    filter.includeSubRegions
  );
}

function uniqueValues(values: readonly FilterValue[]): FilterValue[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = valueKey(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Replaces (or removes, when it no longer says anything) one dimension's condition, keeping the order. */
function withCondition(filter: Filter, key: DimensionKey, next: Condition | null): Filter {
  const keep = next !== null && (next.values.length > 0 || next.mode !== 'any');
  const index = filter.conditions.findIndex((c) => c.dimension === key);
  const conditions = [...filter.conditions];
  if (index < 0) {
    if (!keep) return filter;
    conditions.push(next);
  } else if (keep) conditions[index] = next;
  else conditions.splice(index, 1);
  return { ...filter, conditions };
}

function cleanRange(range: NumberRange): NumberRange | undefined {
  const out: NumberRange = {};
  if (range.min !== undefined) out.min = range.min;
  if (range.max !== undefined) out.max = range.max;
  return out.min === undefined && out.max === undefined ? undefined : out;
}

/** `undefined` keeps the current bound, `null` removes it. */
function pick(next: number | null | undefined, current: number | undefined): number | undefined {
  if (next === undefined) return current;
  return next === null || !Number.isFinite(next) ? undefined : next;
}

function applyFilterChange(filter: Filter, action: FiltersAction): Filter {
  switch (action.type) {
    case 'toggleValue': {
      const current = conditionOf(filter, action.dimension);
      const key = valueKey(action.value);
      const values = current?.values ?? [];
      const next = values.some((v) => valueKey(v) === key) ? values.filter((v) => valueKey(v) !== key) : [...values, action.value];
      return withCondition(filter, action.dimension, { dimension: action.dimension, mode: current?.mode ?? 'any', values: next });
    }
    case 'setValues': {
      const current = conditionOf(filter, action.dimension);
      let mode = action.mode ?? current?.mode ?? 'any';
      if (mode === 'all' && !allowsAll(action.dimension)) mode = 'any';
      return withCondition(filter, action.dimension, { dimension: action.dimension, mode, values: uniqueValues(action.values) });
    }
    case 'setMode': {
      if (action.mode === 'all' && !allowsAll(action.dimension)) return filter;
      const current = conditionOf(filter, action.dimension);
      if ((current?.mode ?? 'any') === action.mode) return filter;
      return withCondition(filter, action.dimension, { dimension: action.dimension, mode: action.mode, values: current?.values ?? [] });
    }
    case 'clearDimension':
      return withCondition(filter, action.dimension, null);
    case 'setText':
      return filter.text === action.text ? filter : { ...filter, text: action.text };
    case 'setReach': {
      const known = action.known === undefined ? filter.reach?.known : action.known === 'all' ? undefined : action.known;
      const range = cleanRange({ min: pick(action.min, filter.reach?.min), max: pick(action.max, filter.reach?.max) });
      const reach = known === undefined && range === undefined ? undefined : { ...(known ? { known } : {}), ...range };
      const next: Filter = { ...filter, reach };
      if (reach === undefined) delete next.reach;
      return next;
    }
    case 'setStartYear': {
      const startYear = cleanRange({ min: pick(action.min, filter.startYear?.min), max: pick(action.max, filter.startYear?.max) });
      const next: Filter = { ...filter, startYear };
      if (startYear === undefined) delete next.startYear;
      return next;
    }
    case 'setIncludeSubRegions':
      return filter.includeSubRegions === action.value ? filter : { ...filter, includeSubRegions: action.value };
    case 'replace':
      return { ...structuredClone(action.filter), scans: filter.scans };
    case 'clear':
      return emptyFilter(filter.scans);
    default:
      return filter;
  }
}

function sameFilter(a: Filter, b: Filter): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export function filtersReducer(state: FiltersState, action: FiltersAction): FiltersState {
  switch (action.type) {
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return { filter: { ...previous, scans: state.filter.scans }, past: state.past.slice(0, -1), future: [state.filter, ...state.future] };
    }
    case 'redo': {
      const next = state.future[0];
      if (!next) return state;
      return { filter: { ...next, scans: state.filter.scans }, past: [...state.past, state.filter].slice(-HISTORY_LIMIT), future: state.future.slice(1) };
    }
    case 'restore':
      return { filter: { ...structuredClone(action.filter), scans: state.filter.scans }, past: [], future: [] };
    case 'setScans': {
      if (sameIds(state.filter.scans, action.ids)) return state;
      return { ...state, filter: { ...state.filter, scans: [...action.ids] } };
    }
    default: {
      const next = applyFilterChange(state.filter, action);
      if (sameFilter(next, state.filter)) return state;
      return { filter: next, past: [...state.past, state.filter].slice(-HISTORY_LIMIT), future: [] };
    }
  }
}
