/**
 * Filtered activities for a stakeholder meeting: .xlsx with sheets Activiteiten (ID first, readable
 * Dutch labels, one column per dimension, providers per role), Initiatieven and Filter (a title line
 * with the filter in words, then the scans, date, app version, counts and the empty columns left
 * out); or the Activiteiten sheet as .csv (UTF-8 with BOM). Headers are bold, frozen and filtered.
 */
import * as XLSX from 'xlsx';
import { DIMENSIONS, ROLES, type DimensionKey } from '../../src-shared/codebook';
import type { Filter } from '../../src-shared/filter';
import { describeFilter } from '../../src-shared/filter-words';
import { EXPORT_COLUMNS, EXPORT_DIMENSIONS, REQUIRED_EXPORT_COLUMNS } from '../../src-shared/export-columns';
import { focusLabel, type FocusKey } from '../../src-shared/focus';
import type { Db } from '../db/open';
import { scanLabels } from '../scans';
import { workbookToXlsx } from '../workbook/canonical-writer';
import { csvField } from '../workbook/safe-cells';
import { tableSheet } from '../workbook/sheets';
import { exportRecord } from '../workbook/export-record';
import { activityExtras, extraNames } from './extra-fields';
import { queryActivities, queryInitiatives } from './queries';
import { activityDetails, initiativeDescriptions, providerRoles } from './repository';
import { valueLabel } from './values-repository';

type Lang = 'nl' | 'en';
const JOIN = '; ';
const VALUE_DIMENSIONS = DIMENSIONS.filter((d) => EXPORT_DIMENSIONS.includes(d.key));

export interface ExportTable {
  header: string[];
  rows: (string | number | null)[][];
}

/** The activities table with each column's key (src-shared/export-columns.ts). */
interface KeyedTable extends ExportTable {
  keys: string[];
}

function activityTable(db: Db, filter: Filter, lang: Lang): KeyedTable & { scanIds: number[] } {
  const page = queryActivities(db, { filter, limit: 10_000_000, language: lang });
  const ids = page.rows.map((r) => r.id);
  const perRole = new Map<string, string[]>();
  const details = new Map<number, { description: string | null; website: string | null; reachSource: string | null }>();
  for (const p of providerRoles(db, ids)) {
    const key = `${p.activity_id}\u0000${p.role}`;
    perRole.set(key, [...(perRole.get(key) ?? []), p.name]);
  }
  for (const d of activityDetails(db, ids)) details.set(d.id, { description: d.description, website: d.website, reachSource: d.reach_source });
  // Extra fields (columns the importer kept as they were), one column each after the fixed ones.
  const extras = activityExtras(db, ids);
  const extra = extraNames(extras.values());
  const name = (key: DimensionKey) => DIMENSIONS.find((d) => d.key === key)![lang];
  const header = [
    'ID',
    lang === 'nl' ? 'Initiatief' : 'Initiative',
    lang === 'nl' ? 'Activiteit' : 'Activity',
    'Scan',
    ...VALUE_DIMENSIONS.map((d) => name(d.key)),
    lang === 'nl' ? 'Omschrijving' : 'Description',
    lang === 'nl' ? 'Startjaar' : 'Start year',
    lang === 'nl' ? 'Bereik' : 'Reach',
    lang === 'nl' ? 'Bereik eenheid' : 'Reach unit',
    lang === 'nl' ? 'Bron bereik' : 'Reach source',
    ...ROLES.map((r) => (lang === 'nl' ? r.nl : r.en)),
    'Website',
    ...extra,
  ];
  const rows = page.rows.map((r) => {
    const d = details.get(r.id);
    return [
      r.id,
      r.initiative,
      r.name,
      r.scan,
      ...VALUE_DIMENSIONS.map((dim) => (r.values[dim.key] ?? []).map((v) => v.label).join(JOIN) || null),
      d?.description ?? null,
      r.startYear,
      r.reach,
      r.reachUnit,
      d?.reachSource ?? null,
      ...ROLES.map((role) => (perRole.get(`${r.id}\u0000${role.code}`) ?? []).join(JOIN) || null),
      d?.website ?? null,
      ...extraCells(extras.get(r.id), extra),
    ];
  });
  const keys = EXPORT_COLUMNS.filter((k) => k !== 'extra').concat(extra.map(() => 'extra'));
  return { header, rows, keys, scanIds: [...new Set(page.rows.map((r) => r.scanId))].sort((a, b) => a - b) };
}

/** An activity's extra-field cells in the order of `names` (empty where it has none). */
function extraCells(extras: readonly { name: string; value: string }[] | undefined, names: readonly string[]): (string | null)[] {
  if (!extras?.length) return names.map(() => null);
  const values = new Map(extras.map((e) => [e.name, e.value]));
  return names.map((name) => values.get(name) ?? null);
}

const sheet = (table: ExportTable, widths?: number[]) => tableSheet(table.header, table.rows, widths);

export interface ActivitiesExport {
  words: string;
  activities: ExportTable;
  initiatives: ExportTable;
  /** Columns left out because no row has a value in them (named on the Filter sheet). */
  emptyColumns: string[];
  /** The ids of the activities written and of their scans, recorded on the Filter sheet for the round trip (docs/roundtrip.md). */
  activityIds: number[];
  scanIds: number[];
}

function onlyColumns(table: KeyedTable, keep: (c: number) => boolean): KeyedTable {
  return { header: table.header.filter((_, c) => keep(c)), rows: table.rows.map((r) => r.filter((_, c) => keep(c))), keys: table.keys.filter((_, c) => keep(c)) };
}

/**
 * The table without the columns no row fills, and their names. ID, Activiteit and Type activiteit
 * stay whatever they hold: the round trip reads them by name.
 */
function withoutEmptyColumns(table: KeyedTable): { table: KeyedTable; left: string[] } {
  const drop = table.keys.map((k, c) => !REQUIRED_EXPORT_COLUMNS.includes(k) && table.rows.every((r) => r[c] === null || r[c] === ''));
  return { table: onlyColumns(table, (c) => !drop[c]), left: table.header.filter((_, c) => drop[c]) };
}

export interface ActivitiesExportOptions {
  /** Keep the columns no row fills (default: leave them out and name them on the Filter sheet). */
  allColumns?: boolean;
  /** The columns to write, by key (src-shared/export-columns.ts); ID, Activiteit and Type activiteit always. Default: all. */
  columns?: readonly string[] | undefined;
}

export function buildActivitiesExport(db: Db, filter: Filter, lang: Lang, options: ActivitiesExportOptions = {}): ActivitiesExport {
  const all = activityTable(db, filter, lang);
  const chosen = options.columns;
  const full = chosen ? onlyColumns(all, (c) => REQUIRED_EXPORT_COLUMNS.includes(all.keys[c]!) || chosen.includes(all.keys[c]!)) : all;
  const { table: activities, left } = options.allColumns ? { table: full, left: [] } : withoutEmptyColumns(full);
  const initiativeRows = queryInitiatives(db, filter);
  const resolve = (dim: string, code: string) => valueLabel(db, dim, code, lang);
  const words = describeFilter(filter, { lang, scanLabel: scanLabels(db), resolve, counts: { activities: activities.rows.length, initiatives: initiativeRows.length } });
  const details = initiativeDescriptions(db);
  const initiatives: ExportTable = {
    header: lang === 'nl'
      ? ['ID', 'Initiatief', 'Scan', 'Omschrijving', 'Website', 'Startjaar', 'Focus', 'Passende activiteiten', 'Activiteiten totaal']
      : ['ID', 'Initiative', 'Scan', 'Description', 'Website', 'Start year', 'Focus', 'Matching activities', 'Activities in all'],
    rows: initiativeRows.map((i) => [i.id, i.name, i.scan, details.get(i.id) ?? null, i.website, i.startYear, focusLabel(i.focus as FocusKey, lang), i.matching, i.activities]),
  };
  const activityIds = all.rows.map((r) => r[0] as number);
  return { words, activities: { header: activities.header, rows: activities.rows }, initiatives, emptyColumns: left, activityIds, scanIds: all.scanIds };
}

export function activitiesXlsx(exp: ActivitiesExport, filter: Filter, meta: { version: string; date: Date; lang: Lang; scanNames: string[] }): Buffer {
  const nl = meta.lang === 'nl';
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheet(exp.activities), nl ? 'Activiteiten' : 'Activities');
  XLSX.utils.book_append_sheet(wb, sheet(exp.initiatives), nl ? 'Initiatieven' : 'Initiatives');
  const about: ExportTable = {
    header: [nl ? 'Onderdeel' : 'Item', nl ? 'Waarde' : 'Value'],
    rows: [
      ['Filter', exp.words],
      [nl ? 'Lege kolommen weggelaten' : 'Empty columns left out', exp.emptyColumns.join('; ') || (nl ? 'geen' : 'none')],
      [nl ? 'Scans' : 'Scans', meta.scanNames.join('; ') || (nl ? 'Alle scans' : 'All scans')],
      [nl ? 'Activiteiten' : 'Activities', exp.activities.rows.length],
      [nl ? 'Initiatieven' : 'Initiatives', exp.initiatives.rows.length],
      [nl ? 'Datum' : 'Date', meta.date.toISOString().slice(0, 16).replace('T', ' ')],
      [nl ? 'Versie Regioscan' : 'Regioscan version', meta.version],
      [nl ? 'Filter (JSON)' : 'Filter (JSON)', JSON.stringify(filter)],
      // What the round trip reads back (docs/roundtrip.md): the scans and the activities this file holds.
      ...exportRecord({ scans: exp.scanIds, activities: exp.activityIds }, meta.lang),
    ],
  };
  // The Filter sheet opens with the filter in words as its title line, above its own table (the data
  // sheets keep their header in row 1, so the round trip reads them as before).
  const filterSheet = XLSX.utils.aoa_to_sheet([[`Regioscan · ${exp.words}`], [], [about.header[0]!, about.header[1]!], ...about.rows]);
  filterSheet['!cols'] = [{ wch: 26 }, { wch: 100 }];
  XLSX.utils.book_append_sheet(wb, filterSheet, 'Filter');
  const data = [nl ? 'Activiteiten' : 'Activities', nl ? 'Initiatieven' : 'Initiatives'];
  return workbookToXlsx(wb, false, data, [...data, 'Filter']);
}

/** The Activiteiten table as CSV: UTF-8 with BOM (Excel reads the accents), CRLF, `;` by default. */
export function activitiesCsv(exp: ActivitiesExport, separator: ';' | ',' = ';'): Buffer {
  const lines = [exp.activities.header, ...exp.activities.rows].map((row) => row.map((v) => csvField(v, separator)).join(separator));
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}
