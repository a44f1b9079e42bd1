/** Backups: list them, make one now, restore one (after the renderer asked the user to confirm). */
import { backupsFolder, createBackup, isFileDatabase, KEEP_BACKUPS, listBackups } from '../db/backups';
import { assertNotReadOnly, assertWritable, databaseFile } from '../db/health';
import { backupInfo, restoreBackup } from '../db/restore';
import { invalidateIndex } from '../activities';
import { UserError } from '../errors';
import { cancelImportsForRestore } from '../import';
import type { DomainHandlers } from '../rpc/types';

export const backupHandlers: DomainHandlers<'backups.list' | 'backups.create' | 'backups.restore'> = {
  'backups.list': (db) => ({
    folder: isFileDatabase(databaseFile(db)) ? backupsFolder(databaseFile(db)) : null,
    backups: listBackups(databaseFile(db)).map(backupInfo),
    keep: KEEP_BACKUPS,
  }),
  'backups.create': async (db) => {
    assertNotReadOnly(db);
    if (!isFileDatabase(db.name)) {
      throw new UserError('no-backups', { nl: 'Deze database heeft geen bestand en dus geen back-ups.', en: 'This database has no file and so no backups.' });
    }
    // A copy of a damaged file would look like a good restore point.
    assertWritable(db);
    const path = await createBackup(db, db.name, 'manual');
    const made = listBackups(db.name).find((b) => b.path === path);
    if (!made) throw new Error(`backup ${path} not found after writing it`);
    return backupInfo(made);
  },
  'backups.restore': async (db, { name }) => {
    cancelImportsForRestore(db);
    const result = await restoreBackup(db, name);
    invalidateIndex(db);
    return result;
  },
};
