/**
 * An error meant for the user: one clear sentence in Dutch and English, and a stable code.
 * Anything else that escapes a handler is a bug and is reported as `internal`.
 */
export class UserError extends Error {
  readonly code: string;
  readonly nl: string;

  constructor(code: string, message: { nl: string; en: string }) {
    super(message.en);
    this.name = 'UserError';
    this.code = code;
    this.nl = message.nl;
  }

  get messages(): { nl: string; en: string } {
    return { nl: this.nl, en: this.message };
  }
}

/**
 * Text a user or a file supplied, fit to quote inside a sentence: control characters and line
 * breaks become `?`, and it is cut at `max` characters. An error never echoes an unbounded string.
 */
export function clip(text: string, max = 60): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** The SQLite result code of a better-sqlite3 error (`SQLITE_FULL`, `SQLITE_READONLY_DIRECTORY`…), if it is one. */
function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/**
 * The sentence for a failure the user can act on that SQLite reports while writing: a full disk, or a
 * file that turned read-only. Every write runs in a transaction, so "nothing changed" holds when these
 * reach the user (SQLite rolls a statement or transaction back on SQLITE_FULL / SQLITE_READONLY).
 * Other errors come back unchanged.
 */
export function asUserError(error: unknown): unknown {
  const code = sqliteCode(error);
  if (code === 'SQLITE_FULL' || (error as NodeJS.ErrnoException | null)?.code === 'ENOSPC') {
    return new UserError('disk-full', {
      nl: 'De schijf is vol: Regioscan heeft niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.',
      en: 'The disk is full: Regioscan changed nothing. Free some space and try again.',
    });
  }
  if (code?.startsWith('SQLITE_READONLY')) {
    return new UserError('database-read-only', {
      nl: 'Regioscan kan niet in het databasebestand of de map ervan schrijven: er is niets gewijzigd.',
      en: 'Regioscan cannot write to the database file or its folder: nothing was changed.',
    });
  }
  return error;
}

/** The one line for an error that is a bug: its message, clipped, never a stack trace. */
export function internalMessage(error: unknown): { nl: string; en: string } {
  const detail = clip((error as Error | null)?.message ?? String(error), 200);
  return { nl: `Er ging iets mis in Regioscan: ${detail}`, en: `Something went wrong in Regioscan: ${detail}` };
}
