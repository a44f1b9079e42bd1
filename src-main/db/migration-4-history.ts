/**
 * Migration 4: the tables of the change history (docs/history.md). The triggers that fill `history`
 * are not here: src-main/history/triggers-repository.ts creates them as TEMP triggers on the
 * connection that opens a change group, for as long as the group is open, so a write outside a group
 * (an import of 60,000 activities) runs no trigger at all. FROZEN once shipped: a change is migration 5.
 */
export const HISTORY_TABLES = `
-- One user action: an edit, an import, an undo… Everything it changed is in history under its id.
CREATE TABLE change_group (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  at          TEXT    NOT NULL,
  -- The OS user who made it.
  user        TEXT    NOT NULL,
  -- The path: edit, import, roundtrip, mapping, undo, redo, restore, merge, revert, and what later features add.
  origin      TEXT    NOT NULL,
  label       TEXT,
  scan_id     INTEGER,
  -- 0 for a group recorded without per-row history (an import, a restore): undo stops there.
  undoable    INTEGER NOT NULL DEFAULT 1 CHECK (undoable IN (0, 1)),
  -- On an undo: the group it undid; on a redo: the undo it undid. On the group undone (or the undo
  -- redone): the group that did it.
  reverses    INTEGER,
  reversed_by INTEGER
) STRICT;
CREATE INDEX change_group_open ON change_group (reversed_by, origin);

-- One changed field of one row, or a whole row inserted or deleted (triggers-repository.ts).
CREATE TABLE history (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  group_id    INTEGER NOT NULL REFERENCES change_group (id) ON DELETE CASCADE,
  -- The table written and what happened to the row; 'bulk' is a whole scan imported or restored.
  tbl         TEXT    NOT NULL,
  op          TEXT    NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'bulk')),
  -- Whose field it is (activity, initiative, scan, organisation, value), and outside activities how
  -- a history entry names it ('initiative[12]', 'geography[regio-assen]').
  subject     TEXT    NOT NULL,
  subject_id  INTEGER NOT NULL,
  subject_ref TEXT,
  scan_id     INTEGER,
  -- The key --where and --set use (name, sector, reach, extra.<name>…); col is the SQL column.
  field       TEXT    NOT NULL,
  col         TEXT,
  -- As people read them (codes, several joined as the CLI prints them)…
  old         ANY,
  new         ANY,
  -- …and as stored: the column's values (an update), and the row as JSON: whole for an insert or a
  -- delete, its key for an update.
  old_value   ANY,
  new_value   ANY,
  row         TEXT,
  -- Bookkeeping no one edits (a map position, an import report row's link): undone, not listed.
  hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1))
) STRICT;
CREATE INDEX history_group ON history (group_id);
CREATE INDEX history_subject ON history (subject, subject_id);
CREATE INDEX history_scan ON history (scan_id) WHERE scan_id IS NOT NULL;

-- The change group open in the running transaction (exactly one row; group_id NULL outside groups).
CREATE TABLE change_context (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  group_id INTEGER
) STRICT;
INSERT INTO change_context (id, group_id) VALUES (1, NULL);

-- A scan deleted outside a change group takes its rows' history along (their ids come back with a
-- later import), and the groups that leaves empty go too.
CREATE TRIGGER scan_forget_history AFTER DELETE ON scan WHEN (SELECT group_id FROM change_context) IS NULL BEGIN
  DELETE FROM history WHERE scan_id = old.id;
  DELETE FROM change_group WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.group_id = change_group.id);
END;
`;
