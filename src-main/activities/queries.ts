/**
 * Activity and initiative rows for the tables, details for the drawer — all answered by the
 * activity index (activity-index.ts) under the same Filter as the facets, so every view answers the
 * same question.
 */
import { ORGANISATION_TYPES, REACH_SOURCES, REACH_UNITS, ROLES } from '../../src-shared/codebook';
import type { Filter } from '../../src-shared/filter';
import type { ActivityDetail, ActivityPage, ActivityRow, ActivitySortKey, InitiativeDetail, InitiativeRow, ValueLabel } from '../../src-shared/model';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { activityIssues, scanLabels, scanRanks } from '../scans';
import { activityIndex, filterMasks, initiativeFocusMap, type ActivityIndex } from './activity-index';
import { count as countBits, has as hasBit, type Bits } from './bitsets';
import { activityExtras, initiativeExtras } from './extra-fields';
import {
  activityDetailRow,
  activityProviders,
  activityRow,
  activityRows,
  activityRowsOfInitiative,
  codedValues,
  idsWithScanByInitiative,
  initiativeRow,
  initiativeRows,
  orderedIds,
  organisationsOf,
  type ActivityBase,
} from './repository';

type Lang = 'nl' | 'en';

const label = (entry: { nl: string; en: string }, lang: Lang) => (lang === 'nl' ? entry.nl : entry.en);

/** A role as a value: its codebook label, or the text as imported (or "role unknown"). */
export function roleValue(role: string, lang: Lang): ValueLabel {
  const entry = ROLES.find((r) => r.code === role);
  return { code: entry ? role : null, label: entry ? label(entry, lang) : role || (lang === 'nl' ? 'rol onbekend' : 'role unknown') };
}

/** Values per dimension for a set of activities (dimension values, organisations and roles). */
function valuesFor(db: Db, ids: readonly number[], lang: Lang): Map<number, Record<string, ValueLabel[]>> {
  const out = new Map<number, Record<string, ValueLabel[]>>(ids.map((id) => [id, {}]));
  if (ids.length === 0) return out;
  for (const r of codedValues(db, ids)) (out.get(r.activity_id)![r.dimension] ??= []).push({ code: r.kind === 'unmapped' ? null : r.code, label: lang === 'nl' ? r.label_nl : r.label_en });
  for (const p of organisationsOf(db, ids)) {
    const values = out.get(p.activity_id)!;
    (values.organisation ??= []).push({ code: p.name, label: p.name });
    for (const role of p.roles.split('|')) {
      const item = roleValue(role, lang);
      if (!(values.role ??= []).some((v) => v.label === item.label)) values.role.push(item);
    }
  }
  return out;
}

function toRows(db: Db, base: ActivityBase[], lang: Lang): ActivityRow[] {
  const values = valuesFor(db, base.map((b) => b.id), lang);
  const scan = scanLabels(db);
  return base.map((b) => ({
    id: b.id,
    name: b.name,
    initiative: b.initiative,
    initiativeId: b.initiative_id,
    scanId: b.scan_id,
    scan: scan(b.scan_id),
    startYear: b.start_year,
    reach: b.reach,
    reachUnit: b.reach_unit ? label(REACH_UNITS.find((u) => u.code === b.reach_unit) ?? { nl: b.reach_unit, en: b.reach_unit }, lang) : null,
    values: values.get(b.id) ?? {},
  }));
}

export interface ActivityQuery {
  filter: Filter;
  sort?: ActivitySortKey;
  descending?: boolean;
  offset?: number;
  limit?: number;
  language?: Lang;
}

/**
 * Every activity id in display order for a sort: the sort's key, then initiative, activity name and
 * id. By scan, the activities in initiative order are put in the scans' order: region, then year
 * (descending turns the years round, not the regions).
 */
function sortedIds(db: Db, sort: ActivitySortKey, descending: boolean): number[] {
  if (sort !== 'scan') return orderedIds(db, sort, descending);
  const ranks = scanRanks(db);
  const none = { byRegion: 0, byRegionYear: 0 };
  const ids = idsWithScanByInitiative(db);
  // A stable sort keeps the initiative order among activities of scans that share a place.
  ids.sort(([, x], [, y]) => {
    const a = ranks.get(x) ?? none;
    const b = ranks.get(y) ?? none;
    return descending ? a.byRegion - b.byRegion || b.byRegionYear - a.byRegionYear : a.byRegionYear - b.byRegionYear;
  });
  return ids.map(([id]) => id);
}

/** Activity positions in display order for a sort, computed once per index. */
function displayOrder(db: Db, index: ActivityIndex, sort: ActivitySortKey, descending: boolean): Int32Array {
  const key = `${sort}:${descending}`;
  let order = index.orders.get(key);
  if (!order) {
    order = Int32Array.from(sortedIds(db, sort, descending), (id) => index.position.get(id)!);
    index.orders.set(key, order);
  }
  return order;
}

/** A page of matching activities: the filter as a bitset, walked in display order. */
export function queryActivities(db: Db, q: ActivityQuery): ActivityPage {
  const index = activityIndex(db);
  const { all } = filterMasks(db, index, q.filter);
  const total = countBits(all);
  const offset = q.offset ?? 0;
  const limit = q.limit ?? 200;
  const picked: number[] = [];
  let seen = 0;
  for (const p of displayOrder(db, index, q.sort ?? 'initiative', q.descending ?? false)) {
    if (!hasBit(all, p)) continue;
    if (seen++ < offset) continue;
    picked.push(index.ids[p]!);
    if (picked.length >= limit) break;
  }
  const byId = new Map(activityRows(db, picked).map((row) => [row.id, row]));
  return { total, offset, rows: toRows(db, picked.map((id) => byId.get(id)!), q.language ?? 'nl') };
}

/** Focus per initiative from the forms of all its activities (src-shared/focus.ts), from the index. */
export function focusOf(db: Db, initiativeIds: readonly number[]): Map<number, string> {
  const focus = initiativeFocusMap(activityIndex(db));
  return new Map(initiativeIds.map((id) => [id, focus.get(id) ?? 'none']));
}

/** Per initiative: its matching activities under the mask, and all its activities. */
function perInitiative(index: ActivityIndex, mask: Bits): Map<number, { matching: number; activities: number }> {
  const out = new Map<number, { matching: number; activities: number }>();
  for (let p = 0; p < index.n; p++) {
    const id = index.initiative[p]!;
    let e = out.get(id);
    if (!e) out.set(id, (e = { matching: 0, activities: 0 }));
    e.activities++;
    if (hasBit(mask, p)) e.matching++;
  }
  return out;
}

/** SQLite's NOCASE: only ASCII letters fold. */
const nocase = (text: string) => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

/** The initiatives with a matching activity, by name (NOCASE), then their scan's region, then id. */
export function queryInitiatives(db: Db, filter: Filter): InitiativeRow[] {
  const index = activityIndex(db);
  const counts = perInitiative(index, filterMasks(db, index, filter).all);
  const rows = initiativeRows(db, [...counts].filter(([, c]) => c.matching > 0).map(([id]) => id));
  // The rows come by name and id; among equal names (as NOCASE compares them) the scan's region goes before the id.
  const ranks = scanRanks(db);
  const region = (scan: number) => ranks.get(scan)?.byRegion ?? 0;
  for (let start = 0; start < rows.length; ) {
    let end = start + 1;
    while (end < rows.length && nocase(rows[end]!.name) === nocase(rows[start]!.name)) end++;
    if (end - start > 1) rows.splice(start, end - start, ...rows.slice(start, end).sort((a, b) => region(a.scan_id) - region(b.scan_id) || a.id - b.id));
    start = end;
  }
  const focus = focusOf(db, rows.map((r) => r.id));
  const scan = scanLabels(db);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    scanId: r.scan_id,
    scan: scan(r.scan_id),
    website: r.website,
    startYear: r.start_year,
    matching: counts.get(r.id)!.matching,
    activities: counts.get(r.id)!.activities,
    focus: focus.get(r.id) ?? 'none',
  }));
}

export function activityDetail(db: Db, id: number, lang: Lang = 'nl'): ActivityDetail {
  const base = activityRow(db, id);
  if (!base) throw new UserError('not-found', { nl: `Activiteit ${id} bestaat niet (meer).`, en: `Activity ${id} does not exist (any more).` });
  const [row] = toRows(db, [base], lang);
  const extra = activityDetailRow(db, id)!;
  const source = extra.reach_source ? REACH_SOURCES.find((s) => s.code === extra.reach_source) : undefined;
  return {
    ...row!,
    description: extra.description,
    reachSource: source ? label(source, lang) : extra.reach_source,
    reachUnitCode: base.reach_unit,
    reachSourceCode: extra.reach_source,
    website: extra.website,
    providers: activityProviders(db, id).map((p) => {
      const type = ORGANISATION_TYPES.find((t) => t.code === p.type);
      return {
        organisation: p.name,
        organisationType: p.type ? { code: type ? p.type : null, label: type ? label(type, lang) : p.type } : null,
        roles: p.roles.split('|').map((role) => roleValue(role, lang)),
      };
    }),
    issues: activityIssues(db, id),
    extra: activityExtras(db, [id]).get(id) ?? [],
  };
}

export function initiativeDetail(db: Db, id: number, filter: Filter | undefined, lang: Lang = 'nl'): InitiativeDetail {
  const i = initiativeRow(db, id);
  if (!i) throw new UserError('not-found', { nl: `Initiatief ${id} bestaat niet (meer).`, en: `Initiative ${id} does not exist (any more).` });
  const base = activityRowsOfInitiative(db, id);
  let matching = base.length;
  if (filter) {
    const index = activityIndex(db);
    const { all } = filterMasks(db, index, filter);
    matching = base.filter((a) => {
      const p = index.position.get(a.id);
      return p !== undefined && hasBit(all, p);
    }).length;
  }
  return {
    id: i.id,
    name: i.name,
    scanId: i.scan_id,
    scan: scanLabels(db)(i.scan_id),
    website: i.website,
    startYear: i.start_year,
    matching,
    activities: base.length,
    focus: focusOf(db, [id]).get(id) ?? 'none',
    description: i.description,
    homeRegion: i.home_region,
    activityList: toRows(db, base, lang),
    extra: initiativeExtras(db, id),
  };
}
