/**
 * Opens (and if needed creates and migrates) the Regioscan SQLite file.
 * Order matters: a database from a newer app is refused before anything writes to it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { createBackup } from './backups';
import { syncCodebook } from './codebook-sync';
import { integrityProblems, markDamaged, type IntegrityMode } from './health';
import { assertNotNewer, migrate, pendingMigrations, schemaVersion } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import { UserError } from '../errors';

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

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Db> {
  const isFile = path !== IN_MEMORY;
  if (isFile && !options.readonly) mkdirSync(dirname(path), { recursive: true });
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
    throw new UserError('database-unreadable', {
      nl: `Het databasebestand ${path} kan niet worden geopend (${(error as Error).message}).`,
      en: `The database file ${path} cannot be opened (${(error as Error).message}).`,
    });
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
    throw error;
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
