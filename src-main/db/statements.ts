/**
 * Prepared statements, made once per connection. A repository names its SQL once —
 *
 *   const sql = statements({ list: 'SELECT … FROM scan ORDER BY …', byId: 'SELECT … WHERE id = ?' });
 *   sql(db).list.all();
 *
 * — and each statement is prepared the first time a connection uses it, then reused for as long
 * as that connection lives (SQLite re-prepares it by itself after a schema change). A statement
 * whose rows are read as arrays or as one column says so here, once: its mode belongs to it.
 *
 * Only repositories (`*repository.ts`) and this folder prepare SQL (lint: no `.prepare(` elsewhere).
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './open';
import { perConnection } from './per-connection';

/** SQL text, or SQL text read as arrays of columns (`raw`) or as its first column only (`pluck`). */
export type StatementSpec = string | { readonly sql: string; readonly mode: 'raw' | 'pluck' };

export type Statements<K extends string> = { readonly [Key in K]: Statement };

export function statements<K extends string>(specs: Readonly<Record<K, StatementSpec>>): (db: Db) => Statements<K> {
  return perConnection((db) => lazily(db, specs));
}

function lazily<K extends string>(db: Db, specs: Readonly<Record<K, StatementSpec>>): Statements<K> {
  const cache = new Map<string, Statement>();
  const out: Record<string, Statement> = {};
  for (const [key, spec] of Object.entries<StatementSpec>(specs)) {
    Object.defineProperty(out, key, {
      enumerable: true,
      get() {
        let statement = cache.get(key);
        if (!statement) {
          statement = prepare(db, spec);
          cache.set(key, statement);
        }
        return statement;
      },
    });
  }
  // Every key of `specs` got its getter above.
  return out as Statements<K>;
}

function prepare(db: Db, spec: StatementSpec): Statement {
  if (typeof spec === 'string') return db.prepare(spec);
  const statement = db.prepare(spec.sql);
  return spec.mode === 'raw' ? statement.raw(true) : statement.pluck(true);
}

/** Many ids as ONE parameter (`… IN (SELECT value FROM json_each(?))`), so the statement's text never varies. */
export function idList(ids: readonly number[]): string {
  return JSON.stringify(ids);
}
