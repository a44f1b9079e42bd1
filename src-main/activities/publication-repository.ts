/**
 * The activity tables' rows a publication of the Ecosysteemkaart is made of (the publish domain
 * builds the website from them), read in one statement each with the ids as one JSON parameter.
 * Everything an activity or initiative holds is read here; what of it is published is decided by
 * src-main/publish/fields.ts, never by leaving a column out here by accident.
 */
import type { Db } from '../db/open';
import { idList, statements } from '../db/statements';

export interface ActivityRecord {
  id: number;
  initiative_id: number;
  name: string;
  description: string | null;
  start_year: number | null;
  reach: number | null;
  reach_unit: string | null;
  reach_source: string | null;
}

export interface ValueRecord {
  activity_id: number;
  dimension: string;
  code: string | null;
  label_nl: string;
  label_en: string;
  kind: 'codebook' | 'open' | 'unmapped';
  group_key: string | null;
  generic: number;
  sort: number;
  parent: string | null;
}

export interface ProviderRecord {
  activity_id: number;
  organisation: string;
  type: string | null;
  role: string;
}

export interface InitiativeRecord {
  id: number;
  scan_id: number;
  name: string;
  description: string | null;
  website: string | null;
  start_year: number | null;
}

export interface GeographyRecord {
  code: string;
  label_nl: string;
  label_en: string;
  parent: string | null;
  generic: number;
  sort: number;
}

const IDS = 'SELECT value FROM json_each(?)';

const sql = statements({
  activities: `SELECT a.id, a.initiative_id, a.name, a.description, a.start_year, a.reach, a.reach_unit, a.reach_source
    FROM activity a WHERE a.id IN (${IDS})`,
  values: `SELECT av.activity_id, dv.dimension, dv.code, dv.label_nl, dv.label_en, dv.kind, dv.group_key, dv.generic, dv.sort, parent.code AS parent
    FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id LEFT JOIN dimension_value parent ON parent.id = dv.parent_id
    WHERE av.activity_id IN (${IDS})`,
  providers: `SELECT p.activity_id, o.name AS organisation, o.type, p.role FROM provider p JOIN organisation o ON o.id = p.organisation_id
    WHERE p.activity_id IN (${IDS}) ORDER BY o.name COLLATE NOCASE, p.role`,
  initiatives: `SELECT i.id, i.scan_id, i.name, i.description, i.website, i.start_year FROM initiative i WHERE i.id IN (${IDS})`,
  geography: `SELECT dv.code, dv.label_nl, dv.label_en, parent.code AS parent, dv.generic, dv.sort
    FROM dimension_value dv LEFT JOIN dimension_value parent ON parent.id = dv.parent_id WHERE dv.dimension = 'geography' AND dv.code IS NOT NULL`,
  initiativeExtras: `SELECT e.initiative_id, e.name, e.value FROM initiative_extra e WHERE e.initiative_id IN (${IDS}) ORDER BY e.initiative_id, e.position`,
  extraNames: `SELECT name FROM (
      SELECT e.name, 0 AS source, min(e.position) AS position FROM activity_extra e JOIN activity a ON a.id = e.activity_id WHERE a.scan_id IN (${IDS}) GROUP BY e.name
      UNION ALL
      SELECT e.name, 1, min(e.position) FROM initiative_extra e JOIN initiative i ON i.id = e.initiative_id WHERE i.scan_id IN (${IDS}) GROUP BY e.name
    ) GROUP BY name ORDER BY min(source * 100000 + position), name`,
});

export function activityRecords(db: Db, ids: readonly number[]): ActivityRecord[] {
  return sql(db).activities.all(idList(ids)) as ActivityRecord[];
}

export function valueRecords(db: Db, ids: readonly number[]): ValueRecord[] {
  return sql(db).values.all(idList(ids)) as ValueRecord[];
}

export function providerRecords(db: Db, ids: readonly number[]): ProviderRecord[] {
  return sql(db).providers.all(idList(ids)) as ProviderRecord[];
}

export function initiativeRecords(db: Db, ids: readonly number[]): InitiativeRecord[] {
  return sql(db).initiatives.all(idList(ids)) as InitiativeRecord[];
}

/** Every geography value with a code and its parent (the hierarchy the filter walks). */
export function geographyRecords(db: Db): GeographyRecord[] {
  return sql(db).geography.all() as GeographyRecord[];
}

export function initiativeExtraRecords(db: Db, ids: readonly number[]): { initiative_id: number; name: string; value: string }[] {
  return sql(db).initiativeExtras.all(idList(ids)) as { initiative_id: number; name: string; value: string }[];
}

/** The names of the extra columns the scans' activities hold, then their initiatives', each in their workbooks' order. */
export function extraColumnNames(db: Db, scanIds: readonly number[]): string[] {
  return (sql(db).extraNames.all(idList(scanIds), idList(scanIds)) as { name: string }[]).map((r) => r.name);
}
