/**
 * The `setting` table: one JSON value per key (the UI's settings, where the user left off, the
 * window's place, whether the sample was loaded). The only SQL on it.
 */
import type { Db } from '../db/open';
import { statements } from '../db/statements';

const sql = statements({
  get: { sql: 'SELECT value FROM setting WHERE key = ?', mode: 'pluck' },
  put: 'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
});

/** The stored text of a setting, or undefined when there is none. */
export function settingValue(db: Db, key: string): string | undefined {
  return sql(db).get.get(key) as string | undefined;
}

export function setSettingValue(db: Db, key: string, value: string): void {
  sql(db).put.run(key, value);
}

/** Several settings in one transaction. */
export function setSettingValues(db: Db, entries: readonly (readonly [string, string])[]): void {
  const put = sql(db).put;
  db.transaction(() => {
    for (const [key, value] of entries) put.run(key, value);
  })();
}
