/** The list of scans in the database, as a small pure reducer plus display helpers. */
import type { ScanSummary } from '../../../src-shared/model';
import type { LocalisedMessage } from '../api/errors';

export interface ScansState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  items: ScanSummary[];
  error: LocalisedMessage | null;
}

export type ScansAction =
  | { type: 'requested' }
  | { type: 'loaded'; items: readonly ScanSummary[] }
  | { type: 'failed'; message: LocalisedMessage };

export const initialScansState: ScansState = { status: 'idle', items: [], error: null };

export function scansReducer(state: ScansState, action: ScansAction): ScansState {
  switch (action.type) {
    case 'requested':
      return { ...state, status: 'loading', error: null };
    case 'loaded':
      return { status: 'ready', items: [...action.items], error: null };
    case 'failed':
      // Keep the last good list so the selector does not empty on a failed refresh.
      return { ...state, status: 'error', error: action.message };
  }
}

/** "Noord-Nederland 2022 — Regioscan Noord-Nederland"; without a year: "Noord-Nederland — …". */
export function scanLabel(scan: Pick<ScanSummary, 'region' | 'year' | 'title'>): string {
  const head = scan.year === null ? scan.region : `${scan.region} ${scan.year}`;
  return `${head} — ${scan.title}`;
}

/** The short form used in the selector's pills: "Noord-Nederland 2022". */
export function scanShortLabel(scan: Pick<ScanSummary, 'region' | 'year'>): string {
  return scan.year === null ? scan.region : `${scan.region} ${scan.year}`;
}
