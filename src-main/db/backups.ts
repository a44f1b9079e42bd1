/**
 * Backups through SQLite's online backup API into `backups/<database file name>/` beside the
 * database file: each database has its own folder, keyed to its FULL file name, so `regio.sqlite`
 * and `regio.db` side by side never share (or prune, or restore) each other's backups. The newest
 * KEEP_BACKUPS are kept.
 *
 * The backup API copies a consistent snapshot even while another connection (the import worker)
 * writes: a step that sees the source change restarts. A copy of a WAL database is itself in WAL
 * mode; each copy is switched to a rollback journal so that it is one self-contained file.
 * In-memory databases (tests) have no file and no backups.
 *
 * Older versions wrote `backups/<name without extension>--<time>--<reason>.sqlite`, which cannot
 * tell `regio.sqlite` from `regio.db`. Such a backup is still listed (and restorable, and pruned)
 * for the one database it can belong to: when exactly one database file beside it has that name
 * without extension. When two do, it is left alone for both (see legacyOwnerIsUnique).
 */
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
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

/** The folder that holds every backup of older versions, for all databases beside each other. */
function sharedBackupsFolder(databasePath: string): string {
  return join(dirname(databasePath), 'backups');
}

/** This database's own backups folder: `backups/<full file name>/` beside it. */
export function backupsFolder(databasePath: string): string {
  return join(sharedBackupsFolder(databasePath), basename(databasePath));
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** `2024-05-01T10-20-30-400Z`: an ISO time with `:` and `.` replaced (file names allow neither everywhere). */
const STAMP = String.raw`\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z`;
/** A reason slug: letters and digits in runs joined by single hyphens (`before-delete-scan-3`). */
const REASON = '[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*';
const BACKUP_NAME = new RegExp(`^(${STAMP})--(${REASON})\\.sqlite$`);

function isoFromStamp(when: string): string {
  return when.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');
}

/** A file name without its last extension: how older versions named a database's backups. */
function legacyStem(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A new file name in this database's backups folder. Every backup has its own time: two backups in
 * one millisecond get the next free millisecond, so the time alone orders them.
 */
function targetPath(databasePath: string, reason: string): string {
  const folder = backupsFolder(databasePath);
  mkdirSync(folder, { recursive: true });
  const safeReason = reason.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'backup';
  const taken = new Set(readNames(folder).map((name) => BACKUP_NAME.exec(name)?.[1]));
  const now = Date.now();
  for (let n = 0; ; n++) {
    const when = stamp(new Date(now + n));
    if (!taken.has(when)) return join(folder, `${when}--${safeReason}.sqlite`);
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

/** True when the file's first bytes say SQLite (or it is empty, as a database is before its first write). */
function looksLikeDatabase(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    const header = Buffer.alloc(16);
    const fd = openSync(path, 'r');
    try {
      const read = readSync(fd, header, 0, 16, 0);
      return read === 0 || header.toString('latin1') === 'SQLite format 3\u0000';
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * True when `databasePath` is the only database file in its folder with its name-without-extension:
 * only then can an old-style backup (`<that name>--<time>--<reason>.sqlite`) be told to be its own.
 */
export function legacyOwnerIsUnique(databasePath: string): boolean {
  const folder = dirname(databasePath);
  const own = basename(databasePath);
  const stem = legacyStem(own);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return false;
  }
  return !names.some((name) => name !== own && legacyStem(name) === stem && !/-(wal|shm|journal)$/.test(name) && looksLikeDatabase(join(folder, name)));
}

function backupFile(folder: string, name: string, when: string, reason: string): BackupFile {
  const path = join(folder, name);
  return { path, name, reason, createdAt: isoFromStamp(when), bytes: statSync(path).size };
}

function readNames(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** This database's backups, newest first: its own folder, plus old-style backups that are unambiguously its own. */
export function listBackups(databasePath: string): BackupFile[] {
  if (!isFileDatabase(databasePath)) return [];
  const own = backupsFolder(databasePath);
  const backups: BackupFile[] = [];
  for (const name of readNames(own)) {
    const match = BACKUP_NAME.exec(name);
    if (match) backups.push(backupFile(own, name, match[1]!, match[2]!));
  }
  const shared = sharedBackupsFolder(databasePath);
  // Older versions allowed any run of letters, digits and hyphens as the reason.
  const legacy = new RegExp(`^${escapeRegExp(legacyStem(basename(databasePath)))}--(${STAMP})--([A-Za-z0-9-]+)\\.sqlite$`);
  const legacyNames = readNames(shared).filter((name) => legacy.test(name));
  if (legacyNames.length > 0 && legacyOwnerIsUnique(databasePath)) {
    for (const name of legacyNames) {
      const match = legacy.exec(name)!;
      if (statSync(join(shared, name)).isFile()) backups.push(backupFile(shared, name, match[1]!, match[2]!));
    }
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

export function pruneBackups(databasePath: string, keep = KEEP_BACKUPS): void {
  for (const old of listBackups(databasePath).slice(keep)) {
    for (const file of [old.path, `${old.path}-wal`, `${old.path}-shm`, `${old.path}-journal`]) rmSync(file, { force: true });
  }
}
