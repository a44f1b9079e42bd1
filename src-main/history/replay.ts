/**
 * Undoing one history row: the inverse write, made only if the row is still as the change left it.
 * Undo replays a group's rows newest first; redo replays the undo's rows the same way; "zet terug"
 * replays the rows of one change. Each inverse write goes through the open change group's triggers,
 * so it is recorded in its turn.
 */
import type { HistoryRow, Stored } from './repository';
import { ROW_KEYS, type RowRepository } from './row-repository';

/** The field of the entry that says a row was added or deleted whole (the triggers write it). */
export const WHOLE_ROW_FIELD: Readonly<Record<string, string>> = { activity: 'activity', initiative: 'initiative', scan: 'scan', organisation: 'organisation', value: 'value', goal: 'goal', mapping: 'rule' };

/** Why a row cannot be put back: it changed since, it is gone, or it is back. */
export class ReplayConflict extends Error {
  constructor(
    readonly row: HistoryRow,
    readonly kind: 'changed' | 'missing' | 'exists',
    readonly now: Stored = null,
  ) {
    super(`history row ${row.id}: ${kind}`);
    this.name = 'ReplayConflict';
  }
}

function parseRow(row: HistoryRow): Record<string, Stored> {
  const parsed = JSON.parse(row.row ?? 'null') as unknown;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`history row ${row.id} holds no row`);
  for (const value of Object.values(parsed)) {
    if (value !== null && typeof value !== 'string' && typeof value !== 'number') throw new Error(`history row ${row.id} holds a value that is not a column value`);
  }
  return parsed as Record<string, Stored>;
}

const same = (a: Stored | undefined, b: Stored | undefined) => (a ?? null) === (b ?? null);

function keyOf(table: string, row: Readonly<Record<string, Stored>>): Record<string, Stored> {
  return Object.fromEntries((ROW_KEYS[table] ?? []).map((c) => [c, row[c] ?? null]));
}

/** Writes the inverse of one history row, or throws a ReplayConflict and writes nothing. */
export function invert(repo: RowRepository, h: HistoryRow): void {
  switch (h.op) {
    case 'update': {
      const key = parseRow(h);
      const current = repo.current(h.tbl, key);
      if (!current) throw new ReplayConflict(h, 'missing');
      if (!same(current[h.col!], h.new_value)) throw new ReplayConflict(h, 'changed', current[h.col!] ?? null);
      repo.update(h.tbl, h.col!, key, h.old_value);
      return;
    }
    case 'insert': {
      const snapshot = parseRow(h);
      const key = keyOf(h.tbl, snapshot);
      const current = repo.current(h.tbl, key);
      if (!current) throw new ReplayConflict(h, 'missing');
      const differs = Object.keys(snapshot).find((c) => !same(current[c], snapshot[c]));
      if (differs !== undefined) throw new ReplayConflict(h, 'changed', current[differs] ?? null);
      repo.delete(h.tbl, key);
      return;
    }
    case 'delete': {
      const snapshot = parseRow(h);
      if (repo.current(h.tbl, keyOf(h.tbl, snapshot))) throw new ReplayConflict(h, 'exists');
      try {
        repo.insert(h.tbl, snapshot);
      } catch (error) {
        // The row it belonged to is gone (or another row took its place): it cannot come back.
        if (/FOREIGN KEY|UNIQUE/.test((error as Error).message)) throw new ReplayConflict(h, 'missing');
        throw error;
      }
      return;
    }
    case 'bulk':
      throw new ReplayConflict(h, 'changed');
  }
}
