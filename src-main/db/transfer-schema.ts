/**
 * Is this SQLite database ours? Its schema (every table, index, trigger and view in sqlite_schema,
 * with its SQL) must be exactly the schema our migrations make at its `user_version`: nothing
 * missing, nothing extra, nothing different. Checked before any row is read (docs/database-merge.md).
 */
import Database from 'better-sqlite3';
import { UserError } from '../errors';
import { MIGRATIONS, type Migration } from './migrations';

export interface SchemaEntry {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const SCHEMA_SQL = 'SELECT type, name, tbl_name, sql FROM sqlite_schema';

const key = (e: SchemaEntry) => `${e.type}\u0000${e.name}`;

const references = new Map<string, Map<string, SchemaEntry>>();

/** The schema our migrations up to `version` make, by type and name (made once per version in memory). */
export function referenceSchema(version: number, migrations: readonly Migration[] = MIGRATIONS): Map<string, SchemaEntry> {
  const cacheKey = `${version}:${migrations.map((m) => m.version).join(',')}`;
  let reference = references.get(cacheKey);
  if (!reference) {
    const db = new Database(':memory:');
    try {
      for (const m of [...migrations].filter((m) => m.version <= version).sort((a, b) => a.version - b.version)) m.up(db);
      reference = new Map((db.prepare(SCHEMA_SQL).all() as SchemaEntry[]).map((e) => [key(e), e]));
    } finally {
      db.close();
    }
    references.set(cacheKey, reference);
  }
  return reference;
}

const describe = (e: SchemaEntry) => ({
  nl: `${{ table: 'tabel', index: 'index', trigger: 'trigger', view: 'view' }[e.type] ?? e.type} ${e.name}`,
  en: `${e.type} ${e.name}`,
});

/** The one sentence for a file that is a SQLite database but not one of ours. */
export function notOurs(file: string, detail: { nl: string; en: string }): UserError {
  return new UserError('database-foreign', {
    nl: `${file} is geen Regioscan-database (${detail.nl}); er is niets gewijzigd.`,
    en: `${file} is not a Regioscan database (${detail.en}); nothing was changed.`,
  });
}

/** Refuses a schema that differs from ours at that version in any table, column, index, trigger or view. */
/** SQLite's own statistics tables (ANALYZE): they hold no data of ours and are never read. */
const STATISTICS: ReadonlyMap<string, string> = new Map([
  ['sqlite_stat1', 'CREATE TABLE sqlite_stat1(tbl,idx,stat)'],
  ['sqlite_stat4', 'CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)'],
]);

export function assertOurSchema(entries: readonly SchemaEntry[], version: number, file: string, migrations: readonly Migration[] = MIGRATIONS): void {
  const reference = referenceSchema(version, migrations);
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.type === 'table' && STATISTICS.get(e.name) === e.sql) continue;
    const k = key(e);
    seen.add(k);
    const ours = reference.get(k);
    if (!ours) {
      const what = describe(e);
      throw notOurs(file, { nl: `het bevat ${what.nl}, die Regioscan niet maakt`, en: `it holds ${what.en}, which Regioscan does not make` });
    }
    if (ours.sql !== e.sql || ours.tbl_name !== e.tbl_name) {
      const what = describe(e);
      throw notOurs(file, { nl: `${what.nl} is anders dan Regioscan die maakt`, en: `its ${what.en} differs from the one Regioscan makes` });
    }
  }
  for (const [k, e] of reference) {
    if (!seen.has(k)) {
      const what = describe(e);
      throw notOurs(file, { nl: `${what.nl} ontbreekt`, en: `${what.en} is missing` });
    }
  }
}

/** The schema as the file declares it (reading sqlite_schema parses it; no row of a table is read). */
export function schemaEntries(db: Database.Database): SchemaEntry[] {
  return db.prepare(SCHEMA_SQL).all() as SchemaEntry[];
}
