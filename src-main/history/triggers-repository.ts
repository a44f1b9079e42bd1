/**
 * The triggers that write the change history (docs/history.md), after the sqlite-history pattern —
 * AFTER triggers on every table a user edit touches write a row per change — with what our model
 * needs on top: a row per changed FIELD holding both the old and the new value (sqlite-history keeps
 * the new value and a bit mask of changed columns, and its `old != new` misses changes to and from
 * NULL; here it is `IS NOT`), the field under the key `--where`/`--set` use, the value as people read
 * it (codes, several joined as the CLI prints them) next to the stored value an undo writes back,
 * whole-row snapshots of inserts and deletes, and every row tied to its change group.
 *
 * They are TEMP triggers, created on the connection that opens a change group and dropped when it
 * closes, inside the group's own transaction (a failure rolls them back with everything else). So a
 * write outside a group — an import of 60,000 activities, by this connection or the import worker's —
 * runs no trigger at all (a WHEN guard on permanent triggers made that write phase 1.7× slower).
 *
 * While a group is open the same triggers keep the search text (activity_text) in step with the rows
 * it mirrors, so an edit, an undo and a redo leave it as an import would have written it.
 *
 * Every column of a tracked table is tracked (the ones nobody edits hidden), so an undo restores rows
 * exactly; tests/unit/history-triggers.test.ts fails when a migration adds a column this file misses.
 */
import { historyTracking as tracking } from '../activities';
import type { Db } from '../db/open';

/** The open change group's id (src-main/history/repository.ts sets it). */
const GROUP = '(SELECT group_id FROM change_context)';

type Ref = 'new' | 'old';

const json = (columns: readonly string[], r: Ref) => `json_object(${columns.map((c) => `'${c}', ${r}.${c}`).join(', ')})`;
const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
/** The key `--where`/`--set` use for an edited column: its name in camelCase, a reference without `_id` (scan_id → scan). */
const fieldKey = (column: string) => camel(column.replace(/_id$/, ''));

interface HistoryRecord {
  tbl: string;
  op: 'insert' | 'update' | 'delete';
  subject: 'activity' | 'initiative' | 'scan' | 'organisation' | 'value' | 'goal' | 'mapping' | 'presentation' | 'slide';
  subjectId: string;
  subjectRef?: string;
  scan: string;
  field: string;
  col?: string;
  old?: string;
  new?: string;
  oldValue?: string;
  newValue?: string;
  row: string;
  hidden?: boolean;
  where?: string;
}

function record(r: HistoryRecord): string {
  const values = [
    GROUP, `'${r.tbl}'`, `'${r.op}'`, `'${r.subject}'`, r.subjectId, r.subjectRef ?? 'NULL', r.scan, r.field,
    r.col ? `'${r.col}'` : 'NULL', r.old ?? 'NULL', r.new ?? 'NULL', r.oldValue ?? 'NULL', r.newValue ?? 'NULL', r.row, r.hidden ? '1' : '0',
  ];
  return `INSERT INTO history (group_id, tbl, op, subject, subject_id, subject_ref, scan_id, field, col, old, new, old_value, new_value, row, hidden)
    SELECT ${values.join(', ')}${r.where ? ` WHERE ${r.where}` : ''};`;
}

/** Each trigger with the table it is on (a trigger is created only where its table exists). */
const names: { name: string; table: string }[] = [];

function trigger(name: string, event: string, table: string, body: readonly string[], timing = 'AFTER'): string {
  names.push({ name: `history_${name}`, table });
  return `CREATE TEMP TRIGGER history_${name} ${timing} ${event} ON main.${table} BEGIN\n  ${body.join('\n  ')}\nEND;`;
}

/** A row with an `id`: its creation and deletion as snapshots, and one history row per changed column. */
interface Entity {
  table: string;
  subject: HistoryRecord['subject'];
  columns: readonly string[];
  /** The field of its creation/deletion entry; by default the subject. */
  createdField?: string;
  /** What people read for the row; by default its `name`. */
  shownRow?: (r: Ref) => string;
  /** How the CLI refers to the row; by default `subject[id]`. */
  ref?: (r: Ref) => string;
  /** The scan the row belongs to; by default none. */
  scan?: (r: Ref) => string;
  /** Columns people edit (recorded under their fieldKey); every other column is tracked hidden. */
  edited: readonly string[];
  /** What people read for an edited column whose stored value is an id (a name instead). */
  shown?: Readonly<Partial<Record<string, (r: Ref) => string>>>;
  /** Also run after a deletion (the children a cascade deleted first get the scan they lost). */
  afterDelete?: readonly string[];
}

function entityTriggers(e: Entity): string[] {
  const ref = e.ref ?? ((r: Ref) => `'${e.subject}[' || ${r}.id || ']'`);
  const base = (r: Ref) => ({ tbl: e.table, subject: e.subject, subjectId: `${r}.id`, subjectRef: ref(r), scan: e.scan?.(r) ?? 'NULL' });
  const created = { field: `'${e.createdField ?? e.subject}'`, shown: e.shownRow ?? ((r: Ref) => `${r}.name`) };
  const updates = e.columns
    .filter((c) => c !== 'id')
    .map((column) => {
      const edited = e.edited.includes(column);
      const shown = e.shown?.[column];
      return record({
        ...base('new'),
        op: 'update',
        field: `'${edited ? fieldKey(column) : camel(column)}'`,
        col: column,
        old: shown ? shown('old') : `old.${column}`,
        new: shown ? shown('new') : `new.${column}`,
        oldValue: `old.${column}`,
        newValue: `new.${column}`,
        row: `json_object('id', new.id)`,
        hidden: !edited,
        where: `old.${column} IS NOT new.${column}`,
      });
    });
  return [
    trigger(`${e.table}_track_insert`, 'INSERT', e.table, [record({ ...base('new'), op: 'insert', field: created.field, new: created.shown('new'), row: json(e.columns, 'new') })]),
    trigger(`${e.table}_track_update`, 'UPDATE', e.table, updates),
    trigger(`${e.table}_track_delete`, 'DELETE', e.table, [record({ ...base('old'), op: 'delete', field: created.field, old: created.shown('old'), row: json(e.columns, 'old') }), ...(e.afterDelete ?? [])]),
  ];
}

const ACTIVITY_COLUMNS = ['id', 'scan_id', 'initiative_id', 'name', 'description', 'start_year', 'reach', 'reach_unit', 'reach_source', 'source_sheet', 'source_row'];
const INITIATIVE_COLUMNS = ['id', 'scan_id', 'name', 'description', 'website', 'start_year', 'home_region'];
const SCAN_COLUMNS = ['id', 'region', 'year', 'title', 'performed_by', 'source', 'notes', 'source_file', 'source_sha256', 'imported_at', 'is_sample'];
const ORGANISATION_COLUMNS = ['id', 'name', 'match_key', 'type'];
const VALUE_COLUMNS = ['id', 'dimension', 'code', 'label_nl', 'label_en', 'kind', 'group_key', 'parent_id', 'generic', 'sort', 'match_key'];
const GOAL_COLUMNS = ['id', 'name', 'filter', 'target', 'min_reach', 'created_at'];
const MAPPING_RULE_COLUMNS = ['id', 'kind', 'dimension', 'source', 'match_key', 'target', 'created_at'];
const PRESENTATION_COLUMNS = ['id', 'title', 'created_at', 'updated_at'];
const SLIDE_COLUMNS = ['id', 'presentation_id', 'position', 'title', 'note', 'view', 'filter', 'filter_name', 'options'];

/** Children a cascade deleted before their parent's own trigger ran could not look the scan up. */
const fillScan = (subject: string) => `UPDATE history SET scan_id = old.scan_id WHERE group_id = ${GROUP} AND subject = '${subject}' AND subject_id = old.id AND scan_id IS NULL;`;

const ENTITIES = (): readonly Entity[] => [
  {
    table: 'activity',
    subject: 'activity',
    columns: ACTIVITY_COLUMNS,
    ref: () => 'NULL',
    scan: (r) => `${r}.scan_id`,
    edited: ['name', 'description', 'start_year', 'reach', 'reach_unit', 'reach_source', 'initiative_id', 'scan_id'],
    shown: { initiative_id: tracking.initiativeName },
    afterDelete: [fillScan('activity')],
  },
  {
    table: 'initiative',
    subject: 'initiative',
    columns: INITIATIVE_COLUMNS,
    scan: (r) => `${r}.scan_id`,
    edited: ['name', 'description', 'website', 'start_year', 'home_region', 'scan_id'],
    afterDelete: [fillScan('initiative')],
  },
  { table: 'scan', subject: 'scan', columns: SCAN_COLUMNS, shownRow: (r) => `${r}.title`, scan: (r) => `${r}.id`, edited: ['region', 'year', 'title', 'performed_by', 'source', 'notes'] },
  { table: 'organisation', subject: 'organisation', columns: ORGANISATION_COLUMNS, edited: ['name', 'type'] },
  {
    // Codebook, open-list and unmapped values; `parent` is a geography name's place in the hierarchy.
    table: 'dimension_value',
    subject: 'value',
    columns: VALUE_COLUMNS,
    shownRow: (r) => `coalesce(${r}.code, ${r}.label_nl)`,
    ref: (r) => `${r}.dimension || '[' || coalesce(${r}.code, ${r}.label_nl) || ']'`,
    edited: ['parent_id', 'code', 'label_nl', 'label_en', 'kind'],
    shown: { parent_id: tracking.parentValue },
  },
  // A regional goal (beleidsdoel, docs/goals.md): its name, filter (JSON), target and minimum reach.
  { table: 'goal', subject: 'goal', columns: GOAL_COLUMNS, edited: ['name', 'filter', 'target', 'min_reach'] },
  {
    // Mapping rules (migration 7, docs/mappings.md): undoing a mapping takes its rule back too.
    table: 'mapping_rule',
    subject: 'mapping',
    columns: MAPPING_RULE_COLUMNS,
    createdField: 'rule',
    shownRow: (r) => `${r}.target`,
    ref: (r) => `'mapping[' || coalesce(${r}.dimension, 'column') || ':' || ${r}.source || ']'`,
    edited: ['target'],
  },
  // Presentations and their slides (migration 8, docs/presentations.md): no scan of their own.
  { table: 'presentation', subject: 'presentation', columns: PRESENTATION_COLUMNS, shownRow: (r) => `${r}.title`, edited: ['title'] },
  {
    table: 'presentation_slide',
    subject: 'slide',
    columns: SLIDE_COLUMNS,
    shownRow: (r) => `${r}.title`,
    ref: (r) => `'presentation[' || ${r}.presentation_id || '].slide[' || ${r}.id || ']'`,
    edited: ['position', 'title', 'note', 'view', 'filter', 'options'],
  },
];

function setTriggers(): string[] {
  const dim = tracking.valueDimension;
  const value = (r: Ref, op: 'insert' | 'delete', old: string, now: string) =>
    record({ tbl: 'activity_value', op, subject: 'activity', subjectId: `${r}.activity_id`, scan: tracking.activityScan(r), field: dim(r), old, new: now, row: json(['activity_id', 'value_id'], r) });
  const provider = (r: Ref, op: 'insert' | 'delete', old: string, now: string) =>
    record({ tbl: 'provider', op, subject: 'activity', subjectId: `${r}.activity_id`, scan: tracking.activityScan(r), field: tracking.providerField(r), old, new: now, row: json(['activity_id', 'organisation_id', 'role'], r) });
  // Coded values and providers are added and removed, never updated in place inside a change group.
  const noUpdate = (table: string) => trigger(`${table}_track_no_update`, 'UPDATE', table, [`SELECT RAISE(ABORT, 'inside a change group ${table} rows are deleted and inserted, not updated');`], 'BEFORE');
  return [
    trigger('activity_value_track_insert', 'INSERT', 'activity_value', [value('new', 'insert', tracking.valueSet('new.activity_id', dim('new'), 'new.value_id', null), tracking.valueSet('new.activity_id', dim('new'), null, null))]),
    trigger('activity_value_track_delete', 'DELETE', 'activity_value', [value('old', 'delete', tracking.valueSet('old.activity_id', dim('old'), null, 'old.value_id'), tracking.valueSet('old.activity_id', dim('old'), null, null))]),
    noUpdate('activity_value'),
    trigger('provider_track_insert', 'INSERT', 'provider', [provider('new', 'insert', tracking.providerSet('new', 'new', null), tracking.providerSet('new', null, null))]),
    trigger('provider_track_delete', 'DELETE', 'provider', [provider('old', 'delete', tracking.providerSet('old', null, 'old'), tracking.providerSet('old', null, null))]),
    noUpdate('provider'),
  ];
}

/** Extra fields of an activity or initiative (migration 3): field `extra.<name>`, old and new value. */
function extraTriggers(table: 'activity_extra' | 'initiative_extra'): string[] {
  const owner = table === 'activity_extra' ? 'activity_id' : 'initiative_id';
  const subject = table === 'activity_extra' ? 'activity' : 'initiative';
  const scan = table === 'activity_extra' ? tracking.activityScan : tracking.initiativeScan;
  const ref = (r: Ref) => (subject === 'initiative' ? `'initiative[' || ${r}.initiative_id || ']'` : 'NULL');
  const columns = [owner, 'name', 'value', 'position'];
  const base = (r: Ref) => ({ tbl: table, subject, subjectId: `${r}.${owner}`, subjectRef: ref(r), scan: scan(r) }) as const;
  const update = (column: string, hidden: boolean, old: string, now: string) =>
    record({ ...base('new'), op: 'update', field: `'extra.' || old.name`, col: column, old, new: now, oldValue: `old.${column}`, newValue: `new.${column}`, row: json([owner, 'name'], 'new'), hidden, where: `old.${column} IS NOT new.${column}` });
  return [
    trigger(`${table}_track_insert`, 'INSERT', table, [record({ ...base('new'), op: 'insert', field: `'extra.' || new.name`, new: 'new.value', row: json(columns, 'new') })]),
    trigger(`${table}_track_update`, 'UPDATE', table, [update('value', false, 'old.value', 'new.value'), update('name', false, 'old.name', 'new.name'), update('position', true, 'old.position', 'new.position')]),
    trigger(`${table}_track_delete`, 'DELETE', table, [record({ ...base('old'), op: 'delete', field: `'extra.' || old.name`, old: 'old.value', row: json(columns, 'old') })]),
  ];
}

/**
 * Rows that follow an activity or initiative without being edited themselves, tracked (hidden) so an
 * undo puts them back exactly: an import report row loses its activity when the activity is deleted
 * (ON DELETE SET NULL), and a map position goes with its initiative.
 */
function followerTriggers(): string[] {
  const position = ['scan_key', 'initiative_id', 'x', 'y'];
  const placed = (r: Ref, op: 'insert' | 'delete') =>
    record({ tbl: 'graph_position', op, subject: 'initiative', subjectId: `${r}.initiative_id`, subjectRef: `'initiative[' || ${r}.initiative_id || ']'`, scan: tracking.initiativeScan(r), field: `'position'`, row: json(position, r), hidden: true });
  const moved = (column: 'x' | 'y') =>
    record({ tbl: 'graph_position', op: 'update', subject: 'initiative', subjectId: 'new.initiative_id', subjectRef: `'initiative[' || new.initiative_id || ']'`, scan: tracking.initiativeScan('new'), field: `'position'`, col: column, oldValue: `old.${column}`, newValue: `new.${column}`, row: json(['scan_key', 'initiative_id'], 'new'), hidden: true, where: `old.${column} IS NOT new.${column}` });
  return [
    trigger('graph_position_track_insert', 'INSERT', 'graph_position', [placed('new', 'insert')]),
    trigger('graph_position_track_update', 'UPDATE', 'graph_position', [moved('x'), moved('y')]),
    trigger('graph_position_track_delete', 'DELETE', 'graph_position', [placed('old', 'delete')]),
    trigger('import_issue_track_update', 'UPDATE OF activity_id', 'import_issue', [
      record({ tbl: 'import_issue', op: 'update', subject: 'activity', subjectId: 'coalesce(old.activity_id, new.activity_id)', scan: 'new.scan_id', field: `'issue'`, col: 'activity_id', oldValue: 'old.activity_id', newValue: 'new.activity_id', row: `json_object('id', new.id)`, hidden: true, where: 'old.activity_id IS NOT new.activity_id' }),
    ]),
  ];
}

/**
 * Decisions on links across scans (the links domain's `link` table, docs/links.md): a decision is
 * stored by deleting the pair's row and inserting the new one, so a row is recorded whole, under the
 * initiative (or activity) it links from, field `link`, read as "status: from → to". Rows are never
 * updated in place inside a group.
 */
function linkTriggers(): string[] {
  const columns = ['id', 'kind', 'from_initiative', 'to_initiative', 'from_activity', 'to_activity', 'status', 'score', 'reasons', 'decided_at'];
  const shown = (r: Ref) =>
    `${r}.status || ': ' || CASE ${r}.kind WHEN 'activity' THEN ${r}.from_activity || ' → ' || ${r}.to_activity ELSE ${r}.from_initiative || ' → ' || ${r}.to_initiative END`;
  const rows = (r: Ref, op: 'insert' | 'delete') => {
    const value = op === 'insert' ? { new: shown(r) } : { old: shown(r) };
    const base = { tbl: 'link', op, scan: tracking.scanOfInitiative(`${r}.from_initiative`), field: `'link'`, row: json(columns, r), ...value } as const;
    return [
      record({ ...base, subject: 'initiative', subjectId: `${r}.from_initiative`, subjectRef: `'initiative[' || ${r}.from_initiative || ']'`, where: `${r}.kind = 'initiative'` }),
      record({ ...base, subject: 'activity', subjectId: `${r}.from_activity`, where: `${r}.kind = 'activity'` }),
    ];
  };
  return [
    trigger('link_track_insert', 'INSERT', 'link', rows('new', 'insert')),
    trigger('link_track_delete', 'DELETE', 'link', rows('old', 'delete')),
    trigger('link_track_no_update', 'UPDATE', 'link', [`SELECT RAISE(ABORT, 'inside a change group link rows are deleted and inserted, not updated');`], 'BEFORE'),
  ];
}

/** The search text (activity_text) kept in step while a group is open: the activities domain's statements. */
function searchTriggers(): string[] {
  return tracking.searchTextTriggers().map((t) => trigger(t.name, t.event, t.table, t.body));
}

interface TriggerSql {
  name: string;
  table: string;
  create: string;
}

let built: readonly TriggerSql[] | undefined;

/** The statements, made the first time a group opens (the activities domain's fragments are ready by then). */
function statements(): readonly TriggerSql[] {
  if (!built) {
    names.length = 0;
    const creates = [...ENTITIES().flatMap(entityTriggers), ...setTriggers(), ...extraTriggers('activity_extra'), ...extraTriggers('initiative_extra'), ...followerTriggers(), ...linkTriggers(), ...searchTriggers()];
    built = creates.map((create, i) => ({ ...names[i]!, create }));
  }
  return built;
}

/** The names of the triggers (for tests and benchmarks). */
export function trackingTriggers(): readonly string[] {
  return statements().map((t) => t.name);
}

const installed = new WeakMap<Db, readonly TriggerSql[]>();

/**
 * Creates the triggers on this connection (inside the transaction that opens a group). A table a
 * later migration adds (presentations, migration 8) is tracked where it exists: a database at an
 * older version (a migration's own test) opens groups without it.
 */
export function installTriggers(db: Db): void {
  const tables = new Set(db.prepare(`SELECT name FROM main.sqlite_master WHERE type = 'table'`).pluck().all() as string[]);
  const present = statements().filter((t) => tables.has(t.table));
  db.exec(present.map((t) => t.create).join('\n'));
  installed.set(db, present);
}

/** Drops them again (inside the same transaction, as the group closes). */
export function removeTriggers(db: Db): void {
  const present = installed.get(db) ?? statements();
  db.exec(present.map((t) => `DROP TRIGGER temp.${t.name};`).join('\n'));
  installed.delete(db);
}
