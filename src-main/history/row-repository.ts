/**
 * The row writes of an undo: one row of a tracked table, found by its key, read, updated, deleted or
 * inserted back from its snapshot. Table and column names come from history rows, so they are checked
 * against ROW_KEYS and the table's own columns before they go into a statement; statements are
 * prepared once per connection and shape.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import { perConnection } from '../db/per-connection';
import type { Stored } from './repository';

/**
 * The tables an undo writes to, with the columns that identify a row. Nothing else is ever written
 * from a history row: its table and column names are checked against this list and the table's
 * own columns before they go into a statement.
 */
export const ROW_KEYS: Readonly<Record<string, readonly string[]>> = {
  scan: ['id'],
  initiative: ['id'],
  activity: ['id'],
  organisation: ['id'],
  dimension_value: ['id'],
  activity_value: ['activity_id', 'value_id'],
  provider: ['activity_id', 'organisation_id', 'role'],
  activity_extra: ['activity_id', 'name'],
  initiative_extra: ['initiative_id', 'name'],
  graph_position: ['scan_key', 'initiative_id'],
  import_issue: ['id'],
  goal: ['id'],
  mapping_rule: ['id'],
  link: ['id'],
  presentation: ['id'],
  presentation_slide: ['id'],
};

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export type RowKey = Readonly<Record<string, Stored>>;

export class RowRepository {
  private readonly columns = new Map<string, Set<string>>();
  private readonly statements = new Map<string, Statement<Stored[]>>();
  private readonly tableColumns: Statement<[string]>;

  constructor(private readonly db: Db) {
    this.tableColumns = db.prepare<[string]>('SELECT name FROM pragma_table_info(?)').pluck();
  }

  private columnsOf(table: string): Set<string> {
    let columns = this.columns.get(table);
    if (!columns) {
      if (!Object.hasOwn(ROW_KEYS, table)) throw new Error(`history names a table that is not tracked: ${table}`);
      columns = new Set(this.tableColumns.all(table) as string[]);
      this.columns.set(table, columns);
    }
    return columns;
  }

  private checked(table: string, names: readonly string[]): string[] {
    const columns = this.columnsOf(table);
    for (const name of names) if (!columns.has(name)) throw new Error(`history names a column ${table} does not have: ${name}`);
    return names.map(ident);
  }

  private statement(cacheKey: string, sql: () => string): Statement<Stored[]> {
    let statement = this.statements.get(cacheKey);
    if (!statement) {
      statement = this.db.prepare<Stored[]>(sql());
      this.statements.set(cacheKey, statement);
    }
    return statement;
  }

  private where(table: string): string {
    return this.checked(table, ROW_KEYS[table]!).map((c) => `${c} = ?`).join(' AND ');
  }

  private keyValues(table: string, key: RowKey): Stored[] {
    return ROW_KEYS[table]!.map((c) => {
      if (!Object.hasOwn(key, c)) throw new Error(`a history row of ${table} lacks its key column ${c}`);
      return key[c] ?? null;
    });
  }

  /** The row as it is now, or undefined when there is none. */
  current(table: string, key: RowKey): Record<string, Stored> | undefined {
    const statement = this.statement(`get ${table}`, () => `SELECT * FROM ${ident(table)} WHERE ${this.where(table)}`);
    return statement.get(...this.keyValues(table, key)) as Record<string, Stored> | undefined;
  }

  update(table: string, column: string, key: RowKey, value: Stored): void {
    const [col] = this.checked(table, [column]);
    this.statement(`set ${table} ${column}`, () => `UPDATE ${ident(table)} SET ${col} = ? WHERE ${this.where(table)}`).run(value, ...this.keyValues(table, key));
  }

  delete(table: string, key: RowKey): void {
    this.statement(`delete ${table}`, () => `DELETE FROM ${ident(table)} WHERE ${this.where(table)}`).run(...this.keyValues(table, key));
  }

  insert(table: string, row: RowKey): void {
    const names = Object.keys(row).sort();
    const columns = this.checked(table, names);
    this.statement(`insert ${table} ${names.join(',')}`, () => `INSERT INTO ${ident(table)} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...names.map((n) => row[n] ?? null));
  }
}

export const rowRepository: (db: Db) => RowRepository = perConnection((db) => new RowRepository(db));
