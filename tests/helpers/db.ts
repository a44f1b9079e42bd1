import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
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

/** A database file for the tests of one block, filled once before them; `scan` is what `fill` answered. */
export interface BlockDatabase {
  dir: string;
  path: string;
  scan: number;
}

/**
 * Registers a beforeAll in the enclosing describe that makes a new temporary folder (`prefix`), the
 * file `name` in it, and runs `fill` on its path; the fields answered are set from then on.
 */
export function databaseForBlock(fill: (path: string) => Promise<number>, prefix?: string, name = 'x.sqlite'): BlockDatabase {
  const file: BlockDatabase = { dir: '', path: '', scan: 0 };
  beforeAll(async () => {
    file.dir = tempDir(prefix);
    file.path = join(file.dir, name);
    file.scan = await fill(file.path);
  });
  return file;
}
