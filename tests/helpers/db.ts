import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src-main/db/open';
import type { HandlerEnv } from '../../src-main/rpc/types';

export function memoryDb(): Promise<Db> {
  return openDatabase(':memory:');
}

export function tempDir(prefix = 'regioscan-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const TEST_ENV: HandlerEnv = { host: 'http', readOnly: false, version: '0.0.0-test' };

/** Opens the database file, answers `fn` on it and closes it again (a CLI test looking at what a command wrote). */
export async function readDatabase<T>(path: string, fn: (db: Db) => T): Promise<T> {
  const db = await openDatabase(path);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
