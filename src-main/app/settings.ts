/** The UI's settings (language, colour scheme), with their defaults. */
import type { Settings } from '../../src-shared/model';
import type { Db } from '../db/open';
import { setSettingValues, settingValue } from './repository';

const DEFAULT_SETTINGS: Settings = { language: 'nl', colorScheme: 'light' };

function stored(db: Db, key: keyof Settings): unknown {
  const text = settingValue(db, key);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

export function readSettings(db: Db): Settings {
  return {
    language: stored(db, 'language') === 'en' ? 'en' : DEFAULT_SETTINGS.language,
    colorScheme: stored(db, 'colorScheme') === 'dark' ? 'dark' : DEFAULT_SETTINGS.colorScheme,
  };
}

/** Stores the settings given (the others keep their value) and returns them all. */
export function writeSettings(db: Db, change: Partial<Settings>): Settings {
  setSettingValues(db, Object.entries(change).flatMap(([key, value]) => (value === undefined ? [] : [[key, JSON.stringify(value)] as const])));
  return readSettings(db);
}
