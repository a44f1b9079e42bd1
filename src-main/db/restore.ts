/**
 * Restoring a backup into the database the app has open.
 *
 * The app (and `regioscan serve`) hold one connection for their whole life and hand it to every
 * handler, cache and import session, so closing and reopening the file would leave stale handles
 * behind. Instead the backup is copied INTO the open file with SQLite's backup API, from the backup
 * (source) through a second connection to the live file (destination): SQLite locks the file while
 * it writes, the copy is one transaction in the live file's WAL (all or nothing), and the app's
 * connection sees the new content on its next read. An import writing at that moment holds the
 * write lock: the restore then fails with "busy" and nothing changed; open import sessions are
 * cancelled by the caller, because their previews describe the old content.
 *
 * A backup is restored only if it is one of listBackups() by exact name, passes the full
 * `integrity_check`, holds a Regioscan schema and is not newer than this app. The current database
 * is backed up first (or, if it is too damaged for the backup API, copied as it lies on disk).
 */
import Database from 'better-sqlite3';
import type { BackupInfo, RestoreResult } from '../../src-shared/model';
import { UserError } from '../errors';
import { backupsFolder, copyDatabaseFile, createBackup, isFileDatabase, listBackups, pruneBackups, type BackupFile } from './backups';
import { assertNotReadOnly, clearDamaged, databaseDamage, integrityProblems, markDamaged } from './health';
import { schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { prepareForWrites } from './open';
import { recordRestore } from '../history';

export function backupInfo(file: BackupFile): BackupInfo {
  return { name: file.name, reason: file.reason, createdAt: file.createdAt, bytes: file.bytes };
}

function openBackup(path: string): Database.Database {
  return new Database(path, { readonly: true, fileMustExist: true });
}

/** Why this backup cannot be restored, as one sentence; null when it can. */
export function backupProblem(file: BackupFile, latest = LATEST_SCHEMA_VERSION): { nl: string; en: string } | null {
  let db: Database.Database | undefined;
  try {
    db = openBackup(file.path);
    const problems = integrityProblems(db, 'full');
    if (problems.length > 0) {
      return { nl: `Back-up ${file.name} is beschadigd (${problems[0]}); kies een andere.`, en: `Backup ${file.name} is damaged (${problems[0]}); choose another one.` };
    }
    const version = schemaVersion(db);
    if (version > latest) {
      return {
        nl: `Back-up ${file.name} komt uit een nieuwere versie van Regioscan (schema ${version}, deze versie kent ${latest}); werk de app bij.`,
        en: `Backup ${file.name} comes from a newer version of Regioscan (schema ${version}, this version knows ${latest}); please update the app.`,
      };
    }
    const hasScans = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'scan'`).get() as { n: number };
    if (version < 1 || hasScans.n === 0) {
      return { nl: `${file.name} is geen Regioscan-database.`, en: `${file.name} is not a Regioscan database.` };
    }
    return null;
  } catch (error) {
    return { nl: `Back-up ${file.name} kan niet worden gelezen (${(error as Error).message}).`, en: `Backup ${file.name} cannot be read (${(error as Error).message}).` };
  } finally {
    db?.close();
  }
}

/** The newest backup that can be restored (offered when the database is damaged). */
export function newestGoodBackup(databasePath: string): BackupInfo | null {
  for (const file of listBackups(databasePath)) {
    if (!backupProblem(file)) return backupInfo(file);
  }
  return null;
}

export async function restoreBackup(db: Database.Database, name: string): Promise<RestoreResult> {
  assertNotReadOnly(db);
  if (!isFileDatabase(db.name)) {
    throw new UserError('no-backups', { nl: 'Deze database heeft geen bestand en dus geen back-ups.', en: 'This database has no file and so no backups.' });
  }
  const file = listBackups(db.name).find((b) => b.name === name);
  if (!file) {
    throw new UserError('not-found', {
      nl: `Er is geen back-up met de naam ${name} in ${backupsFolder(db.name)}.`,
      en: `There is no backup named ${name} in ${backupsFolder(db.name)}.`,
    });
  }
  const problem = backupProblem(file);
  if (problem) throw new UserError('backup-refused', problem);

  const wasDamaged = databaseDamage(db) !== null;
  let safetyPath: string;
  try {
    safetyPath = await createBackup(db, db.name, wasDamaged ? 'damaged-before-restore' : 'before-restore', { prune: false });
  } catch {
    safetyPath = copyDatabaseFile(db.name, 'damaged-before-restore');
  }

  const source = openBackup(file.path);
  try {
    await source.backup(db.name);
  } catch (error) {
    const busy = /busy|locked/i.test((error as Error).message);
    throw new UserError(busy ? 'busy' : 'restore-failed', busy
      ? { nl: 'De database is bezig (een import schrijft); probeer het zo opnieuw. Er is niets gewijzigd.', en: 'The database is busy (an import is writing); try again shortly. Nothing was changed.' }
      : { nl: `Terugzetten mislukt: ${(error as Error).message}`, en: `Restore failed: ${(error as Error).message}` });
  } finally {
    source.close();
  }

  // The live file now holds the backup's content; bring it to this app's schema and check it.
  if (wasDamaged) clearDamaged(db);
  await prepareForWrites(db, { backupBeforeMigrate: false });
  const problems = integrityProblems(db, 'quick');
  if (problems.length > 0) markDamaged(db, problems);
  else recordRestore(db, file.name);
  pruneBackups(db.name);
  const safety = listBackups(db.name).find((b) => b.path === safetyPath);
  return { restored: backupInfo(file), safetyBackup: safety ? backupInfo(safety) : null, schemaVersion: schemaVersion(db) };
}
