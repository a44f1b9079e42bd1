/**
 * How the CLI opens the database, and which language it speaks: the UI's language as stored in that
 * database's settings (Dutch by default, also when there is no database yet or it cannot be read).
 * Every message the CLI prints for an error is one line in that language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { databaseFromBytes, openDatabase, type Db, type OpenOptions } from '../db/open';
import { readSettings } from '../app';
import { dbFlag, resolveDatabasePath } from '../paths';

export type CliLanguage = 'nl' | 'en';

/** The language of the database the running command opened (reset per command by main). */
let spoken: CliLanguage | null = null;

export function resetCliLanguage(): void {
  spoken = null;
}

/** The database's UI language; remembered for the command's error messages. */
export function cliLanguageOf(db: Db): CliLanguage {
  try {
    spoken = readSettings(db).language;
  } catch {
    spoken = 'nl';
  }
  return spoken;
}

export async function openCliDatabase(flag: string | undefined, options: OpenOptions = {}): Promise<Db> {
  const db = await openDatabase(resolveDatabasePath(flag), options);
  cliLanguageOf(db);
  return db;
}

/** Runs `use` on the database `--db` names (or the default one) and closes it afterwards, also when `use` throws. */
export async function withCliDatabase<T>(flag: string | undefined, use: (db: Db) => T | Promise<T>): Promise<T> {
  const db = await openCliDatabase(flag);
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

/**
 * The language for an error: the opened database's, or — when the command failed before it opened
 * one — read from a copy in memory of the file `--db` names, so that reading it writes nothing (no
 * `-shm`, no `-wal`). Dutch when there is no file or it cannot be read.
 */
export function cliLanguage(argv: readonly string[]): CliLanguage {
  if (spoken) return spoken;
  try {
    const path = resolveDatabasePath(dbFlag(argv));
    if (!existsSync(path)) return 'nl';
    const copy = databaseFromBytes(readFileSync(path));
    try {
      return readSettings(copy).language;
    } finally {
      copy.close();
    }
  } catch {
    return 'nl';
  }
}
