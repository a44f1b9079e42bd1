/**
 * The tables a `.sqlite` export carries and a database merge copies (docs/database-merge.md). ONE
 * list drives both: a table added by a later migration is one more entry here. The order is the
 * order of writing: a table comes after every table its rows point to.
 *
 * Tables that are not listed are not copied: they belong to a database, not to its scans (saved
 * filters, settings, goals, demand tables, presentations), or are a cache that is made again (map positions), or
 * are bookkeeping of the open connection (change_context). FTS5's shadow tables follow activity_text.
 * Mapping rules belong to a database too, but are meant to travel: every rule goes along.
 */

/** Which scans' rows go along: an SQL condition may use `@scans`, a JSON array of scan ids. */
const SCANS = '(SELECT value FROM json_each(@scans))';
const ACTIVITIES = `(SELECT id FROM activity WHERE scan_id IN ${SCANS})`;
const INITIATIVES = `(SELECT id FROM initiative WHERE scan_id IN ${SCANS})`;

export interface TransferTable {
  readonly table: string;
  /** Which of its rows go along: an SQL condition over the table (with `@scans`). */
  readonly where: string;
  /** Columns to read besides `*` (an FTS5 table's rowid). */
  readonly hidden?: readonly string[];
  /** Its own integer key: in a merge the row gets a new one (in an export it keeps it). */
  readonly id?: string;
  /** Columns that hold another listed table's id, remapped through that table's new ids in a merge. */
  readonly refs?: Readonly<Record<string, string>>;
  /**
   * A column that holds the id of a row of the table its sibling column names (history.subject_id by
   * history.subject). A row the merged file no longer has keeps its history under the negative id.
   */
  readonly subjectRef?: { readonly column: string; readonly kind: string; readonly tables: Readonly<Record<string, string>> };
  /** SQL that finds the same row already in the database merged into (named parameters: the row's columns); it is used instead of a copy. */
  readonly match?: string;
  /** Columns a merge sets to a fixed value (history arrives as a record, never replayed). */
  readonly onMerge?: Readonly<Record<string, string | number | null>>;
}

export const TRANSFER_TABLES: readonly TransferTable[] = [
  { table: 'scan', where: `id IN ${SCANS}`, id: 'id' },
  {
    table: 'dimension_value',
    // The whole codebook (so an export is a complete database) and every value the activities use, with its parents (the geography hierarchy).
    where: `kind = 'codebook' OR id IN (WITH RECURSIVE v(id) AS (SELECT value_id FROM activity_value WHERE activity_id IN ${ACTIVITIES}
      UNION SELECT d.parent_id FROM dimension_value d JOIN v ON d.id = v.id WHERE d.parent_id IS NOT NULL) SELECT id FROM v)`,
    id: 'id',
    refs: { parent_id: 'dimension_value' },
    match: `SELECT id FROM dimension_value WHERE dimension = @dimension AND (code = @code OR (code IS NULL AND @code IS NULL AND match_key = @match_key))`,
  },
  {
    table: 'organisation',
    where: `id IN (SELECT organisation_id FROM provider WHERE activity_id IN ${ACTIVITIES})`,
    id: 'id',
    match: 'SELECT id FROM organisation WHERE match_key = @match_key',
  },
  { table: 'initiative', where: `scan_id IN ${SCANS}`, id: 'id', refs: { scan_id: 'scan' } },
  { table: 'activity', where: `scan_id IN ${SCANS}`, id: 'id', refs: { scan_id: 'scan', initiative_id: 'initiative' } },
  { table: 'activity_value', where: `activity_id IN ${ACTIVITIES}`, refs: { activity_id: 'activity', value_id: 'dimension_value' } },
  { table: 'provider', where: `activity_id IN ${ACTIVITIES}`, refs: { activity_id: 'activity', organisation_id: 'organisation' } },
  { table: 'activity_extra', where: `activity_id IN ${ACTIVITIES}`, refs: { activity_id: 'activity' } },
  { table: 'initiative_extra', where: `initiative_id IN ${INITIATIVES}`, refs: { initiative_id: 'initiative' } },
  { table: 'activity_text', where: `rowid IN ${ACTIVITIES}`, hidden: ['rowid'], refs: { rowid: 'activity' } },
  { table: 'import_issue', where: `scan_id IN ${SCANS}`, id: 'id', refs: { scan_id: 'scan', activity_id: 'activity' } },
  {
    table: 'link',
    where: `from_initiative IN ${INITIATIVES} AND to_initiative IN ${INITIATIVES}`,
    id: 'id',
    refs: { from_initiative: 'initiative', to_initiative: 'initiative', from_activity: 'activity', to_activity: 'activity' },
  },
  {
    table: 'survey_file',
    where: `id IN (SELECT file_id FROM survey_response WHERE activity_id IN ${ACTIVITIES})`,
    id: 'id',
    match: 'SELECT id FROM survey_file WHERE sha256 = @sha256',
  },
  { table: 'survey_response', where: `activity_id IN ${ACTIVITIES}`, id: 'id', refs: { file_id: 'survey_file', activity_id: 'activity' } },
  { table: 'survey_answer', where: `response_id IN (SELECT id FROM survey_response WHERE activity_id IN ${ACTIVITIES})`, refs: { response_id: 'survey_response' } },
  {
    table: 'change_group',
    where: `id IN (SELECT group_id FROM history WHERE scan_id IN ${SCANS})`,
    id: 'id',
    refs: { scan_id: 'scan', reverses: 'change_group', reversed_by: 'change_group' },
    // Another database's changes are a record here: undo and "zet terug" stop at them.
    onMerge: { undoable: 0 },
  },
  {
    table: 'history',
    where: `scan_id IN ${SCANS}`,
    id: 'id',
    refs: { group_id: 'change_group', scan_id: 'scan' },
    subjectRef: { column: 'subject_id', kind: 'subject', tables: { activity: 'activity', initiative: 'initiative', scan: 'scan', organisation: 'organisation', value: 'dimension_value' } },
    // The stored values and row snapshots hold the other database's ids: they are not kept.
    onMerge: { old_value: null, new_value: null, row: null },
  },
  // Every mapping rule (migration 7): a rule this database has for the same value or header wins.
  { table: 'mapping_rule', where: '1', id: 'id', match: `SELECT id FROM mapping_rule WHERE kind = @kind AND coalesce(dimension, '') = coalesce(@dimension, '') AND match_key = @match_key` },
];
