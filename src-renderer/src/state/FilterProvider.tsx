/**
 * The active filter, shared by every screen: the reducer from `filters.ts`, its scans kept equal
 * to the header's scan selection, and the facet counts (`query.facets`) for the filter, loaded only
 * while some component asks for them (`useFacets`).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import type { Filter } from '../../../src-shared/filter';
import type { FacetsResult } from '../../../src-shared/model';
import { api } from '../api/client';
import { toApiError, type LocalisedMessage } from '../api/errors';
import { useI18n } from '../i18n';
import { useAppState } from './AppStateProvider';
import { useData } from './DataProvider';
import { filtersReducer, initialFiltersState, type FiltersAction } from './filters';
import { saveSession } from './session';

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
  facets: FacetsState;
  /** Registers a component that needs facet counts; returns the unregister function. */
  subscribeFacets(): () => void;
}

const FilterContext = createContext<FilterContextValue | null>(null);

export function FilterProvider({ children }: { children: ReactNode }) {
  const { selectedScanIds, session } = useAppState();
  const { lang } = useI18n();
  const { scans } = useData();
  const [state, dispatch] = useReducer(filtersReducer, selectedScanIds, initialFiltersState);
  const [subscribers, setSubscribers] = useState(0);

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
  const active = subscribers > 0 && filter.scans.length > 0;
  // One request per filter, language and scans list (an import or delete changes the counts).
  const request = useMemo(() => (active ? { filter, lang, scans: scans.items } : null), [active, filter, lang, scans.items]);
  const [answer, setAnswer] = useState<{ request: object | null; result: FacetsResult | null; error: LocalisedMessage | null }>({ request: null, result: null, error: null });

  useEffect(() => {
    if (!request) return;
    let cancelled = false;
    api.invoke('query.facets', { filter: request.filter, language: request.lang }).then(
      (result) => !cancelled && setAnswer({ request, result, error: null }),
      (error: unknown) => !cancelled && setAnswer((a) => ({ request, result: a.result, error: toApiError(error).userMessage })),
    );
    return () => {
      cancelled = true;
    };
  }, [request]);

  const facets = useMemo<FacetsState>(
    () => ({ result: answer.result, loading: request !== null && answer.request !== request, error: answer.error }),
    [answer, request],
  );

  const subscribeFacets = useCallback(() => {
    setSubscribers((n) => n + 1);
    return () => setSubscribers((n) => n - 1);
  }, []);

  const value = useMemo<FilterContextValue>(
    () => ({ filter, canUndo: state.past.length > 0, canRedo: state.future.length > 0, dispatch, facets, subscribeFacets }),
    [filter, state.past.length, state.future.length, facets, subscribeFacets],
  );
  return <FilterContext.Provider value={value}>{children}</FilterContext.Provider>;
}

function useFilterContext(): FilterContextValue {
  const value = useContext(FilterContext);
  if (!value) throw new Error('useFilter must be used inside <FilterProvider>');
  return value;
}

/** The active filter, whether undo/redo are possible, and the dispatch for filter actions. */
export function useFilter(): Pick<FilterContextValue, 'filter' | 'canUndo' | 'canRedo' | 'dispatch'> {
  const { filter, canUndo, canRedo, dispatch } = useFilterContext();
  return { filter, canUndo, canRedo, dispatch };
}

/** Facet counts for the active filter; loading starts when the first component asks for them. */
export function useFacets(): FacetsState {
  const { facets, subscribeFacets } = useFilterContext();
  useEffect(() => subscribeFacets(), [subscribeFacets]);
  return facets;
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

/** Ctrl+Z / Ctrl+Shift+Z (Cmd on a Mac, and Ctrl+Y) undo and redo filter changes, outside text fields. */
export function useFilterShortcuts(): void {
  const { dispatch } = useFilterContext();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      if (isTextField(event.target)) return;
      event.preventDefault();
      dispatch({ type: key === 'y' || event.shiftKey ? 'redo' : 'undo' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);
}
