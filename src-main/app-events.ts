/**
 * Events main pushes to the renderer (see `AppEvent` in src-shared/model.ts), per database
 * connection. The desktop app forwards them over IPC (preload: `regioscanEvents.onAppEvent`),
 * `regioscan serve` over its authenticated `GET /events` stream; the renderer reads both through
 * `api/events.ts` and never knows which.
 */
import type { AppEvent } from '../src-shared/model';
import type { Db } from './db/open';

export type AppEventListener = (event: AppEvent) => void;

const listeners = new WeakMap<Db, Set<AppEventListener>>();

/** Subscribes to this database's events; returns the unsubscribe function. */
export function onAppEvent(db: Db, listener: AppEventListener): () => void {
  let set = listeners.get(db);
  if (!set) {
    set = new Set();
    listeners.set(db, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}

/** Tells every subscriber; one that throws (a closed window, a dropped stream) does not stop the others. */
export function emitAppEvent(db: Db, event: AppEvent): void {
  for (const listener of [...(listeners.get(db) ?? [])]) {
    try {
      listener(event);
    } catch {
      // A listener's failure is its own; the event still reaches the rest.
    }
  }
}

/** How many subscribers this database has (a closed stream or window must leave none behind). */
export function appEventListenerCount(db: Db): number {
  return listeners.get(db)?.size ?? 0;
}
