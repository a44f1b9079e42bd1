/**
 * The database's content as row counts and a SHA-256 per table, so a test can say "exactly as
 * before" about every table at once. Every row of every table (FTS shadow tables and
 * sqlite_sequence included) is hashed in a stable order: rows are rendered with SQLite's quote()
 * (types stay distinct: 1, '1', X'31' and NULL differ) and sorted by that rendering. The schema and
 * user_version are part of the checksum too.
 */
import { createHash } from 'node:crypto';
import { openDatabase, type Db } from '../../src-main/db/open';

export interface TableChecksum {
  rows: number;
  sha256: string;
}

export interface DbChecksum {
  userVersion: number;
  schema: string;
  tables: Record<string, TableChecksum>;
}

export interface ChecksumOptions {
  /** Columns to leave out per table, e.g. `{ scan: ['imported_at'] }` for a time stamp. */
  ignore?: Record<string, readonly string[]>;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function tableNames(db: Db): string[] {
  // Virtual tables (FTS5) are hashed as the rows they answer with and through their shadow tables.
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
}

function isVirtual(db: Db, table: string): boolean {
  return ((db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table) as string | null) ?? '').startsWith('CREATE VIRTUAL TABLE');
}

export function tableChecksum(db: Db, table: string, ignore: readonly string[] = []): TableChecksum {
  const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name).filter((c) => !ignore.includes(c));
  const hash = createHash('sha256');
  let rows = 0;
  if (columns.length > 0) {
    // A virtual table's rowid is not among its columns, but is part of its content (FTS rowid = activity id).
    const quoted = [...(isVirtual(db, table) ? ['quote(rowid)'] : []), ...columns.map((c) => `quote(${ident(c)})`)];
    const line = quoted.join(` || '|' || `);
    const statement = db.prepare(`SELECT ${line} AS line FROM ${ident(table)} ORDER BY 1`).pluck();
    for (const text of statement.iterate() as IterableIterator<string>) {
      hash.update(text);
      hash.update('\n');
      rows++;
    }
  }
  return { rows, sha256: hash.digest('hex') };
}

export function dbChecksum(db: Db, options: ChecksumOptions = {}): DbChecksum {
  const tables: Record<string, TableChecksum> = {};
  for (const table of tableNames(db)) tables[table] = tableChecksum(db, table, options.ignore?.[table] ?? []);
  const schema = createHash('sha256')
    .update((db.prepare(`SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name`).pluck().all() as string[]).join('\n'))
    .digest('hex');
  return { userVersion: db.pragma('user_version', { simple: true }) as number, schema, tables };
}

/** Row counts only, for messages that say what changed. */
export function rowCounts(checksum: DbChecksum): Record<string, number> {
  return Object.fromEntries(Object.entries(checksum.tables).map(([name, t]) => [name, t.rows]));
}

/** The checksum of a database file, opened the way the CLI opens it and closed again. */
export async function fileChecksum(path: string): Promise<DbChecksum> {
  const conn = await openDatabase(path);
  try {
    return dbChecksum(conn);
  } finally {
    conn.close();
  }
}
