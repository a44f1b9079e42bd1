/**
 * Migration 8: presentations (issue 20, docs/presentations.md). A presentation has a title and
 * ordered slides; a slide holds a COPY of the filter it was made from (so it survives the saved
 * filter being renamed or deleted; `filter_name` only says where it came from), the view it shows,
 * the view's options (the map's camera and colour mode, the goal, the earlier scan of a change
 * report), a title and a speaker note. Both tables are tracked by the history triggers while a
 * change group is open (src-main/history/triggers-repository.ts), so every change can be undone.
 * Its own file so it stays apart from the migrations other branches add; the number is this branch's.
 */
import { sqlMigration } from './sql-migration';

export const PRESENTATIONS_MIGRATION = sqlMigration(8, 'presentations', `CREATE TABLE presentation (
      id         INTEGER PRIMARY KEY,
      title      TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      created_at TEXT    NOT NULL,
      updated_at TEXT    NOT NULL
    ) STRICT;
    CREATE TABLE presentation_slide (
      id              INTEGER PRIMARY KEY,
      presentation_id INTEGER NOT NULL REFERENCES presentation (id) ON DELETE CASCADE,
      -- Order within the presentation, from 1 (not unique: a move rewrites positions one by one).
      position        INTEGER NOT NULL CHECK (position >= 1),
      title           TEXT    NOT NULL,
      note            TEXT    NOT NULL DEFAULT '',
      view            TEXT    NOT NULL CHECK (view IN ('list', 'map', 'overview', 'whitespots', 'changes', 'goal', 'impact')),
      -- The filter as JSON (a copy, as saved filters store it).
      filter          TEXT    NOT NULL CHECK (json_valid(filter)),
      -- The saved filter it was copied from, by name, when it came from one.
      filter_name     TEXT,
      -- The view's options as JSON: camera, colourBy, goal, compare.
      options         TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(options))
    ) STRICT;
    CREATE INDEX presentation_slide_order ON presentation_slide (presentation_id, position);`);
