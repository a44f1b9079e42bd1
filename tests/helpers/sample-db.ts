/**
 * The bundled sample scan (Noord-Nederland 2022) loaded the way the app loads it on a first start
 * (ensureSampleScan): into a database in memory, or into a database file in a new temporary folder
 * for tests that run the CLI on it.
 */
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src-main/db/open';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { databaseForBlock, memoryDb, tempDir, type BlockDatabase } from './db';

/** The sample workbook in data/. */
export const SAMPLE_WORKBOOK = sampleScanPath(join(REPO_ROOT, 'data'));

/** Loads the sample into `db`, which holds no scan yet, and answers the new scan's id. */
export async function loadSampleScan(db: Db): Promise<number> {
  const scan = await ensureSampleScan(db, SAMPLE_WORKBOOK);
  if (scan === undefined) throw new Error('The sample scan was not loaded: the database already holds a scan, or data/ has no sample.');
  return scan;
}

/** A database in memory holding the sample scan, and that scan's id. */
export async function sampleDb(): Promise<{ db: Db; scan: number }> {
  const db = await memoryDb();
  return { db, scan: await loadSampleScan(db) };
}

/** Loads the sample into the database file at `path` (made when absent), closes it again and answers the scan's id. */
export async function loadSampleScanFile(path: string): Promise<number> {
  const db = await openDatabase(path);
  try {
    return await loadSampleScan(db);
  } finally {
    db.close();
  }
}

/** A database file `name` in a new temporary folder (`prefix`), holding the sample scan. */
export async function sampleDbFile(prefix?: string, name = 'r.sqlite'): Promise<BlockDatabase> {
  const dir = tempDir(prefix);
  const path = join(dir, name);
  return { dir, path, scan: await loadSampleScanFile(path) };
}

/** For the tests of the enclosing block: a database file holding the sample scan, made before them. */
export function sampleDbFileForBlock(prefix?: string): BlockDatabase {
  return databaseForBlock(loadSampleScanFile, prefix, 'r.sqlite');
}
