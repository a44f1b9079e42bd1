/**
 * Migration 6: survey responses (impact per knelpunt), regional goals and demand tables (issue 19).
 * Its own file so that it stays apart from the migrations other branches add (4, 5); the lead
 * renumbers it at merge if needed.
 */
import { sqlMigration } from './sql-migration';

const schema = `
-- One imported response workbook, known by the SHA-256 of its bytes: the same file twice is one file.
CREATE TABLE survey_file (
  id          INTEGER PRIMARY KEY,
  sha256      TEXT    NOT NULL UNIQUE,
  file_name   TEXT    NOT NULL,
  -- The round it belongs to (vooraf, tijdens, achteraf, a date…); NULL when none was given.
  round       TEXT,
  -- Responses written with it: when a deleted or replaced scan took some of them along, the same
  -- file may be imported again (it replaces what is left of it).
  responses   INTEGER NOT NULL DEFAULT 0,
  imported_at TEXT    NOT NULL
) STRICT;

-- One participant's row: several rows with one activity id are several responses.
CREATE TABLE survey_response (
  id          INTEGER PRIMARY KEY,
  file_id     INTEGER NOT NULL REFERENCES survey_file (id) ON DELETE CASCADE,
  activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
  -- The row as the spreadsheet numbers it.
  source_row  INTEGER NOT NULL,
  -- "Volgende stap": where the participant went next, as written.
  next_step   TEXT
) STRICT;
CREATE INDEX survey_response_activity ON survey_response (activity_id);
CREATE INDEX survey_response_file ON survey_response (file_id);

-- One answer per knelpunt: a score 1–5, or NULL for n.v.t. (not a score).
CREATE TABLE survey_answer (
  response_id INTEGER NOT NULL REFERENCES survey_response (id) ON DELETE CASCADE,
  bottleneck  TEXT    NOT NULL,
  score       INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),
  PRIMARY KEY (response_id, bottleneck)
) STRICT, WITHOUT ROWID;

-- A regional goal: a named filter (JSON, as saved filters store it) with an optional target.
CREATE TABLE goal (
  id         INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL UNIQUE COLLATE NOCASE,
  filter     TEXT    NOT NULL,
  target     INTEGER CHECK (target IS NULL OR target >= 0),
  min_reach  INTEGER CHECK (min_reach IS NULL OR min_reach >= 0),
  created_at TEXT    NOT NULL
) STRICT;

-- One imported demand table (mkb survey, first-line organisations, sector monitor), by content hash.
CREATE TABLE demand_file (
  id          INTEGER PRIMARY KEY,
  sha256      TEXT    NOT NULL UNIQUE,
  file_name   TEXT    NOT NULL,
  imported_at TEXT    NOT NULL
) STRICT;

-- Demand rows in codebook codes: sector and knelpunt always, size and form when the table has them.
CREATE TABLE demand_row (
  id         INTEGER PRIMARY KEY,
  file_id    INTEGER NOT NULL REFERENCES demand_file (id) ON DELETE CASCADE,
  source     TEXT,
  sector     TEXT    NOT NULL,
  size       TEXT,
  form       TEXT,
  bottleneck TEXT    NOT NULL,
  weight     REAL    NOT NULL CHECK (weight >= 0),
  source_row INTEGER NOT NULL
) STRICT;
CREATE INDEX demand_row_file ON demand_row (file_id);
`;

export const surveysMigration = sqlMigration(6, 'surveys, goals and demand', schema);
