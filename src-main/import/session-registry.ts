/** The import sessions of each database connection (one registry per connection), and what a restore needs of them. */
import { emitAppEvent } from '../app-events';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import type { HandlerEnv } from '../rpc/types';
import { ImportSessions } from './sessions';

const registry = new WeakMap<Db, ImportSessions>();

export function sessions(db: Db, env: HandlerEnv): ImportSessions {
  let s = registry.get(db);
  if (!s) {
    // Every change of a session's status is pushed to the renderer (IPC or serve's /events stream).
    s = new ImportSessions(db, env.importWorker, (status) => emitAppEvent(db, { type: 'import-status', status }));
    registry.set(db, s);
  }
  return s;
}

/** Before a restore: refuses while an import writes, cancels the others (their previews go stale). */
export function cancelImportsForRestore(db: Db): void {
  const s = registry.get(db);
  if (s?.writing()) {
    throw new UserError('busy', { nl: 'Er wordt nog een import geschreven; probeer het terugzetten zo opnieuw.', en: 'An import is still being written; try the restore again shortly.' });
  }
  s?.cancelAll();
}
