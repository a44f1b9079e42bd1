/**
 * Reads a `.sqlite` file someone sent, in the worker (worker.ts), as hostile input
 * (docs/database-merge.md): the bytes are opened in memory (never the file, no journal beside it),
 * with `trusted_schema = OFF`; the header, the schema version and the whole schema are checked against
 * ours before a single row is read, then `integrity_check`, and only then are the rows read.
 */
import type { Database } from 'better-sqlite3';
import { databaseFromBytes } from '../db/open';
import { integrityProblems } from '../db/health';
import { migrate, schemaVersion } from '../db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../db/migrations';
import { assertOurSchema, schemaEntries } from '../db/transfer-schema';
import { readTransferRows, type Cell, type TableRows } from '../db/transfer-rows';
import { LIMITS } from '../import';
import { asUserError, clip, UserError } from '../errors';
import type { DatabaseScan } from '../../src-shared/database-merge';

/** A scan of the file as read, before it is matched against the open database's scans. */
export type MergedScan = Omit<DatabaseScan, 'existing'>;

export interface ReadDatabase {
  file: string;
  /** The file's schema version (older ones are migrated in memory before reading). */
  version: number;
  scans: MergedScan[];
  tables: TableRows[];
}

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

function damaged(file: string, detail: string): UserError {
  const text = clip(detail.replace(/\s*[\r\n]+\s*/g, '; '), 120);
  return new UserError('database-damaged', {
    nl: `${file} is een beschadigde database (${text}); er is niets gewijzigd.`,
    en: `${file} is a damaged database (${text}); nothing was changed.`,
  });
}

export function tooLarge(file: string): UserError {
  const mb = LIMITS.fileBytes / 1024 / 1024;
  return new UserError('database-too-large', {
    nl: `${file} is groter dan ${mb} MB; dat is geen scan. Er is niets gewijzigd.`,
    en: `${file} is larger than ${mb} MB; that is not a scan. Nothing was changed.`,
  });
}

/** True when the bytes start as every SQLite database file does. */
export function looksLikeSqlite(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC);
}

function textBytes(tables: readonly TableRows[]): number {
  let total = 0;
  for (const t of tables) for (const row of t.rows) for (const v of row) if (typeof v === 'string') total += Buffer.byteLength(v);
  return total;
}

function cell(value: Cell | undefined): string | number | null {
  if (typeof value === 'bigint') return Number(value);
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

/** The scans the rows hold, with their counts, as the preview shows them. */
function scansOf(tables: readonly TableRows[]): MergedScan[] {
  const table = (name: string) => tables.find((t) => t.table === name);
  const count = (name: string) => {
    const t = table(name);
    const at = t ? t.columns.indexOf('scan_id') : -1;
    const counts = new Map<number, number>();
    for (const row of t?.rows ?? []) counts.set(Number(row[at]), (counts.get(Number(row[at])) ?? 0) + 1);
    return counts;
  };
  const initiatives = count('initiative');
  const activities = count('activity');
  const scan = table('scan');
  if (!scan) return [];
  const col = (name: string) => scan.columns.indexOf(name);
  return scan.rows.map((row) => {
    const id = Number(row[col('id')]);
    const year = cell(row[col('year')]);
    return { id, region: String(cell(row[col('region')]) ?? ''), year: typeof year === 'number' ? year : null, title: String(cell(row[col('title')]) ?? ''), initiatives: initiatives.get(id) ?? 0, activities: activities.get(id) ?? 0 };
  });
}

function check(db: Database, file: string): number {
  db.pragma('trusted_schema = OFF');
  db.pragma('cell_size_check = ON');
  let version: number;
  try {
    version = schemaVersion(db);
  } catch (error) {
    throw damaged(file, (error as Error).message);
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new UserError('database-too-new', {
      nl: `${file} komt uit een nieuwere versie van Regioscan (schema ${version}, deze versie kent ${LATEST_SCHEMA_VERSION}); werk de app bij. Er is niets gewijzigd.`,
      en: `${file} comes from a newer version of Regioscan (schema ${version}, this version knows ${LATEST_SCHEMA_VERSION}); please update the app. Nothing was changed.`,
    });
  }
  let entries;
  try {
    entries = schemaEntries(db);
  } catch (error) {
    throw damaged(file, (error as Error).message);
  }
  assertOurSchema(entries, version, file);
  const problems = integrityProblems(db, 'full');
  if (problems.length > 0) throw damaged(file, problems.slice(0, 3).join('; '));
  return version;
}

/**
 * Checks and reads a database file's bytes: every scan it holds with the rows that go along. Any
 * refusal is one UserError; the bytes are the only thing touched (a copy in memory).
 */
export function readDatabase(bytes: Buffer, file: string): ReadDatabase {
  if (bytes.length > LIMITS.fileBytes) throw tooLarge(file);
  if (!looksLikeSqlite(bytes) || bytes.length < 512) {
    throw new UserError('database-foreign', { nl: `${file} is geen SQLite-database; er is niets gewijzigd.`, en: `${file} is not a SQLite database; nothing was changed.` });
  }
  let db: Database;
  try {
    db = databaseFromBytes(bytes);
  } catch (error) {
    throw damaged(file, (error as Error).message);
  }
  try {
    const version = check(db, file);
    // An older schema is brought up to date in the copy in memory, so its rows read as ours do now.
    migrate(db, MIGRATIONS);
    const all = readTransferRows(db, [], [{ table: 'scan', where: '1', id: 'id' }])[0]?.rows.map((row) => Number(row[0])) ?? [];
    const tables = readTransferRows(db, all);
    if (textBytes(tables) > LIMITS.textBytes) {
      throw new UserError('database-too-large', {
        nl: `${file} houdt meer dan ${LIMITS.textBytes / 1024 / 1024} MB tekst; dat is geen scan. Er is niets gewijzigd.`,
        en: `${file} holds more than ${LIMITS.textBytes / 1024 / 1024} MB of text; that is not a scan. Nothing was changed.`,
      });
    }
    const scans = scansOf(tables);
    if (scans.length === 0) {
      throw new UserError('database-empty', { nl: `${file} bevat geen scans; er is niets gewijzigd.`, en: `${file} holds no scans; nothing was changed.` });
    }
    return { file, version, scans, tables };
  } catch (error) {
    const known = asUserError(error);
    if (known instanceof UserError) throw known;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) throw damaged(file, (error as Error).message);
    throw error;
  } finally {
    db.close();
  }
}
