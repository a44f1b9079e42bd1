/**
 * The integrity of the database file, checked when it is opened.
 *
 * At start we run `PRAGMA quick_check`: it reads every page and checks the b-tree structure,
 * record formats and constraints, i.e. it finds torn or overwritten pages, but skips the
 * index-against-table comparison of the full `integrity_check`. Measured on the 60,000-activity
 * stress database (56 MB, warm cache): quick_check 0.9 s, integrity_check 2.8 s; on a real scan
 * (~1 MB) both take milliseconds. A backup the user wants to restore gets the full
 * `integrity_check` (see restore.ts) — that is a one-off, deliberate action.
 *
 * A damaged database is not written to: the connection is switched to `query_only`, the write
 * channels are refused (dispatch) and the app offers the newest good backup. The state lives here,
 * per connection, so `app.info` can report it and a restore can clear it.
 *
 * A file that cannot be written (file or folder not writable, immutable, read-only mount) is opened
 * as a copy in memory (open.ts); that state lives here too, with the real path of the file.
 */
import type { Database } from 'better-sqlite3';
import type { DatabaseDamage } from '../../src-shared/model';
import { UserError } from '../errors';

export type IntegrityMode = 'quick' | 'full';

const damaged = new WeakMap<Database, DatabaseDamage>();

/** Runs quick_check or integrity_check; the problems found (empty when the file is sound). */
export function integrityProblems(db: Database, mode: IntegrityMode = 'quick'): string[] {
  try {
    const rows = db.pragma(mode === 'quick' ? 'quick_check(20)' : 'integrity_check(20)') as Record<string, string>[];
    const lines = rows.map((r) => String(Object.values(r)[0]));
    return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
  } catch (error) {
    // SQLITE_CORRUPT / SQLITE_NOTADB while reading: the file is damaged too.
    return [(error as Error).message];
  }
}

export function markDamaged(db: Database, problems: readonly string[]): void {
  // One line: an integrity_check row can itself span lines ("*** in database main ***\nTree 39 …").
  const detail = problems.slice(0, 3).join('; ').replace(/\s*[\r\n]+\s*/g, '; ');
  damaged.set(db, {
    problems: problems.slice(0, 20),
    message: {
      nl: `Het databasebestand is beschadigd (${detail}). Regioscan schrijft er niet meer in; zet een back-up terug.`,
      en: `The database file is damaged (${detail}). Regioscan no longer writes to it; restore a backup.`,
    },
  });
  db.pragma('query_only = ON');
}

export function clearDamaged(db: Database): void {
  damaged.delete(db);
  db.pragma('query_only = OFF');
}

/** The damage found at start, or null when the database passed its check. */
export function databaseDamage(db: Database): DatabaseDamage | null {
  return damaged.get(db) ?? null;
}

/** What the user is told on every screen about a read-only file, and the sentence that refuses a write. */
export interface ReadOnlyFile {
  path: string;
  notice: { nl: string; en: string };
  refusal: { nl: string; en: string };
}

const readOnlyCopies = new WeakMap<Database, ReadOnlyFile>();

export function markReadOnlyCopy(db: Database, path: string): void {
  readOnlyCopies.set(db, {
    path,
    notice: {
      nl: 'Dit databasebestand is alleen-lezen: Regioscan toont wat in het bestand staat en wijzigt niets. Wat alleen nog in het -wal-bestand ernaast staat (niet opgeslagen wijzigingen), wordt niet getoond.',
      en: 'This database file is read-only: Regioscan shows what the file holds and changes nothing. What is only in the -wal file beside it (unsaved changes) is not shown.',
    },
    refusal: {
      nl: 'Het databasebestand is alleen-lezen: Regioscan kan hierin niets wijzigen.',
      en: 'The database file is read-only: Regioscan cannot change anything in it.',
    },
  });
}

/** The read-only file this connection is an in-memory copy of, or null for a connection to a writable file. */
export function readOnlyCopy(db: Database): ReadOnlyFile | null {
  return readOnlyCopies.get(db) ?? null;
}

/** The database file's path (for an in-memory copy of a read-only file: that file, not ':memory:'). */
export function databaseFile(db: Database): string {
  return readOnlyCopies.get(db)?.path ?? db.name;
}

/** Throws the user's sentence when the database is read-only (for every writer, restore included). */
export function assertNotReadOnly(db: Database): void {
  const copy = readOnlyCopy(db);
  if (copy) throw new UserError('database-read-only', copy.refusal);
}

/** Throws the user's sentence when the database is read-only or damaged (for writers outside dispatch: CLI, start-up). */
export function assertWritable(db: Database): void {
  assertNotReadOnly(db);
  const damage = databaseDamage(db);
  if (damage) throw new UserError('database-damaged', damage.message);
}

/** Nothing at all may be written (not even the window size): the file is read-only or damaged. */
export function writesRefused(db: Database): boolean {
  return readOnlyCopy(db) !== null || databaseDamage(db) !== null;
}
