import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import { toApiError } from '../api/errors';
import { DEFAULT_ROUTE, formatRoute, isRoute, parseRoute, routeFromHash, type Route } from '../routes';
import { appReducer, initialAppState, type AppState, type ColorScheme, type Language } from './app';
import { loadSession, saveSession } from './session';

export interface AppActions {
  navigate(route: Route): void;
  setLanguage(language: Language): void;
  setColorScheme(colorScheme: ColorScheme): void;
  selectScans(ids: readonly number[]): void;
  /** Called with the ids of the scans that exist, whenever the list is (re)loaded. */
  scansAvailable(ids: readonly number[]): void;
  dismissNotice(): void;
}

interface AppContextValue {
  state: AppState;
  actions: AppActions;
}

const AppContext = createContext<AppContextValue | null>(null);

/** Writes the canonical hash without adding a history entry (and without a `hashchange`). */
function replaceHash(route: Route): void {
  const url = new URL(window.location.href);
  url.hash = formatRoute(route);
  window.history.replaceState(window.history.state, '', url);
}

export function AppStateProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(appReducer, undefined, () =>
    initialAppState(routeFromHash(window.location.hash)),
  );

  // Remembered settings (language, colour scheme) come from main's database.
  useEffect(() => {
    let cancelled = false;
    api.invoke('settings.get', {}).then(
      (settings) => !cancelled && dispatch({ type: 'settingsLoaded', settings }),
      (error: unknown) => !cancelled && dispatch({ type: 'settingsFailed', message: toApiError(error).userMessage }),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  // Where the user left off. A start without a screen in the address (the desktop app always
  // starts so) opens the screen of last time; an address that names a screen wins.
  const [startedOnRoute] = useState(() => parseRoute(window.location.hash) !== null);
  useEffect(() => {
    let cancelled = false;
    void loadSession().then((session) => {
      if (cancelled) return;
      if (!startedOnRoute && isRoute(session.route) && parseRoute(window.location.hash) === DEFAULT_ROUTE) {
        replaceHash(session.route);
        dispatch({ type: 'routeChanged', route: session.route });
      }
      dispatch({ type: 'sessionLoaded', session });
    });
    return () => {
      cancelled = true;
    };
  }, [startedOnRoute]);
  const sessionLoaded = state.session !== null;
  useEffect(() => {
    if (sessionLoaded) saveSession({ route: state.route });
  }, [sessionLoaded, state.route]);
  useEffect(() => {
    if (state.scanSelectionInitialised) saveSession({ scans: state.selectedScanIds, knownScans: state.availableScanIds });
  }, [state.scanSelectionInitialised, state.selectedScanIds, state.availableScanIds]);

  // The hash is the source of truth for the route; an unknown hash is rewritten to the default.
  useEffect(() => {
    const sync = () => {
      const route = routeFromHash(window.location.hash);
      if (parseRoute(window.location.hash) === null) replaceHash(route);
      dispatch({ type: 'routeChanged', route });
    };
    sync();
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
  }, []);

  const save = useCallback((patch: { language?: Language; colorScheme?: ColorScheme }) => {
    api.invoke('settings.set', patch).catch((error: unknown) => {
      const apiError = toApiError(error);
      // A read-only database (`regioscan serve --read-only`, or a file that cannot be written, which
      // the banner on every screen already says) keeps the choice for this session only.
      if (apiError.code === 'read-only' || apiError.code === 'database-read-only') return;
      dispatch({ type: 'noticeShown', message: apiError.userMessage });
    });
  }, []);

  const actions = useMemo<AppActions>(
    () => ({
      navigate(route) {
        window.location.hash = formatRoute(route);
      },
      setLanguage(language) {
        dispatch({ type: 'languageChanged', language });
        save({ language });
      },
      setColorScheme(colorScheme) {
        dispatch({ type: 'colorSchemeChanged', colorScheme });
        save({ colorScheme });
      },
      selectScans(ids) {
        dispatch({ type: 'scansSelected', ids });
      },
      scansAvailable(ids) {
        dispatch({ type: 'scansAvailable', ids });
      },
      dismissNotice() {
        dispatch({ type: 'noticeDismissed' });
      },
    }),
    [save],
  );

  const value = useMemo(() => ({ state, actions }), [state, actions]);
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppState must be used inside <AppStateProvider>');
  return value;
}

export function useAppState(): AppState {
  return useAppContext().state;
}

export function useAppActions(): AppActions {
  return useAppContext().actions;
}
