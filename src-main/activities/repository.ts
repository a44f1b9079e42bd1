/**
 * The SQL on the activities and what they are coded with: initiative, activity, activity_value,
 * dimension_value (read here; written by values-repository.ts and the import's writer),
 * organisation, provider, activity_text (full-text search), activity_extra and initiative_extra.
 * Reads for the index, the tables, the details, the exports and the other domains' models; every
 * statement is prepared once per connection. Many ids go in as one JSON parameter (`idList`).
 */
import type { DimensionKey } from '../../src-shared/codebook';
import type { ActivitySortKey } from '../../src-shared/model';
import type { Db } from '../db/open';
import { idList, statements } from '../db/statements';

const IDS = 'SELECT value FROM json_each(?)';

/** An activity as its table row shows it (its scan's label comes from the scans domain). */
export interface ActivityBase {
  id: number;
  name: string;
  initiative: string;
  initiative_id: number;
  scan_id: number;
  start_year: number | null;
  reach: number | null;
  reach_unit: string | null;
}

const BASE_SELECT = `SELECT a.id, a.name, i.name AS initiative, a.initiative_id, a.scan_id, a.start_year, a.reach, a.reach_unit
  FROM activity a JOIN initiative i ON i.id = a.initiative_id`;

/** Display orders the tables offer, each after its key by initiative, activity name and id. Sorting by scan is done from these by the scans' own order (queries.ts). */
const ORDER: Record<Exclude<ActivitySortKey, 'scan'>, string> = {
  name: 'a.name COLLATE NOCASE',
  initiative: 'i.name COLLATE NOCASE',
  type: `(SELECT dv.sort FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE av.activity_id = a.id AND dv.dimension = 'type')`,
  geography: `(SELECT dv.label_nl FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE av.activity_id = a.id AND dv.dimension = 'geography')`,
  startYear: 'a.start_year',
  reach: 'a.reach',
};
const TIE_BREAK = 'i.name COLLATE NOCASE, a.name COLLATE NOCASE, a.id';
const ordered = (key: string) => ({ sql: `SELECT a.id FROM activity a JOIN initiative i ON i.id = a.initiative_id ORDER BY ${key}, ${TIE_BREAK}`, mode: 'pluck' as const });
const orderStatements = Object.fromEntries(
  Object.entries(ORDER).flatMap(([sort, key]) => [
    [`${sort}:asc`, ordered(`${key} ASC`)],
    [`${sort}:desc`, ordered(`${key} DESC`)],
  ]),
);

const sql = statements({
  // The index (activity-index.ts), read whole.
  indexActivities: 'SELECT id, scan_id, initiative_id, reach, start_year FROM activity ORDER BY id',
  indexValues: 'SELECT id, dimension, code, label_nl, label_en, kind, parent_id, match_key FROM dimension_value',
  indexActivityValues: { sql: 'SELECT activity_id, value_id FROM activity_value', mode: 'raw' },
  // One activity's share of the index, for an update after an edit (activity-index.ts refreshIndex).
  indexActivity: 'SELECT id, scan_id, initiative_id, reach, start_year FROM activity WHERE id = ?',
  indexValuesOf: { sql: 'SELECT value_id FROM activity_value WHERE activity_id = ?', mode: 'pluck' },
  providersOf: { sql: 'SELECT organisation_id, role FROM provider WHERE activity_id = ?', mode: 'raw' },
  providers: { sql: 'SELECT activity_id, organisation_id, role FROM provider', mode: 'raw' },
  organisations: 'SELECT id, name, match_key FROM organisation',
  organisation: 'SELECT id, name, match_key FROM organisation WHERE id = ?',
  organisationTypes: { sql: 'SELECT id, type FROM organisation', mode: 'raw' },
  reachUnits: { sql: 'SELECT id, reach_unit FROM activity WHERE reach_unit IS NOT NULL', mode: 'raw' },
  textMatches: { sql: 'SELECT rowid FROM activity_text WHERE activity_text MATCH ?', mode: 'pluck' },
  // Ids in the initiative order, with their scan: sorting by scan reorders these by the scans' order.
  byInitiativeWithScan: { sql: `SELECT a.id, a.scan_id FROM activity a JOIN initiative i ON i.id = a.initiative_id ORDER BY ${TIE_BREAK}`, mode: 'raw' },
  // Rows and details.
  rowsByIds: `${BASE_SELECT} WHERE a.id IN (${IDS})`,
  rowById: `${BASE_SELECT} WHERE a.id = ?`,
  rowsOfInitiative: `${BASE_SELECT} WHERE a.initiative_id = ? ORDER BY a.name COLLATE NOCASE`,
  valuesOf: `SELECT av.activity_id, dv.dimension, dv.code, dv.label_nl, dv.label_en, dv.kind FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id
    WHERE av.activity_id IN (${IDS}) ORDER BY dv.kind = 'unmapped', dv.sort, dv.label_nl`,
  organisationsOf: `SELECT p.activity_id, o.name, group_concat(p.role, '|') AS roles FROM provider p JOIN organisation o ON o.id = p.organisation_id
    WHERE p.activity_id IN (${IDS}) GROUP BY p.activity_id, o.id ORDER BY o.name COLLATE NOCASE`,
  detail: 'SELECT a.description, a.reach_source, i.website FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE a.id = ?',
  detailProviders: `SELECT o.name, o.type, group_concat(p.role, '|') AS roles FROM provider p JOIN organisation o ON o.id = p.organisation_id
    WHERE p.activity_id = ? GROUP BY o.id ORDER BY o.name COLLATE NOCASE`,
  details: `SELECT a.id, a.description, a.reach_source, i.website FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE a.id IN (${IDS})`,
  descriptions: `SELECT id, description FROM activity WHERE id IN (${IDS})`,
  names: `SELECT id, name FROM activity WHERE id IN (${IDS})`,
  rolesOf: `SELECT p.activity_id, p.role, o.name FROM provider p JOIN organisation o ON o.id = p.organisation_id WHERE p.activity_id IN (${IDS}) ORDER BY o.name COLLATE NOCASE`,
  providersInRole: { sql: 'SELECT p.activity_id, p.organisation_id, o.name FROM provider p JOIN organisation o ON o.id = p.organisation_id WHERE p.role = ?', mode: 'raw' },
  providersWithType: { sql: 'SELECT p.activity_id, p.organisation_id, p.role, o.type FROM provider p JOIN organisation o ON o.id = p.organisation_id', mode: 'raw' },
  // Initiatives.
  initiative: 'SELECT id, name, scan_id, website, start_year, description, home_region FROM initiative WHERE id = ?',
  initiativeExists: { sql: 'SELECT 1 FROM initiative WHERE id = ?', mode: 'pluck' },
  initiativesByIds: `SELECT id, name, scan_id, website, start_year FROM initiative WHERE id IN (${IDS}) ORDER BY name COLLATE NOCASE, id`,
  initiativeDescriptions: 'SELECT id, description FROM initiative',
  initiativesOfScan: 'SELECT id, name, scan_id, website, start_year FROM initiative WHERE scan_id = ? ORDER BY name COLLATE NOCASE, id',
  // Extra fields: an activity's own, then its initiative's.
  activityExtras: `SELECT e.activity_id AS id, e.name, e.value, 0 AS initiative, e.position FROM activity_extra e WHERE e.activity_id IN (${IDS})
    UNION ALL
    SELECT a.id, e.name, e.value, 1, e.position FROM activity a JOIN initiative_extra e ON e.initiative_id = a.initiative_id WHERE a.id IN (${IDS})
    ORDER BY 1, 4, 5`,
  initiativeExtras: 'SELECT name, value FROM initiative_extra WHERE initiative_id = ? ORDER BY position',
  // What each scan holds.
  initiativesPerScan: { sql: 'SELECT scan_id, count(*) FROM initiative GROUP BY scan_id', mode: 'raw' },
  activitiesPerScan: { sql: 'SELECT scan_id, count(*) FROM activity GROUP BY scan_id', mode: 'raw' },
  organisationsPerScan: { sql: 'SELECT a.scan_id, count(DISTINCT p.organisation_id) FROM provider p JOIN activity a ON a.id = p.activity_id GROUP BY a.scan_id', mode: 'raw' },
});
const orders = statements(orderStatements);

/** SQLite's own counter of changes made by other connections (the import worker's, a restore's). */
export function dataVersion(db: Db): number {
  return db.pragma('data_version', { simple: true }) as number;
}

/** What the activity index is built from, each read whole. */
export const indexRows = {
  activities: (db: Db) => sql(db).indexActivities.all() as { id: number; scan_id: number; initiative_id: number; reach: number | null; start_year: number | null }[],
  values: (db: Db) => sql(db).indexValues.all() as { id: number; dimension: DimensionKey; code: string | null; label_nl: string; label_en: string; kind: string; parent_id: number | null; match_key: string }[],
  activityValues: (db: Db) => sql(db).indexActivityValues.iterate() as Iterable<[number, number]>,
  providers: (db: Db) => sql(db).providers.iterate() as Iterable<[activityId: number, organisationId: number, role: string]>,
  organisations: (db: Db) => sql(db).organisations.all() as { id: number; name: string; match_key: string }[],
  activity: (db: Db, id: number) => sql(db).indexActivity.get(id) as { id: number; scan_id: number; initiative_id: number; reach: number | null; start_year: number | null } | undefined,
  valuesOf: (db: Db, id: number) => sql(db).indexValuesOf.all(id) as number[],
  providersOf: (db: Db, id: number) => sql(db).providersOf.all(id) as [organisationId: number, role: string][],
  organisation: (db: Db, id: number) => sql(db).organisation.get(id) as { id: number; name: string; match_key: string } | undefined,
};

/** Activity ids whose text matches an FTS5 query (text-search.ts makes it). */
export function textMatches(db: Db, ftsQuery: string): Iterable<number> {
  return sql(db).textMatches.iterate(ftsQuery) as Iterable<number>;
}

/** Every activity id in display order for a sort other than by scan. */
export function orderedIds(db: Db, sort: Exclude<ActivitySortKey, 'scan'>, descending: boolean): number[] {
  return orders(db)[`${sort}:${descending ? 'desc' : 'asc'}`]!.all() as number[];
}

/** Every activity id with its scan, in initiative order (ties: activity name, id). */
export function idsWithScanByInitiative(db: Db): [id: number, scanId: number][] {
  return sql(db).byInitiativeWithScan.all() as [number, number][];
}

export function activityRows(db: Db, ids: readonly number[]): ActivityBase[] {
  return sql(db).rowsByIds.all(idList(ids)) as ActivityBase[];
}

export function activityRow(db: Db, id: number): ActivityBase | undefined {
  return sql(db).rowById.get(id) as ActivityBase | undefined;
}

export function activityRowsOfInitiative(db: Db, initiativeId: number): ActivityBase[] {
  return sql(db).rowsOfInitiative.all(initiativeId) as ActivityBase[];
}

export function codedValues(db: Db, ids: readonly number[]) {
  return sql(db).valuesOf.all(idList(ids)) as { activity_id: number; dimension: string; code: string | null; label_nl: string; label_en: string; kind: string }[];
}

/** Per activity and organisation, the roles ('|'-joined), organisations by name. */
export function organisationsOf(db: Db, ids: readonly number[]) {
  return sql(db).organisationsOf.all(idList(ids)) as { activity_id: number; name: string; roles: string }[];
}

export function activityDetailRow(db: Db, id: number) {
  return sql(db).detail.get(id) as { description: string | null; reach_source: string | null; website: string | null } | undefined;
}

export function activityProviders(db: Db, id: number) {
  return sql(db).detailProviders.all(id) as { name: string; type: string | null; roles: string }[];
}

export function activityDetails(db: Db, ids: readonly number[]) {
  return sql(db).details.all(idList(ids)) as { id: number; description: string | null; reach_source: string | null; website: string | null }[];
}

export function activityDescriptions(db: Db, ids: readonly number[]): Map<number, string | null> {
  return new Map((sql(db).descriptions.all(idList(ids)) as { id: number; description: string | null }[]).map((r) => [r.id, r.description]));
}

export function activityNames(db: Db, ids: readonly number[]): Map<number, string> {
  return new Map((sql(db).names.all(idList(ids)) as { id: number; name: string }[]).map((r) => [r.id, r.name]));
}

/** Per activity, its organisations with their role (one row per role), organisations by name. */
export function providerRoles(db: Db, ids: readonly number[]) {
  return sql(db).rolesOf.all(idList(ids)) as { activity_id: number; role: string; name: string }[];
}

/** Every provider row: activity, organisation, role. */
export function providerRows(db: Db): Iterable<[activityId: number, organisationId: number, role: string]> {
  return sql(db).providers.iterate() as Iterable<[number, number, string]>;
}

export function providersInRole(db: Db, role: string): [activityId: number, organisationId: number, name: string][] {
  return sql(db).providersInRole.all(role) as [number, number, string][];
}

export function providersWithType(db: Db): Iterable<[activityId: number, organisationId: number, role: string, type: string | null]> {
  return sql(db).providersWithType.iterate() as Iterable<[number, number, string, string | null]>;
}

export function organisationTypes(db: Db): Map<number, string | null> {
  return new Map(sql(db).organisationTypes.all() as [number, string | null][]);
}

export function reachUnits(db: Db): Iterable<[activityId: number, unit: string]> {
  return sql(db).reachUnits.iterate() as Iterable<[number, string]>;
}

export interface InitiativeRowData {
  id: number;
  name: string;
  scan_id: number;
  website: string | null;
  start_year: number | null;
}

export function initiativeRow(db: Db, id: number) {
  return sql(db).initiative.get(id) as (InitiativeRowData & { description: string | null; home_region: string | null }) | undefined;
}

export function initiativeExists(db: Db, id: number): boolean {
  return sql(db).initiativeExists.get(id) !== undefined;
}

/** Initiatives by id, by name (case-insensitive as SQLite's NOCASE folds: ASCII only), then id. */
export function initiativeRows(db: Db, ids: readonly number[]): InitiativeRowData[] {
  return sql(db).initiativesByIds.all(idList(ids)) as InitiativeRowData[];
}

/** Every initiative of a scan (also one without activities), by name, then id. */
export function initiativesOfScan(db: Db, scanId: number): InitiativeRowData[] {
  return sql(db).initiativesOfScan.all(scanId) as InitiativeRowData[];
}

export function initiativeDescriptions(db: Db): Map<number, string | null> {
  return new Map((sql(db).initiativeDescriptions.all() as { id: number; description: string | null }[]).map((i) => [i.id, i.description]));
}

export function extraFieldRows(db: Db, ids: readonly number[]) {
  const list = idList(ids);
  return sql(db).activityExtras.all(list, list) as { id: number; name: string; value: string; initiative: number; position: number }[];
}

export function initiativeExtraRows(db: Db, initiativeId: number) {
  return sql(db).initiativeExtras.all(initiativeId) as { name: string; value: string }[];
}

/** Initiatives, activities and organisations per scan id. */
export function countsPerScan(db: Db): Map<number, { initiatives: number; activities: number; organisations: number }> {
  const out = new Map<number, { initiatives: number; activities: number; organisations: number }>();
  const entry = (scan: number) => {
    let e = out.get(scan);
    if (!e) out.set(scan, (e = { initiatives: 0, activities: 0, organisations: 0 }));
    return e;
  };
  for (const [scan, n] of sql(db).initiativesPerScan.all() as [number, number][]) entry(scan).initiatives = n;
  for (const [scan, n] of sql(db).activitiesPerScan.all() as [number, number][]) entry(scan).activities = n;
  for (const [scan, n] of sql(db).organisationsPerScan.all() as [number, number][]) entry(scan).organisations = n;
  return out;
}
