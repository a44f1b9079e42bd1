/**
 * App-wide UI state: where the user is, the remembered settings and the chosen scans.
 * A pure reducer; the effects (loading and saving settings, following the hash) live in
 * `AppStateProvider`.
 */
import type { Settings } from '../../../src-shared/model';
import type { SessionState } from '../../../src-shared/contract';
import type { LocalisedMessage } from '../api/errors';
import { DEFAULT_ROUTE, type Route } from '../routes';

export type ColorScheme = Settings['colorScheme'];
export type Language = Settings['language'];

export interface AppState {
  /** `loading` until the remembered settings are known (or failed to load). */
  status: 'loading' | 'ready';
  route: Route;
  language: Language;
  colorScheme: ColorScheme;
  /** Scans shown on the screens, in the order the user picked them. */
  selectedScanIds: number[];
  /**
   * False until the first scans list and the stored session are both known; then the scans the
   * user had selected come back (those that still exist), or every scan when none does.
   */
  scanSelectionInitialised: boolean;
  /** Where the user left off last time; null until loaded. */
  session: SessionState | null;
  /** The first scans list, kept while the session is still loading. */
  pendingScanIds: number[] | null;
  /** Every scan there is (the latest scans list). */
  availableScanIds: number[];
  /** A message for the user, e.g. a setting that could not be saved. */
  notice: LocalisedMessage | null;
}

export type AppAction =
  | { type: 'settingsLoaded'; settings: Settings }
  | { type: 'settingsFailed'; message: LocalisedMessage }
  | { type: 'sessionLoaded'; session: SessionState }
  | { type: 'routeChanged'; route: Route }
  | { type: 'languageChanged'; language: Language }
  | { type: 'colorSchemeChanged'; colorScheme: ColorScheme }
  | { type: 'scansSelected'; ids: readonly number[] }
  | { type: 'scansAvailable'; ids: readonly number[] }
  | { type: 'noticeShown'; message: LocalisedMessage }
  | { type: 'noticeDismissed' };

export const DEFAULT_SETTINGS: Settings = { language: 'nl', colorScheme: 'light' };

export function initialAppState(route: Route = DEFAULT_ROUTE): AppState {
  return {
    status: 'loading',
    route,
    language: DEFAULT_SETTINGS.language,
    colorScheme: DEFAULT_SETTINGS.colorScheme,
    selectedScanIds: [],
    scanSelectionInitialised: false,
    session: null,
    pendingScanIds: null,
    availableScanIds: [],
    notice: null,
  };
}

function unique(ids: readonly number[]): number[] {
  return [...new Set(ids)];
}

/**
 * The first selection: the remembered scans that still exist, plus scans that are new since (not
 * known then: imported meanwhile, e.g. on the command line), which start selected as every scan
 * does on a first start; every scan when that leaves nothing.
 */
export function restoredSelection(available: readonly number[], remembered: readonly number[] | undefined, known: readonly number[] | undefined): number[] {
  const exists = new Set(available);
  // Without the list of then (an older session), no scan counts as new.
  const knownThen = new Set(known ?? available);
  const fresh = available.filter((id) => !knownThen.has(id));
  const wanted = new Set([...(remembered ?? []), ...fresh]);
  // With new scans the selection follows the scans list, as on a first start; else the user's order.
  const kept = fresh.length > 0 ? unique(available).filter((id) => wanted.has(id)) : unique(remembered ?? []).filter((id) => exists.has(id));
  return kept.length > 0 ? kept : unique(available);
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'settingsLoaded':
      return {
        ...state,
        status: 'ready',
        language: action.settings.language,
        colorScheme: action.settings.colorScheme,
      };
    case 'settingsFailed':
      return { ...state, status: 'ready', notice: action.message };
    case 'routeChanged':
      return state.route === action.route ? state : { ...state, route: action.route };
    case 'languageChanged':
      return state.language === action.language ? state : { ...state, language: action.language };
    case 'colorSchemeChanged':
      return state.colorScheme === action.colorScheme ? state : { ...state, colorScheme: action.colorScheme };
    case 'scansSelected':
      return { ...state, selectedScanIds: unique(action.ids) };
    case 'sessionLoaded': {
      const next = { ...state, session: action.session };
      if (state.scanSelectionInitialised || state.pendingScanIds === null) return next;
      return { ...next, selectedScanIds: restoredSelection(state.pendingScanIds, action.session.scans, action.session.knownScans), scanSelectionInitialised: true, pendingScanIds: null };
    }
    case 'scansAvailable': {
      // The first list restores the remembered selection (once the session is known); later lists
      // only drop scans that no longer exist.
      const availableScanIds = unique(action.ids);
      if (!state.scanSelectionInitialised) {
        if (state.session === null) return { ...state, availableScanIds, pendingScanIds: availableScanIds };
        return { ...state, availableScanIds, selectedScanIds: restoredSelection(action.ids, state.session.scans, state.session.knownScans), scanSelectionInitialised: true, pendingScanIds: null };
      }
      const available = new Set(action.ids);
      const kept = state.selectedScanIds.filter((id) => available.has(id));
      return { ...state, availableScanIds, ...(kept.length === state.selectedScanIds.length ? {} : { selectedScanIds: kept }) };
    }
    case 'noticeShown':
      return { ...state, notice: action.message };
    case 'noticeDismissed':
      return state.notice === null ? state : { ...state, notice: null };
  }
}

/** The opposite colour scheme, for the light/dark toggle. */
export function otherColorScheme(scheme: ColorScheme): ColorScheme {
  return scheme === 'dark' ? 'light' : 'dark';
}
