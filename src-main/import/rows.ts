/**
 * Reads the data rows of a mapped table (activities, initiatives or providers sheet, or a flat
 * sheet that is all three) into the ScanBuilder, reporting every cell it could not take as it stood.
 */
import { dimension } from '../../src-shared/codebook';
import type { ValueDimension } from '../workbook/scan-data';
import { cellText, nameKey, tidyName } from './cells';
import type { PlainField } from './fields';
import { columnLetter, IssueLog, type Where } from './issues';
import type { Matchers } from '../workbook/matchers';
import { readMark, readNumber, readYear } from './numbers';
import type { CellValue } from './read-workbook';
import { activityKey, addProvider, type ActivityDraft, type ScanBuilder } from './scan-builder';
import type { ProviderData } from '../workbook/scan-data';
import type { MappedColumn, Table } from './table';
import { codeLabel, emptyCoded, type ValueCoder } from './value-coder';

export interface RowContext {
  builder: ScanBuilder;
  log: IssueLog;
  matchers: Matchers;
  coder: ValueCoder;
}

/** One non-empty cell; its location text is built only when something is reported about it. */
class Cell {
  /** Set on activity rows, so issues link to the activity. */
  activityKey: string | undefined;

  constructor(
    readonly base: Where,
    readonly column: MappedColumn,
    private readonly label: string,
    readonly text: string,
    readonly raw: CellValue,
  ) {}

  get where(): Where {
    return { ...this.base, column: this.label, ...(this.activityKey ? { activityKey: this.activityKey } : {}) };
  }
}

interface Row {
  where: Where;
  fields: Map<PlainField, Cell>;
  columns: Cell[];
}

/** Non-empty data rows below the header; rows after the last full row with one cell are notes. */
function dataRows(table: Table, log: IssueLog): Row[] {
  const { grid } = table;
  const rows: Row[] = [];
  const mapped = new Set(table.columns.map((c) => c.index));
  const labels = new Map(table.columns.map((c) => [c, `${columnLetter(c.index)} (${c.header})`]));
  for (let r = table.headerRow + 1; r < grid.rows.length; r++) {
    const source = grid.rows[r] ?? [];
    const where: Where = { sheet: grid.name, row: r + 1 };
    const row: Row = { where, fields: new Map(), columns: [] };
    for (const column of table.columns) {
      const raw = source[column.index] ?? null;
      if (raw === null) continue;
      const label = labels.get(column)!;
      const text = cellText(raw, log, { sheet: where.sheet ?? null, row: where.row ?? null, column: label });
      if (text === '' && raw !== false && raw !== 0) continue;
      const cell = new Cell(where, column, label, text, raw);
      row.columns.push(cell);
      if (column.spec.kind === 'field') row.fields.set(column.spec.field, cell);
    }
    const unknownFilled = row.columns.length === 0 && source.some((c, i) => c !== null && c !== undefined && !mapped.has(i));
    if (row.columns.length === 0 && !unknownFilled) continue;
    rows.push(row);
  }
  // Trailing notes: after the last row with two or more cells, rows with one cell that stand
  // after an empty row, or whose one cell is not a name column, are notes, not data.
  let lastFull = rows.length - 1;
  while (lastFull >= 0 && rows[lastFull]!.columns.length <= 1) lastFull--;
  const lastFullRow = lastFull >= 0 ? rows[lastFull]!.where.row ?? 0 : table.headerRow + 1;
  const isNameColumn = (r: Row) => r.columns.some((c) => c.column.spec.kind === 'field' && ['initiative', 'activity', 'organisation'].includes(c.column.spec.field));
  const trailing = rows.slice(lastFull + 1);
  const gapAfterTable = trailing.length > 0 && (trailing[0]!.where.row ?? 0) > lastFullRow + 1;
  const notes = new Set(trailing.filter((r) => gapAfterTable || !isNameColumn(r)));
  for (const note of notes) {
    const source = table.grid.rows[(note.where.row ?? 1) - 1] ?? [];
    const value = source.filter((c) => c !== null && c !== undefined).map(String).join(' ').slice(0, 300);
    log.add('warning', 'note-row', {}, { ...note.where, value });
  }
  return rows.filter((r) => !notes.has(r));
}

function field(row: Row, ...names: PlainField[]): { text: string; raw: CellValue; where: Where } | undefined {
  for (const n of names) {
    const f = row.fields.get(n);
    if (f && f.text !== '') return f;
  }
  return undefined;
}

function year(ctx: RowContext, f: { text: string; raw: CellValue; where: Where } | undefined): number | null {
  if (!f) return null;
  const y = readYear(f.raw);
  if (y.kind === 'year') return y.value;
  if (y.kind === 'unreadable') ctx.log.add('warning', 'year-unreadable', { text: f.text }, { ...f.where, value: f.text });
  return null;
}

function codedText(ctx: RowContext, matcherKey: 'reachUnit' | 'reachSource' | 'organisationType', f: { text: string; where: Where } | undefined, label: string): string | null {
  if (!f) return null;
  const m = ctx.matchers[matcherKey].match(f.text);
  if (m.kind === 'exact') return m.code;
  if (m.kind === 'near') {
    ctx.log.add('warning', 'near-spelling', { text: f.text, label: m.label, dimension: label }, { ...f.where, value: f.text });
    return m.code;
  }
  ctx.log.add('unmapped', 'unmapped-value', { text: f.text, dimension: label }, { ...f.where, value: f.text });
  return f.text;
}

/**
 * The largest reach taken as written (the report's 'reach-implausible' text names it): more than the
 * enterprises of the world, and still an exact integer for SQLite. 1E+308 in a cell once stopped the
 * import with SQLite's own error.
 */
const MAX_REACH = 1_000_000_000;

function reach(ctx: RowContext, f: { text: string; raw: CellValue; where: Where } | undefined): number | null {
  if (!f) return null;
  const n = readNumber(f.raw);
  if (n.kind === 'unknown') return null;
  if (n.kind === 'unreadable' || n.value < 0) {
    ctx.log.add('warning', 'number-unreadable', { text: f.text, field: 'Bereik' }, { ...f.where, value: f.text });
    return null;
  }
  if (n.value > MAX_REACH) {
    ctx.log.add('warning', 'reach-implausible', { text: f.text }, { ...f.where, value: f.text });
    return null;
  }
  if (n.note === 'as-text') ctx.log.add('warning', 'number-as-text', { text: f.text, number: n.value }, { ...f.where, value: f.text });
  if (n.note === 'range') ctx.log.add('warning', 'number-range', { text: f.text, number: n.value }, { ...f.where, value: f.text });
  return Math.round(n.value);
}

/** Splits a list of organisations in one cell (flat layout role columns). */
export function organisations(text: string): string[] {
  return text.split(/\s*[;|\n\r]+\s*|\s*,\s+/).map(tidyName).filter(Boolean);
}

export function readActivityRows(table: Table, ctx: RowContext): void {
  const { builder, log, coder } = ctx;
  for (const row of dataRows(table, log)) {
    const initiativeName = field(row, 'initiative')?.text ?? '';
    const activityName = field(row, 'activity')?.text ?? '';
    const where = { ...row.where, value: [initiativeName, activityName].filter(Boolean).join(' / ') || null };
    if (initiativeName === '') {
      log.add('error', 'no-initiative', {}, where);
      continue;
    }
    if (activityName === '') {
      log.add('error', 'no-activity-name', {}, where);
      continue;
    }
    const aKey = activityKey(initiativeName, activityName);
    const coded = emptyCoded();
    for (const cell of row.columns) {
      const spec = cell.column.spec;
      cell.activityKey = aKey;
      if (spec.kind === 'dimension' && spec.dimension === 'type') {
        // An unknown type makes the row an error (reported below), not an unmapped value.
        const m = ctx.matchers.type.match(cell.text);
        if (m.kind === 'exact' || m.kind === 'near') coder.mark('type', m.code, coded);
        if (m.kind === 'exact' && m.rule) log.add('warning', 'value-mapped', { text: cell.text, label: codeLabel('type', m.code), dimension: dimension('type').nl }, () => ({ ...cell.where, value: cell.text }));
        if (m.kind === 'near') log.add('warning', 'near-spelling', { text: cell.text, label: m.label, dimension: dimension('type').nl }, () => ({ ...cell.where, value: cell.text }));
      } else if (spec.kind === 'dimension') coder.code(spec.dimension, cell.text, coded, cell);
      else if (spec.kind === 'onehot') {
        const mark = readMark(cell.raw);
        if (mark === 'marked') coder.mark(spec.dimension, spec.code, coded);
        else if (mark === 'unclear') log.add('warning', 'unclear-mark', { text: cell.text, dimension: dimension(spec.dimension).nl, label: spec.label }, () => ({ ...cell.where, value: cell.text }));
      }
    }
    coder.enforceSingle(coded, { ...row.where, activityKey: aKey });
    const type = coded.values.get('type' as ValueDimension)?.[0];
    if (!type) {
      const typed = row.columns.find((c) => c.column.spec.kind === 'dimension' && c.column.spec.dimension === 'type');
      if (typed) log.add('error', 'unknown-type', { text: typed.text, activity: activityName }, { ...typed.where, value: typed.text });
      else log.add('error', 'missing-type', { activity: activityName }, where);
      continue;
    }
    const initiative = builder.initiative(initiativeName, row.where, false);
    const iDesc = field(row, 'initiativeDescription');
    if (iDesc) builder.setInitiativeField(initiative, 'description', iDesc.text, 'Omschrijving initiatief', iDesc.where);
    const site = field(row, 'website');
    if (site) builder.setInitiativeField(initiative, 'website', site.text, 'Website', site.where);
    const home = field(row, 'homeRegion');
    if (home) builder.setInitiativeField(initiative, 'homeRegion', home.text, 'Thuisregio', home.where);
    const iYear = field(row, 'initiativeStartYear');
    if (iYear) builder.setInitiativeField(initiative, 'startYear', year(ctx, iYear), 'Startjaar initiatief', iYear.where);

    const draft: ActivityDraft = {
      initiative: initiativeName,
      name: tidyName(activityName),
      description: field(row, 'activityDescription', 'description')?.text ?? null,
      startYear: year(ctx, field(row, 'startYear')),
      coded,
      reach: reach(ctx, field(row, 'reach')),
      reachUnit: codedText(ctx, 'reachUnit', field(row, 'reachUnit'), 'Bereik eenheid'),
      reachSource: codedText(ctx, 'reachSource', field(row, 'reachSource'), 'Bron bereik'),
      providers: new Map(),
      extra: new Map(),
    };
    for (const cell of row.columns) {
      if (cell.column.spec.kind === 'extra') addExtra(draft.extra, cell.column.spec.name, cell.text);
      if (cell.column.spec.kind !== 'providerRole') continue;
      for (const organisation of organisations(cell.text)) addProvider(draft, { organisation, organisationType: null, roles: [cell.column.spec.role] });
    }
    // Flat layouts may also carry one organisation + role per row.
    const org = field(row, 'organisation');
    if (org) addProvider(draft, readProvider(ctx, row, org.text));
    builder.countLinks(draft.providers.size);
    builder.addActivity(draft, where);
  }
}

/** The provider a row names, read (and reported on) once however many activities it goes to. */
function readProvider(ctx: RowContext, row: Row, organisation: string): ProviderData {
  const rolesField = field(row, 'roles');
  const roles: string[] = [];
  if (rolesField) {
    for (const { text, match } of ctx.matchers.role.matchMany(rolesField.text)) {
      if (match.kind === 'exact' || match.kind === 'near') {
        roles.push(match.code);
        if (match.kind === 'near') ctx.log.add('warning', 'near-spelling', { text, label: match.label, dimension: 'Rol' }, { ...rolesField.where, value: rolesField.text });
      } else {
        roles.push(text);
        ctx.log.add('unmapped', 'unmapped-value', { text, dimension: 'Rol' }, { ...rolesField.where, value: rolesField.text });
      }
    }
  }
  if (roles.length === 0) {
    ctx.log.add('warning', 'provider-without-role', { organisation }, { ...row.where, value: organisation });
    roles.push('');
  }
  const typeField = field(row, 'organisationType');
  const type = codedText(ctx, 'organisationType', typeField, 'Type organisatie');
  const known = type ? ctx.builder.organisationType(organisation, type) : undefined;
  if (known !== undefined && known !== type) {
    ctx.log.add('warning', 'organisation-type-conflict', { organisation: tidyName(organisation), kept: known, text: typeField?.text ?? type! }, { ...(typeField?.where ?? row.where), value: typeField?.text ?? type });
  }
  return { organisation: tidyName(organisation), organisationType: known ?? type, roles };
}

/**
 * Initiative rows. With `sharedUsed`, the sheet is shared by several scans in one file: only the
 * initiatives this scan's activities refer to are taken, and noted as used.
 */
export function readInitiativeRows(table: Table, ctx: RowContext, sharedUsed?: Set<string>): void {
  for (const row of dataRows(table, sharedUsed ? new IssueLog() : ctx.log)) {
    const name = field(row, 'initiative')?.text ?? '';
    if (name === '') {
      if (!sharedUsed) ctx.log.add('error', 'no-initiative', {}, { ...row.where, value: row.columns.map((c) => c.text).join(' | ').slice(0, 200) });
      continue;
    }
    if (sharedUsed) {
      if (!ctx.builder.initiatives.has(nameKey(name))) continue;
      sharedUsed.add(nameKey(name));
    }
    const initiative = ctx.builder.initiative(name, row.where, true);
    const desc = field(row, 'initiativeDescription', 'description');
    if (desc) ctx.builder.setInitiativeField(initiative, 'description', desc.text, 'Omschrijving', desc.where);
    const site = field(row, 'website');
    if (site) ctx.builder.setInitiativeField(initiative, 'website', site.text, 'Website', site.where);
    const y = field(row, 'initiativeStartYear', 'startYear');
    if (y) ctx.builder.setInitiativeField(initiative, 'startYear', year(ctx, y), 'Startjaar', y.where);
    const home = field(row, 'homeRegion');
    if (home) ctx.builder.setInitiativeField(initiative, 'homeRegion', home.text, 'Thuisregio', home.where);
    for (const cell of row.columns) {
      if (cell.column.spec.kind === 'extra') ctx.builder.setInitiativeExtra(initiative, cell.column.spec.name, cell.text, cell.where);
    }
  }
}

/** Rows of a shared initiatives sheet that no scan of the file took. */
export function reportUnusedSharedInitiatives(table: Table, used: Set<string>, log: IssueLog): void {
  for (const row of dataRows(table, log)) {
    const name = field(row, 'initiative')?.text ?? '';
    if (name === '') log.add('error', 'no-initiative', {}, { ...row.where, value: row.columns.map((c) => c.text).join(' | ').slice(0, 200) });
    else if (!used.has(nameKey(name))) log.add('warning', 'initiative-without-activities', { initiative: name }, { ...row.where, value: name });
  }
}

export function readProviderRows(table: Table, ctx: RowContext): void {
  for (const row of dataRows(table, ctx.log)) {
    const organisation = field(row, 'organisation')?.text ?? '';
    const initiative = field(row, 'initiative')?.text ?? '';
    const activity = field(row, 'activity')?.text ?? '';
    const value = [initiative, activity, organisation].filter(Boolean).join(' / ');
    if (organisation === '') {
      ctx.log.add('error', 'provider-without-organisation', {}, { ...row.where, value });
      continue;
    }
    if (initiative === '') {
      ctx.log.add('error', 'no-initiative', {}, { ...row.where, value });
      continue;
    }
    if (activity === '') {
      const all = ctx.builder.activitiesOf(initiative);
      if (all.length === 0) {
        ctx.log.add('error', 'provider-unknown-activity', { organisation, activity: '—', initiative }, { ...row.where, value });
        continue;
      }
      ctx.log.add('warning', 'provider-all-activities', { organisation, count: all.length, initiative }, { ...row.where, value });
      ctx.builder.countLinks(all.length);
      const provider = readProvider(ctx, row, organisation);
      const key = nameKey(provider.organisation);
      for (const a of all) {
        addProvider(a, provider, key);
        providerExtras(row, a, organisation);
      }
      continue;
    }
    const target = ctx.builder.activities.get(activityKey(initiative, activity));
    if (!target) {
      ctx.log.add('error', 'provider-unknown-activity', { organisation, activity, initiative }, { ...row.where, value });
      continue;
    }
    ctx.builder.countLinks(1);
    addProvider(target, readProvider(ctx, row, organisation));
    providerExtras(row, target, organisation);
  }
}

/** A providers sheet's unknown columns are kept on the activity, each value after its organisation. */
function providerExtras(row: Row, activity: ActivityDraft, organisation: string): void {
  for (const cell of row.columns) {
    if (cell.column.spec.kind === 'extra') appendExtra(activity.extra, cell.column.spec.name, `${tidyName(organisation)}: ${cell.text}`);
  }
}

/** An extra field of one row; a second cell for the same name (two columns, one header) is appended. */
function addExtra(extra: Map<string, string>, name: string, value: string): void {
  if (value === '') return;
  appendExtra(extra, name, value);
}

/** The values already appended to each extra field of an activity (each appears once). */
const appended = new WeakMap<Map<string, string>, Map<string, Set<string>>>();

/** Adds `value` to an extra field, after what it holds (a providers sheet's rows add one each). */
function appendExtra(extra: Map<string, string>, name: string, value: string): void {
  let seen = appended.get(extra);
  if (!seen) appended.set(extra, (seen = new Map()));
  let values = seen.get(name);
  if (!values) seen.set(name, (values = new Set(extra.has(name) ? [extra.get(name)!] : [])));
  if (values.has(value)) return;
  values.add(value);
  const current = extra.get(name);
  extra.set(name, current === undefined ? value : `${current}; ${value}`);
}
