/** The app's own channels: what it is and where its file is, the settings, where the user left off. */
import { databaseDamage, databaseFile, readOnlyCopy } from '../db/health';
import { schemaVersion } from '../db/migrate';
import { newestGoodBackup } from '../db/restore';
import type { Db } from '../db/open';
import type { DomainHandlers } from '../rpc/types';
import { readSession, writeSession } from './session';
import { readSettings, writeSettings } from './settings';

function safeSchemaVersion(db: Db): number {
  try {
    return schemaVersion(db);
  } catch {
    return 0;
  }
}

export const appHandlers: DomainHandlers<'app.info' | 'settings.get' | 'settings.set' | 'session.get' | 'session.set' | 'app.showInFolder'> = {
  'app.info': (db, _args, env) => {
    const damage = databaseDamage(db);
    const copy = readOnlyCopy(db);
    return {
      version: env.version,
      databasePath: databaseFile(db),
      // A damaged file may not even say its version.
      schemaVersion: damage ? safeSchemaVersion(db) : schemaVersion(db),
      host: env.host,
      readOnly: env.readOnly || copy !== null,
      readOnlyFile: copy?.notice ?? null,
      nativeDialogs: env.chooseFile !== undefined,
      damage: damage ? { ...damage, newestGoodBackup: newestGoodBackup(databaseFile(db)) } : null,
    };
  },
  'settings.get': (db) => readSettings(db),
  'settings.set': (db, args) => writeSettings(db, args),
  'session.get': (db) => readSession(db),
  'session.set': (db, args) => writeSession(db, args),
  'app.showInFolder': (_db, { path }, env) => ({ shown: env.showInFolder?.(path) ?? false }),
};
