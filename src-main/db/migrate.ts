import type { Database } from 'better-sqlite3';
import { UserError } from '../errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a database written by a newer app, before anything touches it. */
export function assertNotNewer(db: Database, latest = LATEST_SCHEMA_VERSION): void {
  const current = schemaVersion(db);
  if (current > latest) {
    throw new UserError('database-too-new', {
      nl: `Dit databasebestand komt uit een nieuwere versie van Regioscan (schema ${current}, deze versie kent ${latest}); werk de app bij — het bestand is niet gewijzigd.`,
      en: `This database file comes from a newer version of Regioscan (schema ${current}, this version knows ${latest}); please update the app — the file was not changed.`,
    });
  }
}

/** Migrations still to run, in order. */
export function pendingMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  const current = schemaVersion(db);
  return migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
}

/**
 * Runs each pending migration in its own transaction, setting `user_version` inside it, so a failed
 * migration leaves the database at the previous version.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  assertNotNewer(db, latest);
  const applied: number[] = [];
  for (const migration of pendingMigrations(db, migrations)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}
