/**
 * The history's channels: the change history of a row or scan, undo, redo and "zet terug". An undo
 * writes rows of any domain, so the activity index is refreshed after each (docs/history.md).
 */
import { invalidateIndex } from '../activities';
import type { DomainHandlers } from '../rpc/types';
import { history } from './read';
import { redo, revert, undo, type UndoResult } from './undo';

function refreshed<T extends UndoResult | null>(db: Parameters<typeof invalidateIndex>[0], result: T): T {
  if (result !== null) invalidateIndex(db);
  return result;
}

export const historyHandlers: DomainHandlers<'history.list' | 'history.undo' | 'history.redo' | 'history.revert'> = {
  'history.list': (db, filter) => history(db, filter),
  'history.undo': (db) => refreshed(db, undo(db)),
  'history.redo': (db) => refreshed(db, redo(db)),
  'history.revert': (db, { change }) => refreshed(db, revert(db, change)),
};
