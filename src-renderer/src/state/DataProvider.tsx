/** Data from main that the shell needs everywhere: the scans list and the app information. */
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../../src-shared/model';
import { api } from '../api/client';
import { toApiError } from '../api/errors';
import { useAppActions } from './AppStateProvider';
import { initialScansState, scansReducer, type ScansState } from './scans';

interface DataContextValue {
  scans: ScansState;
  reloadScans(): void;
  /** `undefined` while loading, `null` when it could not be loaded. */
  appInfo: AppInfo | null | undefined;
}

const DataContext = createContext<DataContextValue | null>(null);

export function DataProvider({ children }: { children: ReactNode }) {
  const { scansAvailable } = useAppActions();
  const [scans, dispatch] = useReducer(scansReducer, initialScansState);
  const [appInfo, setAppInfo] = useState<AppInfo | null | undefined>(undefined);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    dispatch({ type: 'requested' });
    api.invoke('scans.list', {}).then(
      (items) => {
        if (cancelled) return;
        dispatch({ type: 'loaded', items });
        scansAvailable(items.map((scan) => scan.id));
      },
      (error: unknown) => !cancelled && dispatch({ type: 'failed', message: toApiError(error).userMessage }),
    );
    return () => {
      cancelled = true;
    };
  }, [generation, scansAvailable]);

  useEffect(() => {
    let cancelled = false;
    api.invoke('app.info', {}).then(
      (info) => !cancelled && setAppInfo(info),
      () => !cancelled && setAppInfo(null),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const reloadScans = useCallback(() => setGeneration((g) => g + 1), []);
  const value = useMemo(() => ({ scans, reloadScans, appInfo }), [scans, reloadScans, appInfo]);
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}

export function useData(): DataContextValue {
  const value = useContext(DataContext);
  if (!value) throw new Error('useData must be used inside <DataProvider>');
  return value;
}
