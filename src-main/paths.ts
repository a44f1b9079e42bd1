/**
 * Where the data file lives. The desktop app and the CLI agree: the OS's per-user application-data
 * folder + `Regioscan/regioscan.sqlite` (what Electron calls `userData` for this app), unless
 * `--db PATH` or the `REGIOSCAN_DB` environment variable says otherwise.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_FOLDER = 'Regioscan';
export const DATABASE_FILE = 'regioscan.sqlite';

export function appDataFolder(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
}

export function defaultDatabasePath(platform = process.platform, env = process.env): string {
  return join(appDataFolder(platform, env), APP_FOLDER, DATABASE_FILE);
}

/** `--db` wins over `REGIOSCAN_DB`, which wins over the default. */
export function resolveDatabasePath(flag: string | undefined, env = process.env): string {
  if (flag) return resolve(flag);
  if (env.REGIOSCAN_DB) return resolve(env.REGIOSCAN_DB);
  return defaultDatabasePath(process.platform, env);
}

/** The value of `--db PATH` or `--db=PATH` in a command line, if any. */
export function dbFlag(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--db');
  if (index >= 0) return argv[index + 1];
  return argv.find((a) => a.startsWith('--db='))?.slice('--db='.length);
}
