/** The list of scans in the database as the screens read it (state/appData.ts), and how a scan is named. */
import type { ScanSummary } from '../../../src-shared/model';
import type { LocalisedMessage } from '../api/errors';

export interface ScansState {
  status: 'loading' | 'ready' | 'error';
  items: readonly ScanSummary[];
  error: LocalisedMessage | null;
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
