/** The history commands' entries in `regioscan --help` (src-main/cli/usage.ts lists them with the others). */
export const HISTORY_USAGE = {
  history: {
    synopsis: 'history [ACTIVITY_ID] [--scan ID] [--json]',
    summary: `The change history, oldest first (of one activity, or one scan): each change
with when, the OS user, its origin (edit, import, undo…), the field as
--where names it and its old and new value (JSON keys: change, at, user,
origin, activity, field, old, new). An import is one entry per scan`,
  },
  undo: {
    synopsis: 'undo [--json]',
    summary: `Undo the newest change group (one edit, one round trip…), also after a
restart; says so when there is nothing to undo (exit 0). Refused (exit 2,
nothing changed) at an import or restore, or when a row changed since`,
  },
  redo: {
    synopsis: 'redo [--json]',
    summary: `Redo what the newest undo undid, as long as no new change came after it
(exit 0 also when there is nothing to redo)`,
  },
  revert: {
    synopsis: 'revert CHANGE [--json]',
    summary: `"Zet terug": put back one change from 'regioscan history' (one field of one
row, or a row added or deleted), if that row has not changed since`,
  },
} as const;
