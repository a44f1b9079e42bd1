import type { Settings } from '../../src-shared/model';
import { databaseDamage, databaseFile, readOnlyCopy } from '../db/health';
import { schemaVersion } from '../db/migrate';
import { newestGoodBackup } from '../db/restore';
import type { Db } from '../db/open';
import type { DomainHandlers } from './types';

const DEFAULT_SETTINGS: Settings = { language: 'nl', colorScheme: 'light' };

export function readSettings(db: Db): Settings {
  const rows = db.prepare(`SELECT key, value FROM setting WHERE key IN ('language', 'colorScheme')`).all() as {
    key: keyof Settings;
    value: string;
  }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return {
    language: stored.language === 'en' ? 'en' : DEFAULT_SETTINGS.language,
    colorScheme: stored.colorScheme === 'dark' ? 'dark' : DEFAULT_SETTINGS.colorScheme,
  };
}

function safeSchemaVersion(db: Db): number {
  try {
    return schemaVersion(db);
  } catch {
    return 0;
  }
}

export const appHandlers: DomainHandlers<'app.info' | 'settings.get' | 'settings.set'> = {
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
  'settings.set': (db, args) => {
    const put = db.prepare(`INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
    db.transaction(() => {
      for (const [key, value] of Object.entries(args)) if (value !== undefined) put.run(key, JSON.stringify(value));
    })();
    return readSettings(db);
  },
};
