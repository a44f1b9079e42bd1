/**
 * The active filter, shared by every screen: the reducer from `filters.ts`, its scans kept equal
 * to the header's scan selection, and the facet counts (`query.facets`) for the filter, read from
 * the query cache by whichever component shows them (`useFacets`).
 */
import { createContext, useEffect, useMemo, useReducer, useRef, type ReactNode } from 'react';
import type { Filter } from '../../../src-shared/filter';
import type { FacetsResult } from '../../../src-shared/model';
import type { LocalisedMessage } from '../api/errors';
import { filterKey } from '../ui/keys';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';
import { useAppState } from './AppStateProvider';
import { filtersReducer, initialFiltersState, type FiltersAction } from './filters';
import { saveSession } from './session';
import { useProvided } from '../ui/useProvided';

export interface FacetsState {
  /** The latest counts (kept while newer ones load, so the panel does not flash). */
  result: FacetsResult | null;
  loading: boolean;
  error: LocalisedMessage | null;
}

interface FilterContextValue {
  filter: Filter;
  canUndo: boolean;
  canRedo: boolean;
  dispatch(action: FiltersAction): void;
}

const FilterContext = createContext<FilterContextValue | null>(null);

export function FilterProvider({ children }: { children: ReactNode }) {
  const { selectedScanIds, session } = useAppState();
  const [state, dispatch] = useReducer(filtersReducer, selectedScanIds, initialFiltersState);

  // The filter's scans follow the header's selector.
  useEffect(() => {
    dispatch({ type: 'setScans', ids: selectedScanIds });
  }, [selectedScanIds]);

  const filter = state.filter;

  // The filter left at the last session comes back once; from then on every change is remembered.
  // (The first save may still carry the empty filter; the restored one follows within the same
  // gathered save and replaces it.)
  const restored = useRef(false);
  useEffect(() => {
    if (session === null || restored.current) return;
    restored.current = true;
    if (session.filter) dispatch({ type: 'restore', filter: session.filter });
  }, [session]);
  const sessionLoaded = session !== null;
  useEffect(() => {
    if (sessionLoaded) saveSession({ filter });
  }, [sessionLoaded, filter]);
  const value = useMemo<FilterContextValue>(
    () => ({ filter, canUndo: state.past.length > 0, canRedo: state.future.length > 0, dispatch }),
    [filter, state.past.length, state.future.length],
  );
  return <FilterContext.Provider value={value}>{children}</FilterContext.Provider>;
}

function useFilterContext(): FilterContextValue {
  return useProvided(FilterContext, 'useFilter', 'FilterProvider');
}

/** The active filter, whether undo/redo are possible, and the dispatch for filter actions. */
export function useFilter(): FilterContextValue {
  return useFilterContext();
}

/** Facet counts for the active filter (one request for every component that shows them). */
export function useFacets(): FacetsState {
  const { filter } = useFilterContext();
  const { lang } = useI18n();
  const args = useMemo(() => (filter.scans.length > 0 ? { filter, language: lang } : null), [filter, lang]);
  const { value, loading, error } = useApiQuery('query.facets', args, { keepPrevious: true });
  return useMemo(() => ({ result: value, loading, error }), [value, loading, error]);
}

/**
 * Alt+Z / Alt+Shift+Z undo and redo filter changes, outside text fields. Ctrl+Z / Ctrl+Shift+Z undo
 * and redo changes to the data (ui/ChangeUndoKeys): the two histories stay separate.
 */
export function useFilterShortcuts(): void {
  const { dispatch } = useFilterContext();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const kind = filterKey(event);
      if (kind === null) return;
      event.preventDefault();
      dispatch({ type: kind });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);
}
