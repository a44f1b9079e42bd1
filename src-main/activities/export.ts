/**
 * Filtered activities for a stakeholder meeting: .xlsx with sheets Activiteiten (readable Dutch
 * labels, one column per dimension, providers per role), Initiatieven and Filter (the filter in words,
 * the scans, date, app version, counts); or the Activiteiten sheet as .csv (UTF-8 with BOM).
 */
import * as XLSX from 'xlsx';
import { DIMENSIONS, ROLES, type DimensionKey } from '../../src-shared/codebook';
import type { Filter } from '../../src-shared/filter';
import { describeFilter } from '../../src-shared/filter-words';
import { focusLabel, type FocusKey } from '../../src-shared/focus';
import type { Db } from '../db/open';
import { scanLabels } from '../scans';
import { workbookToXlsx } from '../workbook/canonical-writer';
import { csvField } from '../workbook/safe-cells';
import { tableSheet } from '../workbook/sheets';
import { activityExtras, extraNames } from './extra-fields';
import { queryActivities, queryInitiatives } from './queries';
import { activityDetails, initiativeDescriptions, providerRoles } from './repository';

type Lang = 'nl' | 'en';
const JOIN = '; ';
const VALUE_DIMENSIONS = DIMENSIONS.filter((d) => !['organisation', 'role', 'scan'].includes(d.key));

export interface ExportTable {
  header: string[];
  rows: (string | number | null)[][];
}

function activityTable(db: Db, filter: Filter, lang: Lang): ExportTable {
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
  return { header, rows };
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
}

export function buildActivitiesExport(db: Db, filter: Filter, lang: Lang): ActivitiesExport {
  const activities = activityTable(db, filter, lang);
  const initiativeRows = queryInitiatives(db, filter);
  const words = describeFilter(filter, { lang, scanLabel: scanLabels(db), counts: { activities: activities.rows.length, initiatives: initiativeRows.length } });
  const details = initiativeDescriptions(db);
  const initiatives: ExportTable = {
    header: lang === 'nl'
      ? ['Initiatief', 'Scan', 'Omschrijving', 'Website', 'Startjaar', 'Focus', 'Passende activiteiten', 'Activiteiten totaal']
      : ['Initiative', 'Scan', 'Description', 'Website', 'Start year', 'Focus', 'Matching activities', 'Activities in all'],
    rows: initiativeRows.map((i) => [i.name, i.scan, details.get(i.id) ?? null, i.website, i.startYear, focusLabel(i.focus as FocusKey, lang), i.matching, i.activities]),
  };
  return { words, activities, initiatives };
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
      [nl ? 'Scans' : 'Scans', meta.scanNames.join('; ') || (nl ? 'Alle scans' : 'All scans')],
      [nl ? 'Activiteiten' : 'Activities', exp.activities.rows.length],
      [nl ? 'Initiatieven' : 'Initiatives', exp.initiatives.rows.length],
      [nl ? 'Datum' : 'Date', meta.date.toISOString().slice(0, 16).replace('T', ' ')],
      [nl ? 'Versie Regioscan' : 'Regioscan version', meta.version],
      [nl ? 'Filter (JSON)' : 'Filter (JSON)', JSON.stringify(filter)],
    ],
  };
  XLSX.utils.book_append_sheet(wb, sheet(about, [22, 100]), 'Filter');
  return workbookToXlsx(wb, false, [nl ? 'Activiteiten' : 'Activities', nl ? 'Initiatieven' : 'Initiatives', 'Filter']);
}

/** The Activiteiten table as CSV: UTF-8 with BOM (Excel reads the accents), CRLF, `;` by default. */
export function activitiesCsv(exp: ActivitiesExport, separator: ';' | ',' = ';'): Buffer {
  const lines = [exp.activities.header, ...exp.activities.rows].map((row) => row.map((v) => csvField(v, separator)).join(separator));
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}
