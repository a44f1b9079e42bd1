/**
 * Backups through SQLite's online backup API into `backups/` beside the database file.
 * The newest KEEP_BACKUPS are kept.
 *
 * The backup API copies a consistent snapshot even while another connection (the import worker)
 * writes: a step that sees the source change restarts. A copy of a WAL database is itself in WAL
 * mode; each copy is switched to a rollback journal so that it is one self-contained file.
 * In-memory databases (tests) have no file and no backups.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';

export const KEEP_BACKUPS = 10;

export interface BackupFile {
  path: string;
  name: string;
  reason: string;
  createdAt: string;
  bytes: number;
}

export function isFileDatabase(databasePath: string): boolean {
  return databasePath !== ':memory:' && databasePath !== '';
}

export function backupsFolder(databasePath: string): string {
  return join(dirname(databasePath), 'backups');
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function baseName(databasePath: string): string {
  return basename(databasePath).replace(/\.[^.]+$/, '');
}

/** A new, unused file name in the backups folder (two backups in one millisecond get a counter). */
function targetPath(databasePath: string, reason: string): string {
  const folder = backupsFolder(databasePath);
  mkdirSync(folder, { recursive: true });
  const safeReason = reason.replace(/[^a-z0-9-]+/gi, '-').slice(0, 40);
  const when = stamp(new Date());
  for (let n = 0; ; n++) {
    const suffix = n === 0 ? '' : `-${n}`;
    const target = join(folder, `${baseName(databasePath)}--${when}--${safeReason}${suffix}.sqlite`);
    if (!existsSync(target)) return target;
  }
}

export interface BackupOptions {
  /** Prune to KEEP_BACKUPS afterwards (default true; a restore prunes only after it copied). */
  prune?: boolean;
}

/** Backs the open database up; returns the backup's path. `reason` is a short slug (migration, import…). */
export async function createBackup(db: Database.Database, databasePath: string, reason: string, options: BackupOptions = {}): Promise<string> {
  const target = targetPath(databasePath, reason);
  try {
    await db.backup(target);
    const copy = new Database(target);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
  } catch (error) {
    // A half-written copy (a full disk) must not look like a restore point.
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    throw error;
  }
  if (options.prune !== false) pruneBackups(databasePath);
  return target;
}

/**
 * Copies the database file as it lies on disk (with its WAL, if any) — for a damaged database,
 * which the backup API may not be able to read. The copy keeps the damage; it is evidence, not a
 * restore point.
 */
export function copyDatabaseFile(databasePath: string, reason: string): string {
  const target = targetPath(databasePath, reason);
  copyFileSync(databasePath, target);
  if (existsSync(`${databasePath}-wal`)) copyFileSync(`${databasePath}-wal`, `${target}-wal`);
  return target;
}

/** The backup before a write the user asked for (import, replace, delete, restore); none for in-memory databases. */
export async function backupBeforeWrite(db: Database.Database, reason: string, options: BackupOptions = {}): Promise<string | null> {
  if (!isFileDatabase(db.name)) return null;
  return createBackup(db, db.name, reason, options);
}

export function listBackups(databasePath: string): BackupFile[] {
  if (!isFileDatabase(databasePath)) return [];
  const folder = backupsFolder(databasePath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const base = baseName(databasePath);
  return names
    .filter((name) => name.startsWith(`${base}--`) && name.endsWith('.sqlite'))
    .map((name) => {
      const path = join(folder, name);
      const [, when = '', reason = ''] = name.replace(/\.sqlite$/, '').split('--');
      const iso = when.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');
      return { path, name, reason, createdAt: iso, bytes: statSync(path).size };
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}

export function pruneBackups(databasePath: string, keep = KEEP_BACKUPS): void {
  for (const old of listBackups(databasePath).slice(keep)) {
    for (const file of [old.path, `${old.path}-wal`, `${old.path}-shm`, `${old.path}-journal`]) rmSync(file, { force: true });
  }
}
