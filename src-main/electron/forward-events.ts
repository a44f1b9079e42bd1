/** Desktop app: main's app events go to the window's renderer over the one fixed IPC channel (preload: onAppEvent). */
import type { AppEvent } from '../../src-shared/model';
import { APP_EVENT } from '../../src-shared/preload-events';
import { onAppEvent } from '../app-events';
import type { Db } from '../db/open';

export interface EventTarget {
  send(channel: string, event: AppEvent): void;
}

/** Forwards every app event of `db` to the current window (none while it is closed); returns the unsubscribe function. */
export function forwardAppEvents(db: Db, target: () => EventTarget | undefined): () => void {
  return onAppEvent(db, (event) => target()?.send(APP_EVENT, event));
}
