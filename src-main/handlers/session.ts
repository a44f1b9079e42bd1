/**
 * Where the user left off (`session.get` / `session.set`): one JSON value in the settings table, so
 * a restart of the app (or of `regioscan serve` on the same file) opens the same screen, filter,
 * scans and map view. What is stored is read back through the same schema that let it in; a value
 * an older or newer Regioscan wrote that no longer fits is ignored part by part.
 */
import { sessionSchema, type SessionState } from '../../src-shared/contract';
import type { Db } from '../db/open';
import type { DomainHandlers } from './types';

const KEY = 'session';

export function readSession(db: Db): SessionState {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return {};
  let stored: unknown;
  try {
    stored = JSON.parse(row.value);
  } catch {
    return {};
  }
  if (typeof stored !== 'object' || stored === null) return {};
  const kept: Record<string, unknown> = {};
  for (const [part, value] of Object.entries(stored)) {
    const parsed = sessionSchema.safeParse({ [part]: value });
    if (parsed.success) Object.assign(kept, parsed.data);
  }
  return kept as SessionState;
}

export const sessionHandlers: DomainHandlers<'session.get' | 'session.set'> = {
  'session.get': (db) => readSession(db),
  'session.set': (db, args) => {
    const merged = { ...readSession(db), ...args };
    db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(merged));
    return merged;
  },
};
