/** The note that survives the reload after a restore (session storage of this tab). */
import type { RestoreResult } from '../../../src-shared/model';

const RESTORED_KEY = 'regioscan.restored';

/** Kept for the page that loads after the restore (the app reloads all its data). */
export function rememberRestore(result: RestoreResult): void {
  try {
    sessionStorage.setItem(RESTORED_KEY, JSON.stringify(result));
  } catch {
    // Without session storage the reload simply shows no note.
  }
}

/** The restore that just happened, once. */
export function takeRestoreNote(): RestoreResult | null {
  try {
    const raw = sessionStorage.getItem(RESTORED_KEY);
    sessionStorage.removeItem(RESTORED_KEY);
    return raw ? (JSON.parse(raw) as RestoreResult) : null;
  } catch {
    return null;
  }
}
