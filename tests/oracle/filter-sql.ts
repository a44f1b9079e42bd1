/**
 * The test oracle: a Filter → SQL over `activity a`, written apart from the activity index that
 * answers every filter in the app (src-main/activities/activity-index.ts). Property tests hold the
 * two equal on random filters (tests/unit/filter-engine.test.ts).
 *
 * A Filter → SQL over `activity a`. Every condition becomes one `a.id [NOT] IN (…)` clause on the
 * indexed tables (activity_value by value, provider by organisation), so SQLite intersects small
 * id sets instead of scanning. `except` leaves one dimension out: the faceted-search rule that a
 * facet's own selection does not zero its other values' counts.
 */
import type { DimensionKey } from '../../src-shared/codebook';
import { foldKey } from '../../src-shared/codebook';
import { valueKey, type Condition, type Filter, type FilterValue } from '../../src-shared/filter';
import { ftsQuery } from '../../src-main/activities';
import type { Db } from '../../src-main/db/open';

export interface SqlPart {
  sql: string;
  params: (string | number)[];
}

function valueIds(db: Db, dimension: DimensionKey, values: FilterValue[], includeChildren: boolean): number[] {
  const ids = new Set<number>();
  const byCode = db.prepare('SELECT id FROM dimension_value WHERE dimension = ? AND code = ?');
  const byUnmapped = db.prepare('SELECT id FROM dimension_value WHERE dimension = ? AND code IS NULL AND match_key = ?');
  for (const v of values) {
    const row = (typeof v === 'string' ? byCode.get(dimension, v) : byUnmapped.get(dimension, foldKey(v.unmapped) || v.unmapped)) as { id: number } | undefined;
    if (row) ids.add(row.id);
  }
  if (includeChildren && dimension === 'geography' && ids.size > 0) {
    // Walk down the hierarchy: a province includes its sub-regions.
    const children = db.prepare('SELECT id FROM dimension_value WHERE parent_id = ?');
    const queue = [...ids];
    while (queue.length > 0) {
      for (const c of children.all(queue.pop()!) as { id: number }[]) {
        if (!ids.has(c.id)) {
          ids.add(c.id);
          queue.push(c.id);
        }
      }
    }
  }
  return [...ids];
}

const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');

function conditionSql(db: Db, condition: Condition, includeSubRegions: boolean): SqlPart | undefined {
  // The same value twice is one value ("all of contact, contact" is "all of contact").
  const c = { ...condition, values: [...new Map(condition.values.map((v) => [valueKey(v), v])).values()] };
  if (c.values.length === 0) return undefined;
  let inner: SqlPart;
  if (c.dimension === 'scan') {
    const ids = c.values.filter((v): v is string => typeof v === 'string').map(Number);
    inner = { sql: `SELECT id FROM activity WHERE scan_id IN (${list(ids.length)})`, params: ids };
  } else if (c.dimension === 'organisation') {
    const names = c.values.map((v) => foldKey(typeof v === 'string' ? v : v.unmapped));
    const ids = (db.prepare(`SELECT id FROM organisation WHERE match_key IN (${list(names.length)})`).all(...names) as { id: number }[]).map((r) => r.id);
    inner = c.mode === 'all'
      ? { sql: `SELECT activity_id FROM provider WHERE organisation_id IN (${list(ids.length)}) GROUP BY activity_id HAVING count(DISTINCT organisation_id) = ${ids.length}`, params: ids }
      : { sql: `SELECT activity_id FROM provider WHERE organisation_id IN (${list(ids.length)})`, params: ids };
    if (ids.length < c.values.length && c.mode === 'all') inner = { sql: 'SELECT NULL WHERE 0', params: [] };
  } else if (c.dimension === 'role') {
    const roles = c.values.map((v) => (typeof v === 'string' ? v : v.unmapped));
    inner = c.mode === 'all'
      ? { sql: `SELECT activity_id FROM provider WHERE role IN (${list(roles.length)}) GROUP BY activity_id HAVING count(DISTINCT role) = ${roles.length}`, params: roles }
      : { sql: `SELECT activity_id FROM provider WHERE role IN (${list(roles.length)})`, params: roles };
  } else {
    // "all of": one IN per value, each with its hierarchy expanded.
    const perValue = c.values.map((v) => valueIds(db, c.dimension, [v], includeSubRegions));
    if (c.mode === 'all') {
      const parts = perValue.map((ids) => `a.id IN (SELECT activity_id FROM activity_value WHERE value_id IN (${list(ids.length) || 'NULL'}))`);
      return { sql: `(${parts.join(' AND ')})`, params: perValue.flat() };
    }
    const ids = perValue.flat();
    inner = { sql: `SELECT activity_id FROM activity_value WHERE value_id IN (${list(ids.length) || 'NULL'})`, params: ids };
  }
  return { sql: `a.id ${c.mode === 'none' ? 'NOT IN' : 'IN'} (${inner.sql})`, params: inner.params };
}

/** The WHERE clause (without the keyword) for activities matching `filter`, optionally ignoring one dimension. */
export function filterWhere(db: Db, filter: Filter, except?: DimensionKey): SqlPart {
  const parts: SqlPart[] = [];
  if (filter.scans.length > 0) parts.push({ sql: `a.scan_id IN (${list(filter.scans.length)})`, params: filter.scans });
  for (const c of filter.conditions) {
    if (c.dimension === except) continue;
    const part = conditionSql(db, c, filter.includeSubRegions);
    if (part) parts.push(part);
  }
  if (filter.reach?.known === 'known') parts.push({ sql: 'a.reach IS NOT NULL', params: [] });
  if (filter.reach?.known === 'unknown') parts.push({ sql: 'a.reach IS NULL', params: [] });
  if (filter.reach?.min !== undefined) parts.push({ sql: 'a.reach >= ?', params: [filter.reach.min] });
  if (filter.reach?.max !== undefined) parts.push({ sql: 'a.reach <= ?', params: [filter.reach.max] });
  if (filter.startYear?.min !== undefined) parts.push({ sql: 'a.start_year >= ?', params: [filter.startYear.min] });
  if (filter.startYear?.max !== undefined) parts.push({ sql: 'a.start_year <= ?', params: [filter.startYear.max] });
  const text = filter.text.trim();
  if (text !== '') parts.push({ sql: 'a.id IN (SELECT rowid FROM activity_text WHERE activity_text MATCH ?)', params: [ftsQuery(text)] });
  if (parts.length === 0) return { sql: '1 = 1', params: [] };
  return { sql: parts.map((p) => p.sql).join(' AND '), params: parts.flatMap((p) => p.params) };
}
