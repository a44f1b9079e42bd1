/**
 * Migration 7: reusable mapping rules (issue 16, docs/mappings.md). A value rule says that a cell
 * value of one dimension means a code; a column rule says where a workbook header goes. Both are
 * matched the way the importer matches: a value by its folded text (codebook foldKey, the key
 * dimension_value.match_key and the import's value rules use), a header by the mapping step's rule
 * key. Every later import into this database applies them. The table is tracked by the history
 * triggers, so undoing a mapping takes its rule back too.
 *
 * Where an unmapped value came from (sheet, column, scan) is already stored per occurrence in
 * import_issue (severity 'unmapped', with its activity), so nothing is added for that.
 */
import { sqlMigration } from './sql-migration';

export const MAPPINGS_MIGRATION = sqlMigration(7, 'mapping rules', `CREATE TABLE mapping_rule (
      id         INTEGER PRIMARY KEY,
      kind       TEXT    NOT NULL CHECK (kind IN ('value', 'column')),
      -- A value rule's dimension key (sector, type, …); NULL for a column rule.
      dimension  TEXT,
      -- The cell value or the header as the user gave it.
      source     TEXT    NOT NULL,
      -- How it is matched: the folded value, or the header's rule key.
      match_key  TEXT    NOT NULL CHECK (match_key <> ''),
      -- The code (a value rule) or the column target (a column rule: a field, dimension, role:… or extra).
      target     TEXT    NOT NULL,
      created_at TEXT    NOT NULL,
      CHECK ((kind = 'value') = (dimension IS NOT NULL))
    ) STRICT;
    CREATE UNIQUE INDEX mapping_rule_key ON mapping_rule (kind, coalesce(dimension, ''), match_key);`);
