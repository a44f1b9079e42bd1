/**
 * The bundled sample scan (Noord-Nederland 2022, reconstructed from the pilot report's published
 * totals): loaded once into a new database, so the app opens on real-looking data. Deleting it is
 * respected: it is not loaded again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { setSettingValue, settingValue } from '../app';
import type { Db } from '../db/open';
import { hasScans } from '../scans';
import { commitImport, prepareImport } from './pipeline';

export const SAMPLE_FILE = 'regioscan-noord-nederland-2022.xlsx';
const SETTING = 'sampleLoaded';

export function sampleScanPath(dataDir: string): string {
  return join(dataDir, SAMPLE_FILE);
}

/** Loads the sample unless it was loaded before (or the database already holds scans). */
export async function ensureSampleScan(db: Db, samplePath: string): Promise<number | undefined> {
  if (settingValue(db, SETTING) !== undefined || hasScans(db) || !existsSync(samplePath)) return undefined;
  const prepared = await prepareImport(db, readFileSync(samplePath), basename(samplePath));
  const [result] = commitImport(db, prepared, () => 'keep-both', { isSample: true });
  setSettingValue(db, SETTING, 'true');
  return result?.scanId;
}
