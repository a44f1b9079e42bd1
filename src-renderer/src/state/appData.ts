/**
 * What the frame and every screen show of the database itself, read from the query cache (no
 * provider in between): the scans and the app information. An import, rename or delete reaches them
 * through main's announcement (api/dataVersions.ts).
 */
import { useMemo } from 'react';
import type { AppInfo } from '../../../src-shared/model';
import { useApiQuery } from '../api/query';
import type { ScansState } from './scans';

const NO_SCANS: ScansState['items'] = [];

/** The scans in the database (the last list stays while a newer one loads, or when it failed). */
export function useScans(): ScansState {
  const { value, error } = useApiQuery('scans.list', {}, { keepPrevious: true });
  return useMemo(() => ({ status: error ? 'error' : value ? 'ready' : 'loading', items: value ?? NO_SCANS, error }), [value, error]);
}

/** `undefined` while loading, `null` when it could not be loaded. */
export function useAppInfo(): AppInfo | null | undefined {
  const { value, error } = useApiQuery('app.info', {}, { keepPrevious: true });
  return value ?? (error ? null : undefined);
}

/** Whether the database was opened read-only (writes are refused; the screens hide them). */
export function useReadOnly(): boolean {
  return useAppInfo()?.readOnly ?? false;
}
