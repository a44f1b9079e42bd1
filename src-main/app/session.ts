/**
 * Where the user left off (`session.get` / `session.set`): one JSON value in the settings table, so
 * a restart of the app (or of `regioscan serve` on the same file) opens the same screen, filter,
 * scans and map view. What is stored is read back through the same schema that let it in; a value
 * an older or newer Regioscan wrote that no longer fits is ignored part by part.
 */
import { sessionSchema, type SessionState } from '../../src-shared/contract';
import type { Db } from '../db/open';
import { setSettingValue, settingValue } from './repository';

const KEY = 'session';

export function readSession(db: Db): SessionState {
  const text = settingValue(db, KEY);
  if (text === undefined) return {};
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof stored !== 'object' || stored === null) return {};
  let kept: SessionState = {};
  for (const [part, value] of Object.entries(stored)) {
    const parsed = sessionSchema.safeParse({ [part]: value });
    if (parsed.success) kept = { ...kept, ...parsed.data };
  }
  return kept;
}

/** Merges `change` into what is stored and returns the whole. */
export function writeSession(db: Db, change: SessionState): SessionState {
  const merged = { ...readSession(db), ...change };
  setSettingValue(db, KEY, JSON.stringify(merged));
  return merged;
}
