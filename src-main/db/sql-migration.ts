/** A migration that runs one SQL script (every migration so far): its number, its name and the script, run as written. */
import type { Migration } from './migrations';

export function sqlMigration(version: number, name: string, sql: string): Migration {
  return { version, name, up: (db) => db.exec(sql) };
}
