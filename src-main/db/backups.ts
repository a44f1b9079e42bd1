/**
 * Backups through SQLite's online backup API into `backups/` beside the database file.
 * The newest KEEP_BACKUPS are kept.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';

export const KEEP_BACKUPS = 10;

export interface BackupFile {
  path: string;
  name: string;
  reason: string;
  createdAt: string;
  bytes: number;
}

export function backupsFolder(databasePath: string): string {
  return join(dirname(databasePath), 'backups');
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Backs the open database up; returns the backup's path. `reason` is a short slug (migration, import…). */
export async function createBackup(db: Database, databasePath: string, reason: string): Promise<string> {
  const folder = backupsFolder(databasePath);
  mkdirSync(folder, { recursive: true });
  const base = basename(databasePath).replace(/\.[^.]+$/, '');
  const safeReason = reason.replace(/[^a-z0-9-]+/gi, '-').slice(0, 40);
  const target = join(folder, `${base}--${stamp(new Date())}--${safeReason}.sqlite`);
  await db.backup(target);
  pruneBackups(databasePath);
  return target;
}

export function listBackups(databasePath: string): BackupFile[] {
  const folder = backupsFolder(databasePath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const base = basename(databasePath).replace(/\.[^.]+$/, '');
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
  for (const old of listBackups(databasePath).slice(keep)) rmSync(old.path, { force: true });
}
