/**
 * Migration 5: links between initiatives (and their activities) of two scans (issue 17, docs/links.md).
 *
 * NUMBERING NOTE: migration 4 (history) is being added on another branch. This one is numbered 5 on
 * purpose; until migration 4 is on main, migrations.ts registers it right after migration 3 and the
 * lead renumbers or reorders at merge (the table does not depend on migration 4).
 *
 * A row is a decision the user made (confirmed or rejected) or a link kept as computed (auto,
 * proposed). `from_initiative`/`to_initiative` are always set; an activity link also names the two
 * activities, and its initiatives are theirs. Deleting a scan, initiative or activity deletes its links.
 */
import { sqlMigration } from './sql-migration';

export const LINKS_MIGRATION = sqlMigration(5, 'links across scans', `CREATE TABLE link (
      id              INTEGER PRIMARY KEY,
      kind            TEXT    NOT NULL CHECK (kind IN ('initiative', 'activity')),
      from_initiative INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
      to_initiative   INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
      from_activity   INTEGER REFERENCES activity (id) ON DELETE CASCADE,
      to_activity     INTEGER REFERENCES activity (id) ON DELETE CASCADE,
      status          TEXT    NOT NULL CHECK (status IN ('auto', 'proposed', 'confirmed', 'rejected')),
      score           REAL,
      -- The evidence when decided: a JSON array of {kind, detail, weight}.
      reasons         TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)),
      decided_at      TEXT,
      CHECK (from_initiative <> to_initiative),
      CHECK ((kind = 'initiative') = (from_activity IS NULL AND to_activity IS NULL)),
      CHECK ((from_activity IS NULL) = (to_activity IS NULL))
    ) STRICT;
    CREATE UNIQUE INDEX link_initiatives ON link (from_initiative, to_initiative) WHERE kind = 'initiative';
    CREATE UNIQUE INDEX link_activities ON link (from_activity, to_activity) WHERE kind = 'activity';
    CREATE INDEX link_to ON link (to_initiative);`);
