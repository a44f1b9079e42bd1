/**
 * Numbered schema migrations. Migration N brings `PRAGMA user_version` from N-1 to N; each runs in
 * its own transaction (see migrate.ts). Never edit a migration that has shipped: add a new one.
 */
import type { Database } from 'better-sqlite3';
import { HISTORY_TABLES } from './migration-4-history';
import { LINKS_MIGRATION } from './migration-5-links';
import { surveysMigration } from './migration-6-surveys';
import { MAPPINGS_MIGRATION } from './migration-7-mappings';
import { PRESENTATIONS_MIGRATION } from './migration-8-presentations';
import { sqlMigration } from './sql-migration';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database) => void;
}

const initialSchema = `
CREATE TABLE scan (
  id            INTEGER PRIMARY KEY,
  region        TEXT    NOT NULL,
  year          INTEGER,
  title         TEXT    NOT NULL,
  performed_by  TEXT,
  source        TEXT,
  notes         TEXT,
  source_file   TEXT,
  source_sha256 TEXT,
  imported_at   TEXT    NOT NULL,
  is_sample     INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1))
) STRICT;
CREATE INDEX scan_region_year ON scan (region, year);

CREATE TABLE initiative (
  id          INTEGER PRIMARY KEY,
  scan_id     INTEGER NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
  name        TEXT    NOT NULL,
  description TEXT,
  website     TEXT,
  start_year  INTEGER,
  home_region TEXT,
  UNIQUE (scan_id, name)
) STRICT;

CREATE TABLE activity (
  id            INTEGER PRIMARY KEY,
  scan_id       INTEGER NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
  initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  name          TEXT    NOT NULL,
  description   TEXT,
  start_year    INTEGER,
  -- Reach: NULL means unknown, never zero.
  reach         INTEGER,
  reach_unit    TEXT,
  reach_source  TEXT,
  source_sheet  TEXT,
  source_row    INTEGER,
  UNIQUE (initiative_id, name)
) STRICT;
CREATE INDEX activity_scan ON activity (scan_id);

-- Every value a dimension can take: the codebook (closed lists, seeded from src-shared/codebook),
-- open-list entries that workbooks add (goal, application, technology, geography), and unmapped
-- values kept verbatim (kind = 'unmapped', code NULL).
CREATE TABLE dimension_value (
  id        INTEGER PRIMARY KEY,
  dimension TEXT    NOT NULL,
  code      TEXT,
  label_nl  TEXT    NOT NULL,
  label_en  TEXT    NOT NULL,
  kind      TEXT    NOT NULL CHECK (kind IN ('codebook', 'open', 'unmapped')),
  group_key TEXT,
  parent_id INTEGER REFERENCES dimension_value (id),
  generic   INTEGER NOT NULL DEFAULT 0 CHECK (generic IN (0, 1)),
  sort      INTEGER NOT NULL DEFAULT 0,
  -- Folded text used to match unmapped and open values again on the next import.
  match_key TEXT    NOT NULL
) STRICT;
CREATE UNIQUE INDEX dimension_value_code ON dimension_value (dimension, code) WHERE code IS NOT NULL;
CREATE UNIQUE INDEX dimension_value_unmapped ON dimension_value (dimension, match_key) WHERE code IS NULL;

-- The coded values of an activity, one row per (activity, value). Single-valued dimensions
-- (type, geography, effort) live here too, so every filter is the same query shape.
CREATE TABLE activity_value (
  activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
  value_id    INTEGER NOT NULL REFERENCES dimension_value (id),
  PRIMARY KEY (activity_id, value_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX activity_value_by_value ON activity_value (value_id, activity_id);

CREATE TABLE organisation (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL,
  -- Case- and spacing-folded name: "Hanzehogeschool  groningen" is the same organisation.
  match_key TEXT NOT NULL UNIQUE,
  type      TEXT
) STRICT;

CREATE TABLE provider (
  activity_id     INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisation (id),
  role            TEXT    NOT NULL,
  PRIMARY KEY (activity_id, organisation_id, role)
) STRICT, WITHOUT ROWID;
CREATE INDEX provider_by_organisation ON provider (organisation_id, role, activity_id);

CREATE TABLE import_issue (
  id          INTEGER PRIMARY KEY,
  scan_id     INTEGER NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
  severity    TEXT    NOT NULL CHECK (severity IN ('error', 'warning', 'unmapped')),
  -- Message code and parameters (src-shared/import-messages.ts), so the UI can show either language.
  code        TEXT    NOT NULL,
  params      TEXT    NOT NULL DEFAULT '{}',
  sheet       TEXT,
  row         INTEGER,
  col         TEXT,
  value       TEXT,
  message     TEXT    NOT NULL,
  activity_id INTEGER REFERENCES activity (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX import_issue_scan ON import_issue (scan_id);
CREATE INDEX import_issue_activity ON import_issue (activity_id) WHERE activity_id IS NOT NULL;

CREATE TABLE saved_filter (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  note       TEXT,
  filter     TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Full-text search over activity and initiative names and descriptions.
CREATE VIRTUAL TABLE activity_text USING fts5 (
  name, description, initiative, initiative_description,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER activity_text_delete AFTER DELETE ON activity BEGIN
  DELETE FROM activity_text WHERE rowid = old.id;
END;
`;

export const MIGRATIONS: readonly Migration[] = [
  sqlMigration(1, 'initial schema', initialSchema),
  // Positions per set of scans ("1,4"), so the Ecosysteemkaart looks the same next time.
  sqlMigration(
    2,
    'graph layout positions',
    `CREATE TABLE graph_position (
        scan_key      TEXT    NOT NULL,
        initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
        x             REAL    NOT NULL,
        y             REAL    NOT NULL,
        PRIMARY KEY (scan_key, initiative_id)
      ) STRICT, WITHOUT ROWID;`,
  ),
  // Columns a workbook has that the importer does not know (or that have no header) are kept as
  // extra fields of each activity or initiative, named after the header (or "Kolom R"), and are
  // searchable: activity_text gets a column for them. An FTS5 table cannot take a new column, so
  // it is made again and filled from the tables it mirrors.
  sqlMigration(
    3,
    'extra fields',
    `CREATE TABLE activity_extra (
        activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        name        TEXT    NOT NULL,
        value       TEXT    NOT NULL,
        -- The column's place among the scan's extra columns (the workbook's order).
        position    INTEGER NOT NULL,
        PRIMARY KEY (activity_id, name)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE initiative_extra (
        initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
        name          TEXT    NOT NULL,
        value         TEXT    NOT NULL,
        position      INTEGER NOT NULL,
        PRIMARY KEY (initiative_id, name)
      ) STRICT, WITHOUT ROWID;
      DROP TRIGGER activity_text_delete;
      DROP TABLE activity_text;
      CREATE VIRTUAL TABLE activity_text USING fts5 (
        name, description, initiative, initiative_description, extra,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO activity_text (rowid, name, description, initiative, initiative_description, extra)
        SELECT a.id, a.name, coalesce(a.description, ''), i.name, coalesce(i.description, ''), ''
        FROM activity a JOIN initiative i ON i.id = a.initiative_id;
      CREATE TRIGGER activity_text_delete AFTER DELETE ON activity BEGIN
        DELETE FROM activity_text WHERE rowid = old.id;
      END;`,
  ),
  // Change groups and a history row per changed field, written by triggers that exist while a group
  // is open (migration-4-history.ts, src-main/history/, docs/history.md).
  sqlMigration(4, 'change history', HISTORY_TABLES),
  LINKS_MIGRATION,
  surveysMigration,
  MAPPINGS_MIGRATION,
  PRESENTATIONS_MIGRATION,
];

/** The highest version (not the count: numbers may have gaps while branches are merged). */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
