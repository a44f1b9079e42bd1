/**
 * Copies the rows of TRANSFER_TABLES: read from one database for some of its scans, written into
 * another either with the same ids (an export into a new file) or with new ids (a merge), every
 * reference remapped through the ids given so far. Table and column names come from the list and from
 * the database's own schema, which the caller has checked (transfer-schema.ts), never from the rows.
 */
import type { Database } from 'better-sqlite3';
import { TRANSFER_TABLES, type TransferTable } from './transfer-tables';

export type Cell = string | number | bigint | null | Uint8Array;

export interface TableRows {
  table: string;
  columns: string[];
  rows: Cell[][];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function tableExists(db: Database, table: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).pluck().get(table) === 1;
}

/** The rows of every listed table that go along with `scans` (a table the database does not have yet is left out). */
export function readTransferRows(db: Database, scans: readonly number[], tables: readonly TransferTable[] = TRANSFER_TABLES): TableRows[] {
  const result: TableRows[] = [];
  for (const t of tables) {
    if (!tableExists(db, t.table)) continue;
    const select = [...(t.hidden ?? []).map(quote), '*'].join(', ');
    // Integers as BigInt: bound back as integers (a JS number binds as REAL, which an ANY column would keep: 40 → 40.0).
    const statement = db.prepare(`SELECT ${select} FROM ${quote(t.table)} WHERE ${t.where}`).raw().safeIntegers(true);
    const rows = statement.all({ scans: JSON.stringify(scans) }) as Cell[][];
    result.push({ table: t.table, columns: statement.columns().map((c) => c.name), rows });
  }
  return result;
}

/** Old id → new id per table, so far. */
export type IdMaps = Map<string, Map<number, number>>;

export interface WriteOptions {
  /** 'keep': every row keeps its ids (a new, empty file). 'remap': rows get new ids and references follow. */
  ids: 'keep' | 'remap';
  /** Ids decided beforehand (a merged scan replacing one of the same region and year takes its id). */
  preset?: IdMaps;
}

const asParam = (v: Cell) => (v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v) : v);

/**
 * Writes the rows read by readTransferRows into `db`, in the list's order. The caller holds the
 * transaction. Returns the id maps (what each old id became).
 */
export function writeTransferRows(db: Database, data: readonly TableRows[], options: WriteOptions, tables: readonly TransferTable[] = TRANSFER_TABLES): IdMaps {
  const maps: IdMaps = new Map();
  for (const [table, preset] of options.preset ?? []) maps.set(table, new Map(preset));
  const mapOf = (table: string) => {
    let m = maps.get(table);
    if (!m) maps.set(table, (m = new Map()));
    return m;
  };
  const byTable = new Map(data.map((d) => [d.table, d]));
  for (const t of tables) {
    const d = byTable.get(t.table);
    if (!d || d.rows.length === 0) continue;
    if (options.ids === 'keep') {
      const insert = db.prepare(`INSERT INTO ${quote(t.table)} (${d.columns.map(quote).join(', ')}) VALUES (${d.columns.map(() => '?').join(', ')})`);
      for (const row of d.rows) insert.run(row.map(asParam));
      continue;
    }
    remapTable(db, t, d, mapOf);
  }
  return maps;
}

function remapTable(db: Database, t: TransferTable, d: TableRows, mapOf: (table: string) => Map<number, number>): void {
  const own = t.id ? mapOf(t.table) : undefined;
  const idAt = t.id ? d.columns.indexOf(t.id) : -1;
  // Columns written: all but the own id (the database gives a new one, unless one was preset).
  const written = d.columns.filter((c) => c !== t.id);
  const insert = db.prepare(`INSERT INTO ${quote(t.table)} (${written.map(quote).join(', ')}) VALUES (${written.map(() => '?').join(', ')})`);
  const insertWithId = t.id ? db.prepare(`INSERT INTO ${quote(t.table)} (${[t.id, ...written].map(quote).join(', ')}) VALUES (${[t.id, ...written].map(() => '?').join(', ')})`) : undefined;
  const match = t.match ? db.prepare(t.match).pluck() : undefined;
  // A reference to the table itself (a parent value, an undo's group) is set once all its rows are in.
  const selfRefs = Object.entries(t.refs ?? {}).filter(([, target]) => target === t.table).map(([column]) => column);
  const later: { id: number; column: string; old: number }[] = [];
  for (const row of d.rows) {
    const named = Object.fromEntries(d.columns.map((c, i) => [c, asParam(row[i] ?? null)]));
    const oldId = idAt >= 0 ? Number(row[idAt]) : undefined;
    if (match && oldId !== undefined) {
      const existing = match.get(named) as number | undefined;
      if (existing !== undefined) {
        own!.set(oldId, existing);
        continue;
      }
    }
    const values = written.map((column) => {
      const value = named[column] ?? null;
      if (t.onMerge && column in t.onMerge) return t.onMerge[column] ?? null;
      if (value === null) return null;
      if (selfRefs.includes(column)) return null;
      const target = t.refs?.[column];
      if (target) return mapOf(target).get(Number(value)) ?? null;
      if (t.subjectRef && column === t.subjectRef.column) {
        const table = t.subjectRef.tables[String(named[t.subjectRef.kind])];
        return (table ? mapOf(table).get(Number(value)) : undefined) ?? -Math.abs(Number(value));
      }
      return value;
    });
    const preset = oldId !== undefined ? own!.get(oldId) : undefined;
    const newId = preset !== undefined ? (insertWithId!.run([preset, ...values]), preset) : Number(insert.run(values).lastInsertRowid);
    if (oldId !== undefined) own!.set(oldId, newId);
    for (const column of selfRefs) {
      const old = named[column];
      if (old !== null && old !== undefined) later.push({ id: newId, column, old: Number(old) });
    }
  }
  // One statement per self-referencing column, not one per row (the codebook's parents are hundreds).
  const updates = new Map(selfRefs.map((column) => [column, db.prepare(`UPDATE ${quote(t.table)} SET ${quote(column)} = ? WHERE ${quote(t.id!)} = ?`)]));
  for (const { id, column, old } of later) {
    const target = own!.get(old);
    if (target !== undefined) updates.get(column)!.run(target, id);
  }
}
