/**
 * Activity and initiative rows for the tables, details for the drawer — all under the same Filter
 * as the facets (filter-sql.ts), so every view answers the same question.
 */
import { ORGANISATION_TYPES, REACH_SOURCES, REACH_UNITS, ROLES } from '../../src-shared/codebook';
import type { Filter } from '../../src-shared/filter';
import type { ActivityDetail, ActivityPage, ActivityRow, ActivitySortKey, InitiativeDetail, InitiativeRow, ValueLabel } from '../../src-shared/model';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { scanIssuesWhere } from '../handlers/scans';
import { activityIndex, filterMasks, initiativeFocusMap, type ActivityIndex } from './activity-index';
import { count as countBits, has as hasBit } from './bitsets';
import { activityExtras, initiativeExtras } from './extra-fields';
import { filterWhere } from './filter-sql';

type Lang = 'nl' | 'en';

interface ActivityBase {
  id: number;
  name: string;
  initiative: string;
  initiative_id: number;
  scan_id: number;
  region: string;
  year: number | null;
  start_year: number | null;
  reach: number | null;
  reach_unit: string | null;
}

const BASE_SELECT = `SELECT a.id, a.name, i.name AS initiative, a.initiative_id, a.scan_id, s.region, s.year, a.start_year, a.reach, a.reach_unit
  FROM activity a JOIN initiative i ON i.id = a.initiative_id JOIN scan s ON s.id = a.scan_id`;

const ORDER: Record<ActivitySortKey, string> = {
  name: 'a.name COLLATE NOCASE',
  initiative: 'i.name COLLATE NOCASE',
  scan: 's.region, s.year',
  type: `(SELECT dv.sort FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE av.activity_id = a.id AND dv.dimension = 'type')`,
  geography: `(SELECT dv.label_nl FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE av.activity_id = a.id AND dv.dimension = 'geography')`,
  startYear: 'a.start_year',
  reach: 'a.reach',
};

const label = (entry: { nl: string; en: string }, lang: Lang) => (lang === 'nl' ? entry.nl : entry.en);

export function scanLabel(region: string, year: number | null): string {
  return `${region}${year ? ` ${year}` : ''}`;
}

/** Values per dimension for a set of activities (dimension values, organisations and roles). */
function valuesFor(db: Db, ids: readonly number[], lang: Lang): Map<number, Record<string, ValueLabel[]>> {
  const out = new Map<number, Record<string, ValueLabel[]>>(ids.map((id) => [id, {}]));
  // SQLite takes at most 32,766 parameters per statement: large exports go in chunks.
  for (let i = 0; i < ids.length; i += 5000) valuesForChunk(db, ids.slice(i, i + 5000), lang, out);
  return out;
}

function valuesForChunk(db: Db, ids: readonly number[], lang: Lang, out: Map<number, Record<string, ValueLabel[]>>): void {
  if (ids.length === 0) return;
  const marks = ids.map(() => '?').join(', ');
  const rows = db
    .prepare(`SELECT av.activity_id, dv.dimension, dv.code, dv.label_nl, dv.label_en, dv.kind FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id
      WHERE av.activity_id IN (${marks}) ORDER BY dv.kind = 'unmapped', dv.sort, dv.label_nl`)
    .all(...ids) as { activity_id: number; dimension: string; code: string | null; label_nl: string; label_en: string; kind: string }[];
  for (const r of rows) (out.get(r.activity_id)![r.dimension] ??= []).push({ code: r.kind === 'unmapped' ? null : r.code, label: lang === 'nl' ? r.label_nl : r.label_en });
  const providers = db
    .prepare(`SELECT p.activity_id, o.name, group_concat(p.role, '|') AS roles FROM provider p JOIN organisation o ON o.id = p.organisation_id
      WHERE p.activity_id IN (${marks}) GROUP BY p.activity_id, o.id ORDER BY o.name COLLATE NOCASE`)
    .all(...ids) as { activity_id: number; name: string; roles: string }[];
  for (const p of providers) {
    const values = out.get(p.activity_id)!;
    (values.organisation ??= []).push({ code: p.name, label: p.name });
    for (const role of p.roles.split('|')) {
      const entry = ROLES.find((r) => r.code === role);
      const item = { code: entry ? role : null, label: entry ? label(entry, lang) : role || (lang === 'nl' ? 'rol onbekend' : 'role unknown') };
      if (!(values.role ??= []).some((v) => v.label === item.label)) values.role.push(item);
    }
  }
}

function toRows(db: Db, base: ActivityBase[], lang: Lang): ActivityRow[] {
  const values = valuesFor(db, base.map((b) => b.id), lang);
  return base.map((b) => ({
    id: b.id,
    name: b.name,
    initiative: b.initiative,
    initiativeId: b.initiative_id,
    scanId: b.scan_id,
    scan: scanLabel(b.region, b.year),
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

const orderSql = (sort: ActivitySortKey, descending: boolean) => `${ORDER[sort]} ${descending ? 'DESC' : 'ASC'}, i.name COLLATE NOCASE, a.name COLLATE NOCASE, a.id`;

/** The reference implementation in SQL (tests check the index-based one against it). */
export function queryActivitiesSql(db: Db, q: ActivityQuery): ActivityPage {
  const where = filterWhere(db, q.filter);
  const total = (db.prepare(`SELECT count(*) AS n FROM activity a WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
  const offset = q.offset ?? 0;
  const base = db.prepare(`${BASE_SELECT} WHERE ${where.sql} ORDER BY ${orderSql(q.sort ?? 'initiative', q.descending ?? false)} LIMIT ? OFFSET ?`).all(...where.params, q.limit ?? 200, offset) as ActivityBase[];
  return { total, offset, rows: toRows(db, base, q.language ?? 'nl') };
}

/** Activity positions in display order for a sort, computed once per index. */
function displayOrder(db: Db, index: ActivityIndex, sort: ActivitySortKey, descending: boolean): Int32Array {
  const key = `${sort}:${descending}`;
  let order = index.orders.get(key);
  if (!order) {
    const ids = db.prepare(`SELECT a.id FROM activity a JOIN initiative i ON i.id = a.initiative_id JOIN scan s ON s.id = a.scan_id ORDER BY ${orderSql(sort, descending)}`).pluck().all() as number[];
    order = Int32Array.from(ids, (id) => index.position.get(id)!);
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
  const byId = new Map<number, ActivityBase>();
  for (let i = 0; i < picked.length; i += 5000) {
    const chunk = picked.slice(i, i + 5000);
    for (const row of db.prepare(`${BASE_SELECT} WHERE a.id IN (${chunk.map(() => '?').join(', ')})`).all(...chunk) as ActivityBase[]) byId.set(row.id, row);
  }
  return { total, offset, rows: toRows(db, picked.map((id) => byId.get(id)!), q.language ?? 'nl') };
}

/** Focus per initiative from the forms of all its activities (src-shared/focus.ts), from the index. */
export function focusOf(db: Db, initiativeIds: readonly number[]): Map<number, string> {
  const focus = initiativeFocusMap(activityIndex(db));
  return new Map(initiativeIds.map((id) => [id, focus.get(id) ?? 'none']));
}

export function queryInitiatives(db: Db, filter: Filter): InitiativeRow[] {
  const where = filterWhere(db, filter);
  const rows = db
    .prepare(`SELECT i.id, i.name, i.scan_id, s.region, s.year, i.website, i.start_year, count(a.id) AS matching,
        (SELECT count(*) FROM activity x WHERE x.initiative_id = i.id) AS activities
      FROM activity a JOIN initiative i ON i.id = a.initiative_id JOIN scan s ON s.id = i.scan_id
      WHERE ${where.sql} GROUP BY i.id ORDER BY i.name COLLATE NOCASE, s.region, i.id`)
    .all(...where.params) as { id: number; name: string; scan_id: number; region: string; year: number | null; website: string | null; start_year: number | null; matching: number; activities: number }[];
  const focus = focusOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    scanId: r.scan_id,
    scan: scanLabel(r.region, r.year),
    website: r.website,
    startYear: r.start_year,
    matching: r.matching,
    activities: r.activities,
    focus: focus.get(r.id) ?? 'none',
  }));
}

export function activityDetail(db: Db, id: number, lang: Lang = 'nl'): ActivityDetail {
  const base = db.prepare(`${BASE_SELECT} WHERE a.id = ?`).get(id) as ActivityBase | undefined;
  if (!base) throw new UserError('not-found', { nl: `Activiteit ${id} bestaat niet (meer).`, en: `Activity ${id} does not exist (any more).` });
  const [row] = toRows(db, [base], lang);
  const extra = db.prepare('SELECT a.description, a.reach_source, i.website FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE a.id = ?').get(id) as { description: string | null; reach_source: string | null; website: string | null };
  const providers = db
    .prepare(`SELECT o.name, o.type, group_concat(p.role, '|') AS roles FROM provider p JOIN organisation o ON o.id = p.organisation_id WHERE p.activity_id = ? GROUP BY o.id ORDER BY o.name COLLATE NOCASE`)
    .all(id) as { name: string; type: string | null; roles: string }[];
  const source = extra.reach_source ? REACH_SOURCES.find((s) => s.code === extra.reach_source) : undefined;
  return {
    ...row!,
    description: extra.description,
    reachSource: source ? label(source, lang) : extra.reach_source,
    website: extra.website,
    providers: providers.map((p) => {
      const type = ORGANISATION_TYPES.find((t) => t.code === p.type);
      return {
        organisation: p.name,
        organisationType: p.type ? { code: type ? p.type : null, label: type ? label(type, lang) : p.type } : null,
        roles: p.roles.split('|').map((role) => {
          const entry = ROLES.find((r) => r.code === role);
          return { code: entry ? role : null, label: entry ? label(entry, lang) : role || (lang === 'nl' ? 'rol onbekend' : 'role unknown') };
        }),
      };
    }),
    issues: scanIssuesWhere(db, 'activity_id = ?', [id]),
    extra: activityExtras(db, [id]).get(id) ?? [],
  };
}

export function initiativeDetail(db: Db, id: number, filter: Filter | undefined, lang: Lang = 'nl'): InitiativeDetail {
  const i = db.prepare('SELECT i.*, s.region, s.year FROM initiative i JOIN scan s ON s.id = i.scan_id WHERE i.id = ?').get(id) as
    | { id: number; name: string; scan_id: number; region: string; year: number | null; website: string | null; start_year: number | null; description: string | null; home_region: string | null }
    | undefined;
  if (!i) throw new UserError('not-found', { nl: `Initiatief ${id} bestaat niet (meer).`, en: `Initiative ${id} does not exist (any more).` });
  const base = db.prepare(`${BASE_SELECT} WHERE a.initiative_id = ? ORDER BY a.name COLLATE NOCASE`).all(id) as ActivityBase[];
  let matching = base.length;
  if (filter) {
    const where = filterWhere(db, filter);
    matching = (db.prepare(`SELECT count(*) AS n FROM activity a WHERE a.initiative_id = ? AND ${where.sql}`).get(id, ...where.params) as { n: number }).n;
  }
  return {
    id: i.id,
    name: i.name,
    scanId: i.scan_id,
    scan: scanLabel(i.region, i.year),
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

