/**
 * The history's channels: the change history of a row or scan, undo, redo and "zet terug". An undo
 * writes rows of any domain; the activity index follows what it changed (docs/history.md).
 */
import { refreshIndex } from '../activities';
import type { Db } from '../db/open';
import type { DomainHandlers } from '../rpc/types';
import { history } from './read';
import { redo, revert, undo, type UndoResult } from './undo';

function refreshed<T extends UndoResult | null>(db: Db, result: T): T {
  if (result !== null) refreshIndex(db, result.changes);
  return result;
}

export const historyHandlers: DomainHandlers<'history.list' | 'history.undo' | 'history.redo' | 'history.revert'> = {
  'history.list': (db, filter) => history(db, filter),
  'history.undo': (db) => refreshed(db, undo(db)),
  'history.redo': (db) => refreshed(db, redo(db)),
  'history.revert': (db, { change }) => refreshed(db, revert(db, change)),
};
