/**
 * Opens (and if needed creates and migrates) the Regioscan SQLite file.
 * Order matters: a database from a newer app is refused before anything writes to it.
 *
 * A file that cannot be written — the file or its folder not writable, immutable (chattr +i), on a
 * read-only mount — is read into memory and that copy is opened (see openReadOnlyCopy): SQLite's own
 * read-only mode still needs to create or write the `-shm` file of a WAL database in its folder, and
 * better-sqlite3 has no URI filenames (`immutable=1`). Nothing is written to the disk then.
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { createBackup } from './backups';
import { syncCodebook } from './codebook-sync';
import { integrityProblems, markDamaged, markReadOnlyCopy, type IntegrityMode } from './health';
import { assertNotNewer, migrate, pendingMigrations, schemaVersion } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import { asUserError, clip, UserError } from '../errors';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Back the file up before migrating an existing database (default true for files). */
  backupBeforeMigrate?: boolean;
  /** The migrations to apply (tests pass their own list). */
  migrations?: readonly Migration[];
  /**
   * Check the file before anything writes to it (default 'quick'; see health.ts). A damaged file is
   * opened without migrations or codebook sync, marked damaged and never written to. The import
   * worker passes false: the app checked the file when it opened it.
   */
  integrityCheck?: IntegrityMode | false;
}

const IN_MEMORY = ':memory:';

/** True when SQLite could write the file and create its journal, `-wal` and `-shm` files beside it. */
export function fileWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function unreadable(path: string, error: unknown): UserError {
  const detail = clip((error as Error).message, 120);
  return new UserError('database-unreadable', {
    nl: `Het databasebestand ${path} kan niet worden geopend (${detail}).`,
    en: `The database file ${path} cannot be opened (${detail}).`,
  });
}

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Db> {
  const isFile = path !== IN_MEMORY;
  if (isFile && existsSync(path) && !fileWritable(path)) return openReadOnlyCopy(path, options);
  if (isFile && !options.readonly) {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw unreadable(path, error);
    }
  }
  if (options.readonly && isFile && !existsSync(path)) {
    throw new UserError('database-missing', {
      nl: `Het databasebestand ${path} bestaat niet.`,
      en: `The database file ${path} does not exist.`,
    });
  }
  let db: Db;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
    });
  } catch (error) {
    throw unreadable(path, error);
  }
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  try {
    const check = options.integrityCheck ?? 'quick';
    const problems = isFile && check ? integrityProblems(db, check) : [];
    if (problems.length > 0) {
      markDamaged(db, problems);
      return db;
    }
    assertNotNewer(db, latest);
    if (options.readonly) {
      if (pendingMigrations(db, migrations).length > 0) {
        throw new UserError('database-outdated', {
          nl: 'Dit databasebestand moet eerst worden bijgewerkt; open het één keer zonder alleen-lezen.',
          en: 'This database file needs an update first; open it once without read-only.',
        });
      }
      db.pragma('query_only = ON');
      return db;
    }
    await prepareForWrites(db, options);
    return db;
  } catch (error) {
    db.close();
    throw asUserError(error);
  }
}

/** Byte 18 and 19 of the SQLite header: 2 = WAL, 1 = rollback journal. */
const WAL_HEADER_OFFSET = 18;

/**
 * A database file's bytes opened in memory. A WAL database's header is switched to rollback mode in
 * the copy, as SQLite cannot open an in-memory database in WAL mode (SQLITE_CANTOPEN).
 */
export function databaseFromBytes(bytes: Buffer): Db {
  if (bytes.length >= 100 && bytes[WAL_HEADER_OFFSET] === 2) bytes.fill(1, WAL_HEADER_OFFSET, WAL_HEADER_OFFSET + 2);
  return new Database(bytes);
}

/**
 * Opens a read-only file as a copy in memory: the file's bytes as they lie on disk, so what is only in
 * its `-wal` file is not shown (the user is told so). An older schema is migrated in the copy only. The copy is then `query_only`, and every writer refuses (health.ts).
 */
async function openReadOnlyCopy(path: string, options: OpenOptions): Promise<Db> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw unreadable(path, error);
  }
  let db: Db;
  try {
    db = databaseFromBytes(bytes);
  } catch (error) {
    throw unreadable(path, error);
  }
  markReadOnlyCopy(db, path);
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  try {
    const check = options.integrityCheck ?? 'quick';
    const problems = check ? integrityProblems(db, check) : [];
    if (problems.length > 0) {
      markDamaged(db, problems);
      return db;
    }
    assertNotNewer(db, latest);
    await prepareForWrites(db, { backupBeforeMigrate: false, migrations });
    db.pragma('query_only = ON');
    return db;
  } catch (error) {
    db.close();
    throw asUserError(error);
  }
}

/**
 * Makes an open, writable connection ready: WAL, a backup before a migration, the migrations and
 * the codebook. Also run after a backup was restored into the file (which may be of an older schema).
 */
export async function prepareForWrites(db: Db, options: Pick<OpenOptions, 'backupBeforeMigrate' | 'migrations'> = {}): Promise<void> {
  const migrations = options.migrations ?? MIGRATIONS;
  const isFile = db.name !== IN_MEMORY;
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (isFile) db.pragma('journal_mode = WAL');
  if (isFile && schemaVersion(db) > 0 && pendingMigrations(db, migrations).length > 0 && options.backupBeforeMigrate !== false) {
    await createBackup(db, db.name, `before-migration-${schemaVersion(db)}`);
  }
  migrate(db, migrations);
  syncCodebook(db);
}
