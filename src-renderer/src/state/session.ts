/**
 * Where the user left off — screen, active filter, selected scans, map view — kept in main's
 * database (`session.get` / `session.set`), so it comes back after a restart of the app or of
 * `regioscan serve`. Read once at the start; changes are gathered for a moment and sent as one
 * merge; a read-only or damaged database refuses, which only means the place is not remembered.
 */
import type { SessionState } from '../../../src-shared/contract';
import { api } from '../api/client';

export type { SessionState } from '../../../src-shared/contract';

const SAVE_DELAY_MS = 250;

let pending: SessionState = {};
let timer: ReturnType<typeof setTimeout> | undefined;
/** What was loaded, with every change since: what a screen opened now should come back to. */
let current: SessionState = {};

/** The session as it was stored (read once, by AppStateProvider): changes made since loading win. */
export function adoptLoadedSession(session: SessionState): SessionState {
  current = { ...session, ...current };
  return session;
}

/** The place as it is now (loaded, plus what changed since). */
export function currentSession(): SessionState {
  return current;
}

/** Sends what is waiting at once (also when the window goes away). */
export function flushSession(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (Object.keys(pending).length === 0) return;
  const patch = pending;
  pending = {};
  api.invoke('session.set', patch).catch(() => undefined);
}

export function saveSession(patch: SessionState): void {
  pending = { ...pending, ...patch };
  current = { ...current, ...patch };
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(flushSession, SAVE_DELAY_MS);
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', flushSession);
