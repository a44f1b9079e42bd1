import { createContext, useCallback, useEffect, useMemo, useReducer, useState, type ReactNode } from 'react';
import { toApiError } from '../api/errors';
import { useApiMutation, useApiQuery } from '../api/query';
import { DEFAULT_ROUTE, formatRoute, isRoute, parseRoute, routeFromHash, type Route } from '../routes';
import { appReducer, initialAppState, type AppState, type ColorScheme, type Language } from './app';
import { adoptLoadedSession, saveSession } from './session';
import { useProvided } from '../ui/useProvided';

export interface AppActions {
  navigate(route: Route): void;
  setLanguage(language: Language): void;
  setColorScheme(colorScheme: ColorScheme): void;
  selectScans(ids: readonly number[]): void;
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

  // Remembered settings (language, colour scheme) come from main's database, and follow it (another
  // tab of `regioscan serve` may change them).
  const settings = useApiQuery('settings.get', {});
  useEffect(() => {
    if (settings.value) dispatch({ type: 'settingsLoaded', settings: settings.value });
    else if (settings.error) dispatch({ type: 'settingsFailed', message: settings.error });
  }, [settings.value, settings.error]);

  // The scans that exist: the first list restores the remembered selection, later ones drop scans
  // that are gone (state/app.ts).
  const scans = useApiQuery('scans.list', {});
  useEffect(() => {
    if (scans.value) dispatch({ type: 'scansAvailable', ids: scans.value.map((scan) => scan.id) });
  }, [scans.value]);

  // Where the user left off, read once: from then on this page keeps it (state/session.ts). A start
  // without a screen in the address (the desktop app always starts so) opens the screen of last
  // time; an address that names a screen wins. A session that cannot be read starts afresh.
  const [startedOnRoute] = useState(() => parseRoute(window.location.hash) !== null);
  const stored = useApiQuery('session.get', {}, { follow: false });
  const sessionLoaded = state.session !== null;
  const storedSession = stored.value;
  const sessionUnreadable = stored.error !== null;
  useEffect(() => {
    if (sessionLoaded || (!storedSession && !sessionUnreadable)) return;
    const session = adoptLoadedSession(storedSession ?? {});
    if (!startedOnRoute && isRoute(session.route) && parseRoute(window.location.hash) === DEFAULT_ROUTE) {
      replaceHash(session.route);
      dispatch({ type: 'routeChanged', route: session.route });
    }
    dispatch({ type: 'sessionLoaded', session });
  }, [sessionLoaded, storedSession, sessionUnreadable, startedOnRoute]);
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

  const { run: storeSettings } = useApiMutation('settings.set');
  const save = useCallback((patch: { language?: Language; colorScheme?: ColorScheme }) => {
    storeSettings(patch).catch((error: unknown) => {
      const apiError = toApiError(error);
      // A read-only database (`regioscan serve --read-only`, or a file that cannot be written, which
      // the banner on every screen already says) keeps the choice for this session only.
      if (apiError.code === 'read-only' || apiError.code === 'database-read-only') return;
      dispatch({ type: 'noticeShown', message: apiError.userMessage });
    });
  }, [storeSettings]);

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
  return useProvided(AppContext, 'useAppState', 'AppStateProvider');
}

export function useAppState(): AppState {
  return useAppContext().state;
}

export function useAppActions(): AppActions {
  return useAppContext().actions;
}
