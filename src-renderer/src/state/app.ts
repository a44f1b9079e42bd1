/**
 * App-wide UI state: where the user is, the remembered settings and the chosen scans.
 * A pure reducer; the effects (loading and saving settings, following the hash) live in
 * `AppStateProvider`.
 */
import type { Settings } from '../../../src-shared/model';
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
  /** False until the first scans list arrived; then every scan is selected once. */
  scanSelectionInitialised: boolean;
  /** A message for the user, e.g. a setting that could not be saved. */
  notice: LocalisedMessage | null;
}

export type AppAction =
  | { type: 'settingsLoaded'; settings: Settings }
  | { type: 'settingsFailed'; message: LocalisedMessage }
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
    notice: null,
  };
}

function unique(ids: readonly number[]): number[] {
  return [...new Set(ids)];
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
    case 'scansAvailable': {
      // The first list selects every scan; later lists only drop scans that no longer exist.
      if (!state.scanSelectionInitialised) {
        return { ...state, selectedScanIds: unique(action.ids), scanSelectionInitialised: true };
      }
      const available = new Set(action.ids);
      const kept = state.selectedScanIds.filter((id) => available.has(id));
      return kept.length === state.selectedScanIds.length ? state : { ...state, selectedScanIds: kept };
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
