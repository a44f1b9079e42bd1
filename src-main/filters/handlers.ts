/** Saved filters' channels: list, save (new or rename/update), duplicate, delete, file export and import. */
import { filterFile, importFilterFile } from './filter-file';
import { deleteFilter, duplicateFilter, listSavedFilters, saveFilter } from './saved-filters';
import { deliver } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';

export const filterHandlers: DomainHandlers<'filters.list' | 'filters.save' | 'filters.duplicate' | 'filters.delete' | 'filters.export' | 'filters.import'> = {
  'filters.list': (db) => listSavedFilters(db),
  'filters.save': (db, { id, name, note, filter }) => saveFilter(db, { id, name, note, filter }),
  'filters.duplicate': (db, { id }) => duplicateFilter(db, id),
  'filters.delete': (db, { id }) => ({ deleted: deleteFilter(db, id) }),
  'filters.export': (db, { id }, env) => {
    const file = filterFile(db, id);
    return deliver(env, file.fileName, Buffer.from(file.text, 'utf8'));
  },
  'filters.import': (db, { text }) => importFilterFile(db, text),
};
