/**
 * A `.sqlite` file holding chosen scans, to send to someone who merges it into their database
 * (docs/database-merge.md): a complete Regioscan database of the current schema, made in memory,
 * with every row of TRANSFER_TABLES that goes along with those scans, ids as they are here.
 */
import Database from 'better-sqlite3';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import type { Db } from '../db/open';
import { readTransferRows, writeTransferRows } from '../db/transfer-rows';
import { fileSlug, fileStamp } from '../rpc/deliver';
import { existingScan } from '../scans';

/** The database file's bytes with those scans (each must exist: one sentence otherwise). */
export function exportDatabase(db: Db, scans: readonly number[]): Buffer {
  const ids = [...new Set(scans)].sort((a, b) => a - b);
  for (const id of ids) existingScan(db, id);
  // One read transaction: the rows are one consistent snapshot, also while the app writes.
  const rows = db.transaction(() => readTransferRows(db, ids))();
  const out = new Database(':memory:');
  try {
    migrate(out, MIGRATIONS);
    out.pragma('foreign_keys = ON');
    out.transaction(() => writeTransferRows(out, rows, { ids: 'keep' }))();
    return out.serialize();
  } finally {
    out.close();
  }
}

/** `regioscan-noord-nederland-2022-2026-12-03.sqlite`; several scans: their regions and years in a row. */
export function databaseFileName(db: Db, scans: readonly number[], date = new Date()): string {
  const names = [...new Set(scans)].map((id) => existingScan(db, id)).map((s) => `${s.region} ${s.year ?? ''}`);
  let what = fileSlug(names.join(' ')) || 'scans';
  if (what.length > 90) what = what.slice(0, what.lastIndexOf('-', 90) > 0 ? what.lastIndexOf('-', 90) : 90);
  return `regioscan-${what}-${fileStamp(date)}.sqlite`;
}
